// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields an owner edits beyond texts and opening hours, checked and written into an HSDS document: phone
 * numbers, e-mail, website, taxonomy terms (needs, target groups, next steps, accessibility) and the kind of costs.
 * Parts of the document the form does not show (terms of other taxonomies, detailed cost options) are kept.
 */
public final class ListingFields {

	/** What a service costs, as residents filter on it. */
	public enum CostKind {

		/** Nothing. */
		FREE,
		/** Less with a Stadspas or another discount. */
		REDUCED,
		/** A price. */
		PAID,
		/** Not said. */
		UNKNOWN

	}

	public static final int MAX_EMAIL = 254;

	public static final int MAX_URL = 500;

	public static final int MAX_PHONES = 5;

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9!#$%&*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}");

	/** Landline and mobile (0 and 9 digits), or the same after +31 or 0031 without the 0. */
	private static final Pattern PHONE = Pattern.compile("(?:0[1-9][0-9]{8}|(?:\\+31|0031)[1-9][0-9]{8})");

	/** Information and service numbers (0800, 0900, 0906, 0909) and the municipal 14 + area code. */
	private static final Pattern SPECIAL_PHONE = Pattern.compile("(?:0(?:800|900|906|909)[0-9]{4}(?:[0-9]{3})?|14[0-9]{3,4})");

