// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.schakel.spreadsheet.CsvRows;

/**
 * Schakel's Dutch needs taxonomy (needs and target groups) from {@code socialmap/taxonomy/needs.csv}, with the words
 * people type for each term. Term ids are name-based UUIDs (version 5) of the code, so that data files can refer to a
 * term without a database.
 */
public final class NeedsTaxonomy {

	/** The namespace of term ids: {@code uuid5(NAMESPACE, "schakel-needs:" + code)}. */
	public static final UUID NAMESPACE = UUID.fromString("6b0e2c1a-7a43-4d7e-9b8f-2f6a3b1c9d10");

	public static final UUID TAXONOMY_ID = nameBased(NAMESPACE, "schakel-needs");

	/** Kind of term: a need a resident has. */
	public static final String NEED = "need";

	/** Kind of term: a group a service is meant for. */
	public static final String TARGET_GROUP = "target_group";

	/** Kind of term: what a resident does to get the help (walk in, call, make an appointment, ...). */
	public static final String NEXT_STEP = "next_step";

	/** Kind of term: an accessibility feature of a location. */
	public static final String ACCESSIBILITY = "accessibility";

	private static final Set<String> KINDS = Set.of(NEED, TARGET_GROUP, NEXT_STEP, ACCESSIBILITY);

	/** One term of the taxonomy. */
	public record Term(String code, @Nullable String parentCode, String kind, String nameNl, String nameEn,
			String descriptionNl, String descriptionEn, List<String> synonymsNl, List<String> synonymsEn,
			@Nullable String openEligibilityCode, @Nullable String airsCode) {

		public UUID id() {
			return termId(code);
		}

		/** The code itself and the codes of all its ancestors ("eten.voedselbank" → "eten", "eten.voedselbank"). */
		public List<String> withAncestors() {
			List<String> codes = new ArrayList<>();
			String[] parts = code.split("\\.");
			for (int i = 1; i <= parts.length; i++) {
				codes.add(String.join(".", Arrays.copyOf(parts, i)));
			}
			return codes;
		}

	}

	private final Map<String, Term> terms;

	private final Map<String, Term> byId;

	private final String version;

	private NeedsTaxonomy(Map<String, Term> terms, String version) {
		this.terms = terms;
		this.byId = terms.values().stream()
			.collect(java.util.stream.Collectors.toUnmodifiableMap(t -> t.id().toString(), t -> t));
		this.version = version;
	}

	/** A fingerprint of the file: a changed taxonomy gets a new version, an unchanged one is not loaded again. */
	public String version() {
		return version;
	}

	public static NeedsTaxonomy load() {
		try (InputStream in = NeedsTaxonomy.class.getResourceAsStream("/socialmap/taxonomy/needs.csv")) {
			if (in == null) {
				throw new IllegalStateException("socialmap/taxonomy/needs.csv is missing");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static NeedsTaxonomy parse(String csv) {
		List<List<String>> rows = CsvRows.parse(csv);
		List<String> header = rows.getFirst();
		Map<String, Term> terms = new LinkedHashMap<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			if (row.size() == 1 && row.getFirst().isBlank()) {
				continue;
			}
			Map<String, String> cells = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				cells.put(header.get(i), i < row.size() ? row.get(i).trim() : "");
			}
			String code = cells.get("code");
			terms.put(code, new Term(code, blankToNull(cells.get("parent_code")), cells.get("kind"),
					cells.get("name_nl"), cells.get("name_en"), cells.get("description_nl"),
					cells.get("description_en"), words(cells.get("synonyms_nl")), words(cells.get("synonyms_en")),
					blankToNull(cells.get("open_eligibility_code")), blankToNull(cells.get("airs_code"))));
		}
		for (Term term : terms.values()) {
			if (!KINDS.contains(term.kind())) {
				throw new IllegalArgumentException("Term " + term.code() + " has unknown kind '" + term.kind()
						+ "'; use one of " + KINDS);
			}
			Term parent = term.parentCode() == null ? null : terms.get(term.parentCode());
			if (term.parentCode() != null && (parent == null || !parent.kind().equals(term.kind()))) {
				throw new IllegalArgumentException("Term " + term.code() + " needs parent " + term.parentCode()
						+ " of the same kind");
			}
		}
		return new NeedsTaxonomy(Map.copyOf(terms), fingerprint(csv));
	}

	public List<Term> terms() {
		return terms.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
	}

	public @Nullable Term term(String code) {
		return terms.get(code);
	}

	/** The term with this id (as text), or null when the id is not one of ours. */
	public @Nullable Term termById(String id) {
		return byId.get(id);
	}

	/** The terms of one kind, sorted by code. */
	public List<Term> terms(String kind) {
		return terms().stream().filter(t -> kind.equals(t.kind())).toList();
	}

	public static UUID termId(String code) {
		return nameBased(NAMESPACE, "schakel-needs:" + code);
	}

	/** RFC 4122 version-5 (SHA-1) name-based UUID, the same as Python's {@code uuid.uuid5}. */
	static UUID nameBased(UUID namespace, String name) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			var bytes = java.nio.ByteBuffer.allocate(16)
				.putLong(namespace.getMostSignificantBits())
				.putLong(namespace.getLeastSignificantBits())
				.array();
			sha1.update(bytes);
			sha1.update(name.getBytes(StandardCharsets.UTF_8));
			byte[] hash = sha1.digest();
			hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
			hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
			var buffer = java.nio.ByteBuffer.wrap(hash, 0, 16);
			return new UUID(buffer.getLong(), buffer.getLong());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String fingerprint(String csv) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(csv.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + java.util.HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> words(@Nullable String cell) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
