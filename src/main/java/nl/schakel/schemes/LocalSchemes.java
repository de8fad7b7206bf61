// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import nl.schakel.schemes.rules.LocalSchemeDefinition;
import nl.schakel.schemes.rules.LocalSchemeFileReader;
import nl.schakel.schemes.rules.RuleSet;
import nl.schakel.schemes.rules.SchemeDocuments;

/**
 * The local schemes as stored in PostgreSQL: one JSONB document per version, in the same shape as the YAML file.
 * Import and export go both ways; an import that fails is refused with file, line and reason and changes nothing.
 * This is the service the back-office editor will use. The engine it builds always holds the newest version of every
 * local scheme next to the national schemes.
 */
@Service
public class LocalSchemes {

	/**
	 * One stored version of a local scheme.
	 *
	 * @param id the scheme id
	 * @param version 1, 2, ...
	 * @param municipality CBS code
	 * @param sha256 hash of the canonical JSON of the document
	 * @param origin the file or user it came from
	 * @param createdAt when it was stored
	 * @param document the scheme in the shape of its YAML file
	 * @param effectiveFrom the first reference date this version applies to; null: from the start
	 */
	public record StoredScheme(String id, int version, String municipality, String sha256, String origin,
			Instant createdAt, Map<String, Object> document, @Nullable LocalDate effectiveFrom) {
	}

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	/** The engines per first reference date: each holds the versions that apply from that date on. */
	private final AtomicReference<@Nullable NavigableMap<LocalDate, Schemes>> engines = new AtomicReference<>();

	LocalSchemes(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Stores the local scheme files shipped with Schakel (a file whose content is already the newest version adds
	 * nothing), then builds the engine. A broken file stops the start with its file, line and reason.
	 */
	@Transactional
	public Schemes loadBundled() {
		for (String file : RuleSet.bundledLocalFiles()) {
			store(file, RuleSet.resource(file), "classpath:" + file, true);
		}
		rebuild();
		return engine();
	}

	/** The engine with the national schemes and the version of every local scheme that applies today. */
	public Schemes engine() {
		return engine(LocalDate.now(clock.withZone(AMSTERDAM)));
	}

	/**
	 * The engine for a reference date: per local scheme the highest version whose effective date has come on that
	 * date (a version approved in the editor applies from its geldig_vanaf; until then the previous one does).
	 */
	public Schemes engine(LocalDate referenceDate) {
		NavigableMap<LocalDate, Schemes> current = engines.get();
		if (current == null) {
			rebuild();
			current = engines.get();
		}
		return current.floorEntry(referenceDate).getValue();
	}

	/**
	 * Imports a YAML file as a new version of its scheme; unchanged content adds no version. A file with an error
	 * throws {@link nl.schakel.schemes.rules.RuleFileException} with file, line and reason and stores nothing.
	 */
	@Transactional
	public StoredScheme importYaml(String file, byte[] yaml, String origin) {
		StoredScheme stored = store(file, yaml, origin, false);
		rebuild();
		return stored;
	}

	/** The newest version of one scheme as YAML. */
	public Optional<String> exportYaml(String id) {
		return current(id).map(s -> SchemeDocuments.toYaml(s.document()));
	}

	/** One version of a scheme as YAML. */
	public Optional<String> exportYaml(String id, int version) {
		return jdbc.sql(SELECT + " where scheme_id = ? and version = ?").params(id, version).query(this::row).optional()
			.map(s -> SchemeDocuments.toYaml(s.document()));
	}

	/** The newest version of one scheme. */
	public Optional<StoredScheme> current(String id) {
		return jdbc.sql(SELECT + " where scheme_id = ? order by version desc limit 1").param(id).query(this::row)
			.optional();
	}

	/** The newest version of every scheme of a municipality, or of all municipalities when the code is null. */
	public List<StoredScheme> currentOf(@Nullable String municipality) {
		return jdbc.sql(SELECT + " v where version = (select max(version) from schemes_local_version w"
				+ " where w.scheme_id = v.scheme_id) and (cast(? as text) is null or municipality_code = ?)"
				+ " order by municipality_code, scheme_id")
			.params(municipality, municipality).query(this::row).list();
	}

	/** Every version of one scheme, oldest first. */
	public List<StoredScheme> versions(String id) {
		return jdbc.sql(SELECT + " where scheme_id = ? order by version").param(id).query(this::row).list();
	}

	private static final String SELECT = "select scheme_id, version, municipality_code, sha256, origin, created_at,"
			+ " document::text as document, condition_order, effective_from from schemes_local_version";

	private StoredScheme row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Map<String, Object> document = json.readValue(rs.getString("document"), TREE);
		String[] order = (String[]) rs.getArray("condition_order").getArray();
		return new StoredScheme(rs.getString("scheme_id"), rs.getInt("version"), rs.getString("municipality_code"),
				rs.getString("sha256"), rs.getString("origin"), rs.getTimestamp("created_at").toInstant(),
				SchemeDocuments.withConditionOrder(document, List.of(order)),
				rs.getObject("effective_from", LocalDate.class));
	}

