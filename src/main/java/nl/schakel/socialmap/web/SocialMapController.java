// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.http.HttpStatus;

import nl.schakel.paper.PublicAddress;
import nl.schakel.paper.QrCodes;
import nl.schakel.region.Municipalities;
import nl.schakel.region.Neighbourhood;
import nl.schakel.region.Neighbourhoods;
import nl.schakel.region.Postcode;
import nl.schakel.socialmap.Directory;
import nl.schakel.socialmap.Event;
import nl.schakel.socialmap.Events;
import nl.schakel.socialmap.MapTiles;
import nl.schakel.socialmap.SafeMarkdown;
import nl.schakel.socialmap.NeedsTaxonomy;
import nl.schakel.socialmap.RelatedSchemes;
import nl.schakel.socialmap.SearchQuery;
import nl.schakel.socialmap.SearchResult;
import nl.schakel.socialmap.ServiceSearch;

/**
 * "Hulp zoeken": the residents' search of the sociale kaart and the page of one service. A plain GET form, so it works
 * without JavaScript and every search is a link that can be shared or bookmarked.
 */
@Controller
class SocialMapController {

	static final int PAGE_SIZE = 20;

	static final int MAX_EVENTS = 3;

	static final String WALK_IN = "stap.binnenlopen";

	static final String WHEELCHAIR = "toegang.rolstoel";

	private final ServiceSearch search;

	private final Directory directory;

	private final Municipalities municipalities;

	private final Neighbourhoods neighbourhoods;

	private final NeedsTaxonomy taxonomy;

	private final Events events;

	private final MapTiles tiles;

	private final SafeMarkdown markdown;

	private final Clock clock;

	private final PublicAddress address;

	private final ObjectProvider<RelatedSchemes> relatedSchemes;

