// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import nl.schakel.paper.QrCodes;
import nl.schakel.region.Municipality;
import nl.schakel.region.Neighbourhood;
import nl.schakel.socialmap.Directory;
import nl.schakel.socialmap.NeedsTaxonomy;

/**
 * The contents of the sociale kaart on paper: the active listings in a municipality and/or theme, grouped by theme,
 * each with the link and QR code to the listing online. A listing is printed once, under its main theme (the first
 * need it carries); the other themes it belongs to point to it with "see also", so that a reader who looks up one
 * theme finds it, and the booklet stays short enough to print and to generate quickly.
 */
@Component
class Booklets {

	/** The themes a poster shows, in this order: food, money and debts, and the wijkteam's help and advice. */
	static final List<String> POSTER_THEMES = List.of("eten", "geld-schulden", "hulp-en-advies");

	static final int POSTER_LISTINGS_PER_THEME = 3;

	private static final String OTHER = "overig";

	private final Directory directory;

	private final NeedsTaxonomy taxonomy;

	private final Clock clock;

	private final Map<UUID, NeedsTaxonomy.Term> termsById = new HashMap<>();

	Booklets(Directory directory, NeedsTaxonomy taxonomy, Clock clock) {
		this.directory = directory;
		this.taxonomy = taxonomy;
		this.clock = clock;
		taxonomy.terms().forEach(term -> termsById.put(term.id(), term));
	}

	/** What the reader chose; {@code null} means all. A neighbourhood lies in the municipality. */
	record Scope(@Nullable Municipality municipality, @Nullable Neighbourhood neighbourhood,
			NeedsTaxonomy.@Nullable Term theme) {
	}

	/** One listing on paper: everything on the service page, its address online and that address as a QR code. */
	record Entry(ServicePage page, String url, String qrImage) {
	}

	/**
	 * The listings of one theme, and those printed under another theme that belong here too; {@code anchor} links the
	 * contents list to it; no title means "other help".
	 */
	record Section(String code, @Nullable String title, String anchor, List<Entry> entries, List<Entry> alsoSee,
			int more) {
	}

	/** The whole booklet; {@code listings} counts each listing once, however many themes it is in. */
	record Contents(List<Section> sections, int listings) {
	}

	Contents booklet(Scope scope, Locale locale, String baseUrl) {
		List<ObjectNode> services = services(scope);
		Map<UUID, Entry> entries = entries(services, locale, baseUrl);
		Map<String, List<Entry>> byTheme = new LinkedHashMap<>();
		Map<String, List<Entry>> alsoSee = new LinkedHashMap<>();
		for (ObjectNode service : services) {
			Entry entry = entries.get(UUID.fromString(service.get("id").asString()));
			List<String> themes = themesOf(service);
			String main = scope.theme() != null ? scope.theme().code() : themes.getFirst();
			byTheme.computeIfAbsent(main, k -> new ArrayList<>()).add(entry);
			if (scope.theme() == null) {
				themes.subList(1, themes.size()).forEach(t -> alsoSee.computeIfAbsent(t, k -> new ArrayList<>()).add(entry));
			}
		}
		alsoSee.keySet().forEach(code -> byTheme.computeIfAbsent(code, k -> new ArrayList<>()));
		// Sorted by the name the reader sees, which in another language is not the Dutch name the database sorts by.
		var collator = java.text.Collator.getInstance(locale);
		Comparator<Entry> byName = Comparator.comparing((Entry e) -> e.page().name(), collator)
			.thenComparing(e -> e.page().organization(), collator);
		List<Section> sections = new ArrayList<>();
		byTheme.forEach((code, list) -> sections.add(new Section(code, themeName(code, locale), "thema-" + code,
				list.stream().sorted(byName).toList(),
				alsoSee.getOrDefault(code, List.of()).stream().sorted(byName).toList(), 0)));
		sections.sort(Comparator.comparing((Section s) -> s.title() == null)
			.thenComparing(s -> s.title() == null ? "" : s.title()));
		return new Contents(sections, services.size());
	}

	/**
	 * The few listings a poster has room for, per poster theme: those most central to the theme first (carrying most of
	 * its terms, as the wijkteam's walk-in does for help and advice), then those offered at most places.
	 */
	Contents poster(@Nullable Municipality municipality, @Nullable Neighbourhood neighbourhood, Locale locale,
			String baseUrl) {
		return poster(municipality, neighbourhood, locale, baseUrl, POSTER_LISTINGS_PER_THEME);
	}