	/**
	 * Stores a new version unless the content is the newest version already. A shipped file is also skipped when any
	 * earlier version had its content, so that a change made later (in the editor) survives a restart; a shipped
	 * file that changes in a new release does become the newest version.
	 */
	private StoredScheme store(String file, byte[] yaml, String origin, boolean shipped) {
		Map<String, Object> tree = SchemeDocuments.toTree(file, yaml);
		LocalSchemeDefinition definition = LocalSchemeFileReader.read(file, yaml);
		String text = json.writeValueAsString(SchemeDocuments.plain(tree));
		String sha = sha256(text);
		Optional<StoredScheme> newest = current(definition.id());
		if (newest.isPresent() && newest.get().sha256().equals(sha)) {
			return newest.get();
		}
		if (shipped && newest.isPresent() && jdbc.sql("select count(*) from schemes_local_version where scheme_id = ?"
				+ " and sha256 = ?").params(definition.id(), sha).query(Long.class).single() > 0) {
			return newest.get();
		}
		int version = newest.map(s -> s.version() + 1).orElse(1);
		Instant now = clock.instant();
		// A concurrent start of another instance may store the same version first; that is the same content.
		String[] order = definition.conditions().keySet().toArray(String[]::new);
		jdbc.sql("insert into schemes_local_version (scheme_id, version, municipality_code, document, condition_order,"
				+ " sha256, origin, created_at) values (?, ?, ?, ?::jsonb, ?, ?, ?, ?) on conflict do nothing")
			.params(definition.id(), version, definition.municipality(), text, order, sha, origin, Timestamp.from(now))
			.update();
		return current(definition.id()).orElseThrow();
	}

	/**
	 * Stores an approved draft as the next version of its scheme, applying from the given date, and rebuilds the
	 * engines. Called by {@link SchemeDrafts} inside its transaction.
	 */
	StoredScheme publish(String file, byte[] yaml, String origin, LocalDate effectiveFrom) {
		Map<String, Object> tree = SchemeDocuments.toTree(file, yaml);
		LocalSchemeDefinition definition = LocalSchemeFileReader.read(file, yaml);
		String text = json.writeValueAsString(SchemeDocuments.plain(tree));
		int version = current(definition.id()).map(s -> s.version() + 1).orElse(1);
		String[] order = definition.conditions().keySet().toArray(String[]::new);
		jdbc.sql("insert into schemes_local_version (scheme_id, version, municipality_code, document, condition_order,"
				+ " sha256, origin, created_at, effective_from) values (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)")
			.params(definition.id(), version, definition.municipality(), text, order, sha256(text), origin,
					Timestamp.from(clock.instant()), effectiveFrom)
			.update();
		// The engines change only once the approval is committed; a rolled-back approval must not apply.
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					rebuild();
				}

			});
		}
		else {
			rebuild();
		}
		return current(definition.id()).orElseThrow();
	}

	/**
	 * The engine for a reference date with one scheme replaced by (or joined by) a draft that is not stored as a
	 * version: for the previews before approval.
	 */
	Schemes engineWith(LocalSchemeDefinition draft, LocalDate referenceDate) {
		List<LocalSchemeDefinition> local = new ArrayList<>(engine(referenceDate).localDefinitions(null));
		local.removeIf(l -> l.id().equals(draft.id()));
		local.add(draft);
		return Schemes.withLocal(local);
	}

	/**
	 * Builds the engines from the stored documents: one for every date on which some version starts to apply. A
	 * document that no longer loads names its id and version.
	 */
	private void rebuild() {
		List<StoredScheme> all = jdbc.sql(SELECT + " order by scheme_id, version").query(this::row).list();
		Map<String, LocalSchemeDefinition> read = new HashMap<>();
		NavigableMap<LocalDate, Schemes> built = new TreeMap<>();
		TreeSet<LocalDate> starts = new TreeSet<>(List.of(LocalDate.MIN));
		all.stream().map(StoredScheme::effectiveFrom).filter(Objects::nonNull).forEach(starts::add);
		for (LocalDate start : starts) {
			Map<String, StoredScheme> chosen = new LinkedHashMap<>();
			for (StoredScheme s : all) {
				boolean applies = s.effectiveFrom() == null || !s.effectiveFrom().isAfter(start);
				// Before its first version applies, a new scheme is still shown with that version; the scheme itself
				// knows its geldig_vanaf and gives no result before it.
				if (applies || !chosen.containsKey(s.id())) {
					chosen.put(s.id(), s);
				}
			}
			List<LocalSchemeDefinition> local = new ArrayList<>();
			for (StoredScheme s : chosen.values()) {
				local.add(read.computeIfAbsent(s.id() + "@" + s.version(), key -> LocalSchemeFileReader.read(
						"schemes_local_version:" + key, SchemeDocuments.toYaml(s.document()).getBytes(StandardCharsets.UTF_8))));
			}
			built.put(start, Schemes.withLocal(local));
		}
		engines.set(built);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