	SocialMapController(ServiceSearch search, Directory directory, Municipalities municipalities,
			Neighbourhoods neighbourhoods, NeedsTaxonomy taxonomy, Events events, MapTiles tiles,
			SafeMarkdown markdown, Clock clock, PublicAddress address, ObjectProvider<RelatedSchemes> relatedSchemes) {
		this.address = address;
		this.relatedSchemes = relatedSchemes;
		this.search = search;
		this.markdown = markdown;
		this.neighbourhoods = neighbourhoods;
		this.events = events;
		this.tiles = tiles;
		this.taxonomy = taxonomy;
		this.directory = directory;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	/** The search form as typed, echoed back so nothing is lost. */
	record SearchForm(String q, String onderwerp, String doelgroep, String gemeente, String wijk, String taal,
			boolean gratis, boolean binnenlopen, boolean rolstoel, String dag, boolean nu, String postcode, int km,
			String lat, String lon, boolean kaart, int pagina) {

		/** Whether any filter is set, so the filters are shown opened. */
		public boolean filtered() {
			return !onderwerp.isEmpty() || !doelgroep.isEmpty() || !gemeente.isEmpty() || !wijk.isEmpty()
					|| !taal.isEmpty() || gratis || binnenlopen || rolstoel || nu || !dag.isEmpty() || !postcode.isEmpty()
					|| !lat.isEmpty();
		}

		/** This search as a link, on another page or in the other view. */
		public String link(int page, boolean map) {
			var uri = UriComponentsBuilder.fromPath("/hulp");
			add(uri, "q", q);
			add(uri, "onderwerp", onderwerp);
			add(uri, "doelgroep", doelgroep);
			add(uri, "gemeente", gemeente);
			add(uri, "wijk", wijk);
			add(uri, "taal", taal);
			add(uri, "gratis", gratis ? "true" : "");
			add(uri, "binnenlopen", binnenlopen ? "true" : "");
			add(uri, "rolstoel", rolstoel ? "true" : "");
			add(uri, "dag", dag);
			add(uri, "nu", nu ? "true" : "");
			add(uri, "postcode", postcode);
			add(uri, "km", postcode.isEmpty() && lat.isEmpty() ? "" : Integer.toString(km));
			add(uri, "lat", lat);
			add(uri, "lon", lon);
			add(uri, "weergave", map ? "kaart" : "");
			add(uri, "pagina", page > 1 ? Integer.toString(page) : "");
			return uri.encode().build().toUriString();
		}

		private static void add(UriComponentsBuilder uri, String name, String value) {
			if (!value.isEmpty()) {
				uri.queryParam(name, value);
			}
		}

	}

	/** A choice in a filter, with how many results it would give. */
	record Option(String value, String label, @Nullable Integer count, boolean selected) {
	}

	@GetMapping("/hulp")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String onderwerp,
			@RequestParam(defaultValue = "") String doelgroep, @RequestParam(defaultValue = "") String gemeente,
			@RequestParam(defaultValue = "") String wijk, @RequestParam(defaultValue = "") String taal,
			@RequestParam(defaultValue = "false") boolean gratis,
			@RequestParam(defaultValue = "false") boolean binnenlopen,
			@RequestParam(defaultValue = "false") boolean rolstoel, @RequestParam(defaultValue = "") String dag,
			@RequestParam(defaultValue = "false") boolean nu, @RequestParam(defaultValue = "") String postcode,
			@RequestParam(defaultValue = "10") int km, @RequestParam(defaultValue = "") String lat,
			@RequestParam(defaultValue = "") String lon, @RequestParam(defaultValue = "") String weergave,
			@RequestParam(defaultValue = "1") int pagina, Locale locale, Model model) {
		var form = new SearchForm(q.strip(), onderwerp, doelgroep, gemeente, wijk, taal, gratis, binnenlopen, rolstoel,
				dag, nu, postcode.strip(), Math.max(1, Math.min(km, 100)), lat.strip(), lon.strip(),
				"kaart".equals(weergave), Math.max(1, Math.min(pagina, 50)));
		List<String> errors = new ArrayList<>();
		if (form.q().length() > 200) {
			errors.add("search.error.text");
		}
		SearchQuery.Near near = null;
		if (!form.lat().isEmpty() || !form.lon().isEmpty()) {
			near = location(form, errors);
		}
		else if (!form.postcode().isEmpty()) {
			var parsed = Postcode.parse(form.postcode());
			if (parsed.isEmpty()) {
				errors.add("search.error.postcode");
			}
			else {
				var point = directory.approximatePoint(parsed.get());
				if (point.isPresent()) {
					near = new SearchQuery.Near(point.get()[0], point.get()[1], form.km());
				}
				else {
					errors.add("search.error.postcodeUnknown");
				}
			}
		}
		// "Open now" is Dutch time now; it wins over a chosen day.
		var now = java.time.LocalDateTime.now(clock);
		DayOfWeek day = form.nu() ? now.getDayOfWeek() : parseDay(form.dag());
		java.time.LocalTime at = form.nu() ? now.toLocalTime().withSecond(0).withNano(0) : null;
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("served", municipalities.served());
		model.addAttribute("neighbourhoods", neighbourhoods.all());
		model.addAttribute("tiles", tiles);
		if (!errors.isEmpty()) {
			model.addAttribute("result", new SearchResult(0, List.of(), Map.of()));
			model.addAttribute("needs", options(NeedsTaxonomy.NEED, Map.of(), form.onderwerp(), locale));
			model.addAttribute("groups", options(NeedsTaxonomy.TARGET_GROUP, Map.of(), form.doelgroep(), locale));
			model.addAttribute("events", List.of());
			model.addAttribute("map", ResultMap.of(List.of(), 1, null));
			model.addAttribute("relatedSchemes", List.of());
			return "socialmap/search";
		}
		var query = SearchQuery.builder(LocalDate.now(clock))
			.text(form.q())
			.municipality(form.gemeente().matches("[0-9]{4}") ? form.gemeente() : null)
			.language(form.taal().matches("[a-z]{2,3}") ? form.taal() : null)
			.freeOnly(form.gratis())
			.near(near)
			.openOn(day, at)
			.page(form.pagina(), PAGE_SIZE);
		if (isTerm(form.onderwerp(), NeedsTaxonomy.NEED)) {
			query.term(form.onderwerp());
		}
		if (isTerm(form.doelgroep(), NeedsTaxonomy.TARGET_GROUP)) {
			query.term(form.doelgroep());
		}
		if (form.binnenlopen()) {
			query.term(WALK_IN);
		}
		if (form.rolstoel()) {
			query.term(WHEELCHAIR);
		}
		var neighbourhood = neighbourhoods.byId(form.wijk());
		neighbourhood.ifPresent(n -> query.postcodeAreas(n.postcodeAreas()));
		SearchResult result = search.search(query.build());
		Map<String, Integer> termCounts = result.facets().getOrDefault("need", Map.of());
		model.addAttribute("result", result);
		model.addAttribute("needs", options(NeedsTaxonomy.NEED, termCounts, form.onderwerp(), locale));
		model.addAttribute("groups", options(NeedsTaxonomy.TARGET_GROUP, termCounts, form.doelgroep(), locale));
		model.addAttribute("walkInCount", termCounts.getOrDefault(WALK_IN, 0));
		model.addAttribute("wheelchairCount", termCounts.getOrDefault(WHEELCHAIR, 0));
		model.addAttribute("languages", result.facets().getOrDefault("language", Map.of()));
		model.addAttribute("pages", (int) Math.min(50, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("firstNumber", (form.pagina() - 1) * PAGE_SIZE + 1);
		model.addAttribute("map", ResultMap.of(result.hits(), (form.pagina() - 1) * PAGE_SIZE + 1, near));
		model.addAttribute("events", form.pagina() == 1 ? matchingEvents(form, neighbourhood.orElse(null)) : List.of());
		model.addAttribute("english", "en".equals(locale.getLanguage()));
		model.addAttribute("relatedSchemes", isTerm(form.onderwerp(), NeedsTaxonomy.NEED)
				? related(List.of(form.onderwerp()), form.gemeente().matches("[0-9]{4}") ? form.gemeente() : null, locale)
				: List.of());
		return "socialmap/search";
	}

	/** The current location, sent by the page's script as rounded coordinates; never stored or logged. */
	private static SearchQuery.@Nullable Near location(SearchForm form, List<String> errors) {
		try {
			double latitude = Double.parseDouble(form.lat());
			double longitude = Double.parseDouble(form.lon());
			if (Double.isFinite(latitude) && Double.isFinite(longitude) && Math.abs(latitude) <= 90
					&& Math.abs(longitude) <= 180) {
				return new SearchQuery.Near(latitude, longitude, form.km());
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add("search.error.location");
		return null;
	}

	/**
	 * Live meetings that fit the search: the chosen topic, or the topics the words of the search mean, in the chosen
	 * place, in the coming weeks. At most a few; the agenda has the rest.
	 */
	private List<Event.Occurrence> matchingEvents(SearchForm form, @Nullable Neighbourhood neighbourhood) {
		Set<String> needs = new java.util.LinkedHashSet<>();
		if (isTerm(form.onderwerp(), NeedsTaxonomy.NEED)) {
			needs.add(form.onderwerp());
		}
		if (!form.q().isEmpty()) {
			search.concepts(form.q()).stream().filter(code -> isTerm(code, NeedsTaxonomy.NEED)).forEach(needs::add);
		}
		if (needs.isEmpty()) {
			return List.of();
		}
		Set<String> areas = new java.util.TreeSet<>();
		if (neighbourhood != null) {
			neighbourhood.postcodeAreas().forEach(a -> areas.add(a.toString()));
		}
		var filter = new Events.Filter(null, form.gemeente().matches("[0-9]{4}") ? form.gemeente() : null, areas,
				needs);
		var from = java.time.LocalDateTime.now(clock);
		return events.occurrences(filter, from, from.plusWeeks(EventsController.WEEKS_AHEAD))
			.stream()
			.limit(MAX_EVENTS)
			.toList();
	}

	/** The codes of the needs the listing is tagged with. */
	private List<String> needs(JsonNode service) {
		List<String> codes = new ArrayList<>();
		for (JsonNode attribute : service.path("attributes")) {
			NeedsTaxonomy.Term term = taxonomy.termById(attribute.path("taxonomy_term_id").asString(""));
			if (term != null && NeedsTaxonomy.NEED.equals(term.kind())) {
				codes.add(term.code());
			}
		}
		return codes;
	}

	private List<RelatedSchemes.Link> related(List<String> needs, @Nullable String municipality, Locale locale) {
		RelatedSchemes schemes = relatedSchemes.getIfAvailable();
		return schemes == null || needs.isEmpty() ? List.of() : schemes.forNeeds(needs, municipality, locale);
	}

	/** The next steps the listing names (walk in, call, ...), in the taxonomy's order. */
	private List<String> nextSteps(JsonNode service, Locale locale) {
		List<NeedsTaxonomy.Term> steps = new ArrayList<>();
		for (JsonNode attribute : service.path("attributes")) {
			NeedsTaxonomy.Term term = taxonomy.termById(attribute.path("taxonomy_term_id").asString(""));
			if (term != null && NeedsTaxonomy.NEXT_STEP.equals(term.kind()) && term.parentCode() != null) {
				steps.add(term);
			}
		}
		steps.sort(java.util.Comparator.comparing(NeedsTaxonomy.Term::code));
		boolean english = "en".equals(locale.getLanguage());
		return steps.stream().map(t -> english ? t.nameEn() : t.nameNl()).distinct().toList();
	}

	private boolean isTerm(String code, String kind) {
		NeedsTaxonomy.Term term = code.isEmpty() ? null : taxonomy.term(code);
		return term != null && kind.equals(term.kind());
	}

	@GetMapping("/hulp/{id}")
	String service(@PathVariable UUID id, Locale locale, Model model) {
		JsonNode service = directory.service(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<String, String> english = new java.util.HashMap<>();
		if ("en".equals(locale.getLanguage())) {
			english.putAll(directory.translations(id, "en"));
			for (JsonNode schedule : service.path("schedules")) {
				String scheduleId = schedule.path("id").asString();
				directory.translations(UUID.fromString(scheduleId), "en")
					.forEach((field, text) -> english.put(scheduleId + "." + field, text));
			}
		}
		model.addAttribute("service", ServicePage.of(service, english, clock));
		String url = address.base() + "/hulp/" + id;
		model.addAttribute("url", url);
		model.addAttribute("qrPath", QrCodes.svgPath(url));
		model.addAttribute("qrSize", QrCodes.svgSize(url));
		model.addAttribute("steps", nextSteps(service, locale));
		model.addAttribute("markdown", markdown);
		model.addAttribute("listingId", service.path("organization_id").asString(null));
		model.addAttribute("relatedSchemes", related(needs(service), null, locale));
		return "socialmap/service";
	}

	private List<Option> options(String kind, Map<String, Integer> counts, String selected, Locale locale) {
		List<Option> options = new ArrayList<>();
		for (NeedsTaxonomy.Term term : taxonomy.terms(kind)) {
			if (term.parentCode() == null) {
				String label = "en".equals(locale.getLanguage()) ? term.nameEn() : term.nameNl();
				options.add(new Option(term.code(), label, counts.get(term.code()), term.code().equals(selected)));
			}
		}
		options.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
		return options;
	}

	private static @Nullable DayOfWeek parseDay(String day) {
		try {
			return day.isEmpty() ? null : DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