	/** As {@link #poster(Municipality, Neighbourhood, Locale, String)} with at most {@code perTheme} listings a theme. */
	Contents poster(@Nullable Municipality municipality, @Nullable Neighbourhood neighbourhood, Locale locale,
			String baseUrl, int perTheme) {
		List<Section> sections = new ArrayList<>();
		int listings = 0;
		for (String code : POSTER_THEMES) {
			NeedsTaxonomy.Term theme = taxonomy.term(code);
			if (theme == null) {
				continue;
			}
			List<ObjectNode> services = new ArrayList<>(services(new Scope(municipality, neighbourhood, theme)));
			services.sort(Comparator.comparing((ObjectNode s) -> -termsIn(s, code))
				.thenComparing(s -> -s.path("service_at_locations").size()));
			List<ObjectNode> chosen = services.subList(0, Math.min(perTheme, services.size()));
			Map<UUID, Entry> entries = entries(chosen, locale, baseUrl);
			if (!chosen.isEmpty()) {
				sections.add(new Section(code, themeName(code, locale), "thema-" + code, List.copyOf(entries.values()),
						List.of(), services.size() - chosen.size()));
				listings += chosen.size();
			}
		}
		return new Contents(sections, listings);
	}

	/** One listing, for the PDF of a single service page. */
	Entry listing(ObjectNode service, Locale locale, String baseUrl) {
		return entries(List.of(service), locale, baseUrl).values().iterator().next();
	}

	/** The name of a theme in the reader's language; Dutch where the taxonomy has no name in that language. */
	@Nullable String themeName(String code, Locale locale) {
		NeedsTaxonomy.Term term = taxonomy.term(code);
		if (term == null) {
			return null;
		}
		return "en".equals(locale.getLanguage()) ? term.nameEn() : term.nameNl();
	}

	private List<ObjectNode> services(Scope scope) {
		Set<UUID> terms = new LinkedHashSet<>();
		if (scope.theme() != null) {
			for (NeedsTaxonomy.Term term : taxonomy.terms()) {
				if (term.withAncestors().getFirst().equals(scope.theme().code())) {
					terms.add(term.id());
				}
			}
		}
		return directory.activeServices(scope.municipality() == null ? null : scope.municipality().code().value(),
				scope.neighbourhood() == null ? Set.of() : scope.neighbourhood().postcodeAreas(), terms);
	}

	private long termsIn(JsonNode service, String theme) {
		long count = 0;
		for (JsonNode attribute : service.path("attributes")) {
			NeedsTaxonomy.Term term = termOf(attribute);
			if (term != null && term.withAncestors().getFirst().equals(theme)) {
				count++;
			}
		}
		return count;
	}

	private NeedsTaxonomy.@Nullable Term termOf(JsonNode attribute) {
		String termId = attribute.path("taxonomy_term_id").asString(attribute.path("taxonomy_term").path("id").asString(""));
		return termId.length() == 36 ? termsById.get(UUID.fromString(termId)) : null;
	}

	/** The top-level needs of a service; a service without one goes under "other help". */
	private List<String> themesOf(JsonNode service) {
		Set<String> themes = new LinkedHashSet<>();
		for (JsonNode attribute : service.path("attributes")) {
			NeedsTaxonomy.Term term = termOf(attribute);
			if (term != null && "need".equals(term.kind())) {
				themes.add(term.withAncestors().getFirst());
			}
		}
		return themes.isEmpty() ? List.of(OTHER) : List.copyOf(themes);
	}

	private Map<UUID, Entry> entries(List<ObjectNode> services, Locale locale, String baseUrl) {
		Map<UUID, Map<String, String>> translated = Map.of();
		String language = locale.getLanguage();
		if (!"nl".equals(language)) {
			Set<UUID> ids = new LinkedHashSet<>();
			for (JsonNode service : services) {
				ids.add(UUID.fromString(service.get("id").asString()));
				service.path("schedules").forEach(s -> ids.add(UUID.fromString(s.get("id").asString())));
			}
			translated = directory.translations(ids, language);
		}
		Map<UUID, Entry> entries = new LinkedHashMap<>();
		for (JsonNode service : services) {
			UUID id = UUID.fromString(service.get("id").asString());
			Map<String, String> texts = new HashMap<>(translated.getOrDefault(id, Map.of()));
			for (JsonNode schedule : service.path("schedules")) {
				String scheduleId = schedule.get("id").asString();
				translated.getOrDefault(UUID.fromString(scheduleId), Map.of())
					.forEach((field, text) -> texts.put(scheduleId + "." + field, text));
			}
			String url = baseUrl + "/hulp/" + id;
			entries.put(id, new Entry(ServicePage.of(service, texts, clock), url, QrCodes.pngDataUri(url, 1)));
		}
		return entries;
	}

}
