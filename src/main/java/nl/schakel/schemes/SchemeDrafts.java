// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import nl.schakel.schemes.rules.LocalSchemeDefinition;
import nl.schakel.schemes.rules.LocalSchemeFileReader;
import nl.schakel.schemes.rules.RuleFileException;
import nl.schakel.schemes.rules.SchemeDocuments;

/**
 * Changes to local schemes under four eyes: every change is a draft; a second member of staff approves it (it then
 * becomes the next version, applying from its geldig_vanaf) or rejects it, with a comment. Nobody decides on their
 * own draft, and a draft made from a version that has since been replaced cannot be approved (it is stale). Every
 * refusal throws {@link SchemeEditException} and changes nothing.
 */
@Service
public class SchemeDrafts {

	/** Where a draft stands. */
	public enum DraftStatus {
		OPEN, APPROVED, REJECTED
	}

	/** A member of staff: the account id (from the organisation module) and the name shown in the history. */
	public record Author(UUID id, String name) {
	}

	/**
	 * A proposed change.
	 *
	 * @param baseVersion the published version the author started from; null for a new scheme
	 * @param origin form, yaml, xlsx or template
	 */
	public record Draft(UUID id, String schemeId, String municipality, @Nullable Integer baseVersion,
			Map<String, Object> document, String origin, @Nullable String note, DraftStatus status, Author author,
			Instant createdAt, @Nullable Author decidedBy, @Nullable Instant decidedAt, @Nullable String comment,
			@Nullable Integer publishedVersion) {

		public String yaml() {
			return SchemeDocuments.toYaml(document);
		}

		/** The first reference date the draft applies to once approved. */
		public LocalDate effectiveFrom() {
			return LocalDate.parse((String) document.get("geldig_vanaf"));
		}

	}

	/**
	 * One line of a scheme's history.
	 *
	 * @param kind drafted, approved, rejected or loaded (a version that came from a file, not from the editor)
	 */
	public record HistoryLine(Instant at, String kind, @Nullable Integer version, @Nullable LocalDate effectiveFrom,
			@Nullable String who, @Nullable String comment, @Nullable UUID draftId) {
	}

	/**
	 * A term of the fixed vocabulary of conditions (docs/schemes.md, "The vocabulary").
	 *
	 * @param argument yes, parameter, age-range or scheme
	 * @param unit the unit of the parameter it takes; null otherwise
	 * @param wholeOnly only allowed as a whole condition, not inside alle, een_van or niet
	 */
	public record VocabularyTerm(String key, String argument, @Nullable String unit, boolean wholeOnly) {
	}

	/** Every term a condition may use, in the order of the documentation. */
	public static List<VocabularyTerm> vocabulary() {
		return java.util.Arrays.stream(nl.schakel.schemes.rules.Term.values())
			.map(t -> new VocabularyTerm(t.key(), t.argumentKind(), t.unitKey(),
					t == nl.schakel.schemes.rules.Term.BEOORDELING_GEMEENTE
							|| t == nl.schakel.schemes.rules.Term.KOSTEN_BOVEN_DRAAGKRACHT))
			.toList();
	}

	/** Plausible ranges the strict reader does not know: a limit of 1000% is a typing error. */
	static final BigDecimal MAX_PERCENTAGE = new BigDecimal(300);

	static final Money MAX_AMOUNT = Money.euros(100_000);

	static final int MAX_MONTHS = 120 * 12;

	static final int MAX_TEXT = 2000;

	private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final LocalSchemes local;

	private final Clock clock;

	SchemeDrafts(JdbcClient jdbc, JsonMapper json, LocalSchemes local, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.local = local;
		this.clock = clock;
	}

	/** Everything wrong with a scheme document: the strict reader first, then the plausibility checks. */
	public static List<SchemeProblem> check(String yaml) {
		byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
		Map<String, Object> tree;
		try {
			tree = SchemeDocuments.toTree("regeling.yaml", bytes);
		}
		catch (RuleFileException ex) {
			String reason = ex.getMessage().substring(ex.getMessage().indexOf(": ", ex.file().length()) + 2);
			return List.of(new SchemeProblem("file", null, ex.line(), reason));
		}
		catch (RuntimeException ex) {
			return List.of(new SchemeProblem("file", null, 0, "not a scheme document"));
		}
		return plausible(tree);
	}

	/** The document as a tree of maps, lists and strings; the YAML must be a valid scheme. */
	public static Map<String, Object> tree(String yaml) {
		List<SchemeProblem> problems = check(yaml);
		if (!problems.isEmpty()) {
			throw new SchemeEditException("invalid", problems);
		}
		return SchemeDocuments.toTree("regeling.yaml", yaml.getBytes(StandardCharsets.UTF_8));
	}

	/** A tree as YAML in the shape of a scheme file. */
	public static String yaml(Map<String, Object> tree) {
		return SchemeDocuments.toYaml(tree);
	}