	private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s().-]");

	private ListingFields() {
	}

	// ---- contact details ----

	/** Whether this is a Dutch phone number as people write it: spaces, dashes, dots and brackets allowed. */
	public static boolean isPhone(String typed) {
		if (typed.length() > 30) {
			return false;
		}
		String digits = PHONE_SEPARATORS.matcher(typed.strip()).replaceAll("");
		return PHONE.matcher(digits).matches() || SPECIAL_PHONE.matcher(digits).matches();
	}

	public static boolean isEmail(String typed) {
		return typed.length() <= MAX_EMAIL && EMAIL.matcher(typed).matches();
	}

	/**
	 * A website as typed, made whole: {@code https://} is added when no scheme is given. Empty when it is not an
	 * http or https address of a named host, so {@code javascript:} and the like never reach a link.
	 */
	public static Optional<String> webAddress(String typed) {
		String text = typed.strip();
		if (text.isEmpty() || text.length() > MAX_URL || text.chars().anyMatch(c -> Character.isWhitespace(c) || c < 0x20)) {
			return Optional.empty();
		}
		if (!text.contains("://") && !text.contains(":")) {
			text = "https://" + text;
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			String host = uri.getHost();
			if (!scheme.equals("https") && !scheme.equals("http") || host == null || !host.contains(".")
					|| uri.getUserInfo() != null) {
				return Optional.empty();
			}
			return Optional.of(text);
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	/** The phone numbers of a document, one per line, as they are shown. */
	public static String phones(JsonNode doc) {
		List<String> numbers = new ArrayList<>();
		doc.path("phones").forEach(p -> numbers.add(p.path("number").asString("")));
		return String.join("\n", numbers);
	}

	/**
	 * Sets the phone numbers, one per line; lines already there keep their HSDS id and details. {@code owner} is the
	 * HSDS field that points back to the document ({@code service_id}, {@code location_id}).
	 */
	public static void applyPhones(ObjectNode doc, String typed, String owner) {
		Map<String, JsonNode> existing = new LinkedHashMap<>();
		doc.path("phones").forEach(p -> existing.put(p.path("number").asString(""), p));
		ArrayNode list = doc.arrayNode();
		lines(typed).forEach(line -> {
			JsonNode known = existing.get(line);
			if (known != null) {
				list.add(known);
			}
			else {
				ObjectNode phone = list.addObject();
				phone.put("id", UUID.randomUUID().toString());
				phone.put(owner, doc.get("id").asString());
				phone.put("number", line);
				phone.put("type", "voice");
			}
		});
		set(doc, "phones", list);
	}

	/** The typed lines that are new and are not a Dutch phone number. */
	public static List<String> badPhones(JsonNode doc, String typed) {
		Set<String> known = new LinkedHashSet<>();
		doc.path("phones").forEach(p -> known.add(p.path("number").asString("")));
		return lines(typed).stream().filter(l -> !known.contains(l) && !isPhone(l)).toList();
	}

	public static List<String> lines(String typed) {
		return typed.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
	}

	// ---- taxonomy terms ----

	/** The ids of the terms of these kinds that the document's attributes carry. */
	public static Set<String> termIds(JsonNode doc, NeedsTaxonomy taxonomy, Set<String> kinds) {
		Set<String> ids = new LinkedHashSet<>();
		for (JsonNode attribute : doc.path("attributes")) {
			NeedsTaxonomy.Term term = taxonomy.termById(attribute.path("taxonomy_term_id").asString(""));
			if (term != null && kinds.contains(term.kind())) {
				ids.add(term.id().toString());
			}
		}
		return ids;
	}

	/** The ids that are not a term of the given kind. */
	public static List<String> unknownTerms(Set<String> ids, NeedsTaxonomy taxonomy, String kind) {
		return ids.stream().filter(id -> {
			NeedsTaxonomy.Term term = taxonomy.termById(id);
			return term == null || !term.kind().equals(kind);
		}).toList();
	}

	/**
	 * Replaces the attributes of the given kinds with the ticked terms; attributes of other kinds and other
	 * taxonomies stay, and a term that stays keeps its attribute id.
	 */
	public static void applyTerms(ObjectNode doc, NeedsTaxonomy taxonomy, Set<String> kinds, Set<String> ticked,
			String linkEntity) {
		ArrayNode list = doc.arrayNode();
		Set<String> present = new LinkedHashSet<>();
		for (JsonNode attribute : doc.path("attributes")) {
			String id = attribute.path("taxonomy_term_id").asString("");
			NeedsTaxonomy.Term term = taxonomy.termById(id);
			if (term == null || !kinds.contains(term.kind()) || ticked.contains(id)) {
				list.add(attribute);
				present.add(id);
			}
		}
		for (String id : ticked) {
			if (!present.contains(id)) {
				ObjectNode attribute = list.addObject();
				attribute.put("id", UUID.randomUUID().toString());
				attribute.put("taxonomy_term_id", id);
				attribute.put("link_entity", linkEntity);
				attribute.put("link_id", doc.get("id").asString());
			}
		}
		set(doc, "attributes", list);
	}

	// ---- costs ----

	/** The kind of costs a document states, read the way search reads "free". */
	public static CostKind costKind(JsonNode doc) {
		if (ListingReader.free(doc)) {
			return CostKind.FREE;
		}
		String words = (doc.path("fees_description").asString("") + " " + doc.path("cost_options").toString())
			.toLowerCase(Locale.ROOT);
		if (words.contains("stadspas") || words.contains("korting") || words.contains("reduced")) {
			return CostKind.REDUCED;
		}
		return doc.path("cost_options").isEmpty() ? CostKind.UNKNOWN : CostKind.PAID;
	}

	/**
	 * Sets the kind of costs. Unchanged, the detailed cost options stay; changed, they become one option named by
	 * {@code label} (free costs nothing, so search finds it with "gratis").
	 */
	public static void applyCosts(ObjectNode doc, CostKind kind, String label) {
		if (kind == costKind(doc)) {
			return;
		}
		if (kind == CostKind.UNKNOWN) {
			doc.remove("cost_options");
			return;
		}
		ArrayNode list = doc.arrayNode();
		ObjectNode option = list.addObject();
		option.put("id", UUID.randomUUID().toString());
		option.put("service_id", doc.get("id").asString());
		option.put("option", label);
		option.put("currency", "EUR");
		if (kind == CostKind.FREE) {
			option.put("amount", 0);
		}
		doc.set("cost_options", list);
	}

	private static void set(ObjectNode doc, String field, ArrayNode list) {
		if (list.isEmpty()) {
			doc.remove(field);
		}
		else {
			doc.set(field, list);
		}
	}

	static @Nullable String orNull(String text) {
		return text.isBlank() ? null : text;
	}

}