	@SuppressWarnings("unchecked")
	static List<SchemeProblem> plausible(Map<String, Object> tree) {
		List<SchemeProblem> problems = new ArrayList<>();
		if (!(tree.get("parameters") instanceof Map<?, ?> parameters)) {
			return problems;
		}
		for (Map.Entry<String, Object> p : ((Map<String, Object>) parameters).entrySet()) {
			Map<String, Object> parameter = (Map<String, Object>) p.getValue();
			String unit = String.valueOf(parameter.get("eenheid"));
			List<Object> values = (List<Object>) parameter.get("waarden");
			for (int i = 0; i < values.size(); i++) {
				Object raw = ((Map<String, Object>) values.get(i)).get("waarde");
				if (!(raw instanceof String value)) {
					continue;
				}
				String path = "parameters." + p.getKey() + ".waarden." + i + ".waarde";
				switch (unit) {
					case "procent" -> {
						BigDecimal v = new BigDecimal(value);
						if (v.signum() < 0 || v.compareTo(MAX_PERCENTAGE) > 0) {
							problems.add(new SchemeProblem("percentage", path, 0, value));
						}
					}
					case "euro" -> {
						Money v = Money.parse(value);
						if (v.cents() < 0 || v.greaterThan(MAX_AMOUNT)) {
							problems.add(new SchemeProblem("amount", path, 0, value));
						}
					}
					case "maanden" -> {
						int v = Integer.parseInt(value);
						if (v < 0 || v > MAX_MONTHS) {
							problems.add(new SchemeProblem("months", path, 0, value));
						}
					}
					default -> {
					}
				}
			}
		}
		return problems;
	}

	/**
	 * Stores a draft.
	 *
	 * @param baseVersion the version the author started from (null for a new scheme); must still be the newest
	 * @param municipalities the municipalities the author works for; null for a system administrator
	 * @param expectedId the scheme the author is editing; null when a new scheme or an import names it
	 * @throws SchemeEditException with code invalid, municipality, id-mismatch, exists, stale or no-change
	 */
	@Transactional
	public Draft propose(String yaml, String origin, @Nullable String note, Author author,
			@Nullable Integer baseVersion, @Nullable Set<String> municipalities, @Nullable String expectedId) {
		Map<String, Object> tree = tree(yaml);
		LocalSchemeDefinition definition = LocalSchemeFileReader.read("regeling.yaml",
				yaml.getBytes(StandardCharsets.UTF_8));
		if (expectedId != null && !expectedId.equals(definition.id())) {
			throw new SchemeEditException("id-mismatch");
		}
		if (municipalities != null && !municipalities.contains(definition.municipality())) {
			throw new SchemeEditException("municipality");
		}
		Optional<LocalSchemes.StoredScheme> current = local.current(definition.id());
		if (current.isPresent() && !current.get().municipality().equals(definition.municipality())) {
			throw new SchemeEditException("municipality");
		}
		if (current.isEmpty() && baseVersion != null) {
			throw new SchemeEditException("stale");
		}
		if (current.isPresent() && baseVersion == null) {
			throw new SchemeEditException("exists");
		}
		if (current.isPresent() && current.get().version() != baseVersion) {
			throw new SchemeEditException("stale");
		}
		if (current.isPresent() && SchemeDocuments.plain(current.get().document()).equals(SchemeDocuments.plain(tree))) {
			throw new SchemeEditException("no-change");
		}
		if (note != null && note.length() > MAX_TEXT) {
			throw new SchemeEditException("comment-length");
		}
		UUID id = UUID.randomUUID();
		String[] order = definition.conditions().keySet().toArray(String[]::new);
		jdbc.sql("insert into schemes_local_draft (id, scheme_id, municipality_code, base_version, document,"
				+ " condition_order, origin, note, author_id, author_name, created_at)"
				+ " values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)")
			.params(id, definition.id(), definition.municipality(), baseVersion,
					json.writeValueAsString(SchemeDocuments.plain(tree)), order, origin, blankToNull(note), author.id(),
					author.name(), Timestamp.from(clock.instant()))
			.update();
		return find(id).orElseThrow();
	}

	/**
	 * Approves a draft: it becomes the next version of its scheme and applies from its geldig_vanaf.
	 *
	 * @throws SchemeEditException with code not-found, not-open, own-draft, stale or comment-length
	 */
	@Transactional
	public Draft approve(UUID id, Author approver, @Nullable String comment, @Nullable Set<String> municipalities) {
		Draft draft = decidable(id, approver, comment, municipalities);
		Optional<LocalSchemes.StoredScheme> current = local.current(draft.schemeId());
		Integer newest = current.map(LocalSchemes.StoredScheme::version).orElse(null);
		if (!java.util.Objects.equals(newest, draft.baseVersion())) {
			throw new SchemeEditException("stale");
		}
		LocalSchemes.StoredScheme published = local.publish(draft.schemeId() + ".yaml",
				draft.yaml().getBytes(StandardCharsets.UTF_8), "draft:" + draft.id(), draft.effectiveFrom());
		decide(draft, DraftStatus.APPROVED, approver, comment, published.version());
		return find(id).orElseThrow();
	}

	/**
	 * Rejects a draft with a comment that says why.
	 *
	 * @throws SchemeEditException with code not-found, not-open, own-draft, comment-required or comment-length
	 */
	@Transactional
	public Draft reject(UUID id, Author approver, @Nullable String comment, @Nullable Set<String> municipalities) {
		Draft draft = decidable(id, approver, comment, municipalities);
		if (comment == null || comment.isBlank()) {
			throw new SchemeEditException("comment-required");
		}
		decide(draft, DraftStatus.REJECTED, approver, comment, null);
		return find(id).orElseThrow();
	}

	private Draft decidable(UUID id, Author approver, @Nullable String comment, @Nullable Set<String> municipalities) {
		Draft draft = jdbc.sql(SELECT + " where id = ? for update").param(id).query(this::row).optional()
			.filter(d -> municipalities == null || municipalities.contains(d.municipality()))
			.orElseThrow(() -> new SchemeEditException("not-found"));
		if (draft.status() != DraftStatus.OPEN) {
			throw new SchemeEditException("not-open");
		}
		if (draft.author().id().equals(approver.id())) {
			throw new SchemeEditException("own-draft");
		}
		if (comment != null && comment.length() > MAX_TEXT) {
			throw new SchemeEditException("comment-length");
		}
		return draft;
	}

	private void decide(Draft draft, DraftStatus status, Author by, @Nullable String comment,
			@Nullable Integer version) {
		jdbc.sql("update schemes_local_draft set status = ?, decided_by_id = ?, decided_by_name = ?, decided_at = ?,"
				+ " decision_comment = ?, published_version = ? where id = ? and status = 'OPEN'")
			.params(status.name(), by.id(), by.name(), Timestamp.from(clock.instant()), blankToNull(comment), version,
					draft.id())
			.update();
	}

	public Optional<Draft> find(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
	}

	/** The drafts of one scheme, newest first. */
	public List<Draft> of(String schemeId) {
		return jdbc.sql(SELECT + " where scheme_id = ? order by created_at desc").param(schemeId).query(this::row)
			.list();
	}

	/** The open drafts of a municipality, or of all municipalities when the code is null; oldest first. */
	public List<Draft> open(@Nullable String municipality) {
		return jdbc.sql(SELECT + " where status = 'OPEN' and (cast(? as text) is null or municipality_code = ?)"
				+ " order by created_at").params(municipality, municipality).query(this::row).list();
	}

	/** Who drafted, approved or rejected what and when, newest first; versions loaded from files included. */
	public List<HistoryLine> history(String schemeId) {
		List<HistoryLine> lines = new ArrayList<>();
		List<Draft> drafts = of(schemeId);
		for (Draft d : drafts) {
			lines.add(new HistoryLine(d.createdAt(), "drafted", null, d.effectiveFrom(), d.author().name(), d.note(),
					d.id()));
			if (d.status() != DraftStatus.OPEN && d.decidedAt() != null && d.decidedBy() != null) {
				lines.add(new HistoryLine(d.decidedAt(), d.status() == DraftStatus.APPROVED ? "approved" : "rejected",
						d.publishedVersion(), d.effectiveFrom(), d.decidedBy().name(), d.comment(), d.id()));
			}
		}
		for (LocalSchemes.StoredScheme v : local.versions(schemeId)) {
			if (!v.origin().startsWith("draft:")) {
				lines.add(new HistoryLine(v.createdAt(), "loaded", v.version(), v.effectiveFrom(), null, v.origin(),
						null));
			}
		}
		lines.sort(Comparator.comparing(HistoryLine::at).reversed());
		return lines;
	}

	private static final String SELECT = "select id, scheme_id, municipality_code, base_version, document::text as"
			+ " document, condition_order, origin, note, status, author_id, author_name, created_at, decided_by_id,"
			+ " decided_by_name, decided_at, decision_comment, published_version from schemes_local_draft";

	private Draft row(ResultSet rs, int n) throws SQLException {
		Map<String, Object> document = json.readValue(rs.getString("document"), TREE);
		String[] order = (String[]) rs.getArray("condition_order").getArray();
		UUID decidedBy = rs.getObject("decided_by_id", UUID.class);
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new Draft(rs.getObject("id", UUID.class), rs.getString("scheme_id"), rs.getString("municipality_code"),
				rs.getObject("base_version", Integer.class), SchemeDocuments.withConditionOrder(document, List.of(order)),
				rs.getString("origin"), rs.getString("note"), DraftStatus.valueOf(rs.getString("status")),
				new Author(rs.getObject("author_id", UUID.class), rs.getString("author_name")),
				rs.getTimestamp("created_at").toInstant(),
				decidedBy == null ? null : new Author(decidedBy, rs.getString("decided_by_name")),
				decidedAt == null ? null : decidedAt.toInstant(), rs.getString("decision_comment"),
				rs.getObject("published_version", Integer.class));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
