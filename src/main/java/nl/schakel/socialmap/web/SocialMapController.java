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

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import nl.schakel.region.Municipalities;
import nl.schakel.region.Postcode;
import nl.schakel.socialmap.Directory;
import nl.schakel.socialmap.NeedsTaxonomy;
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

	private final ServiceSearch search;

	private final Directory directory;

	private final Municipalities municipalities;

	private final NeedsTaxonomy taxonomy;

	private final Clock clock;

	private final PublicAddress address;

	SocialMapController(ServiceSearch search, Directory directory, Municipalities municipalities,
			NeedsTaxonomy taxonomy, Clock clock, PublicAddress address) {
		this.address = address;
		this.search = search;
		this.taxonomy = taxonomy;
		this.directory = directory;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	/** The search form as typed, echoed back so nothing is lost. */
	record SearchForm(String q, String onderwerp, String gemeente, String taal, boolean gratis, String dag,
			boolean nu, String postcode, int km, int pagina) {
	}

	/** A choice in a filter, with how many results it would give. */
	record Option(String value, String label, @Nullable Integer count, boolean selected) {
	}

	@GetMapping("/hulp")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String onderwerp,
			@RequestParam(defaultValue = "") String gemeente, @RequestParam(defaultValue = "") String taal,
			@RequestParam(defaultValue = "false") boolean gratis, @RequestParam(defaultValue = "") String dag,
			@RequestParam(defaultValue = "false") boolean nu,
			@RequestParam(defaultValue = "") String postcode, @RequestParam(defaultValue = "10") int km,
			@RequestParam(defaultValue = "1") int pagina, Locale locale, Model model) {
		var form = new SearchForm(q.strip(), onderwerp, gemeente, taal, gratis, dag, nu, postcode.strip(), km,
				Math.max(1, Math.min(pagina, 50)));
		List<String> errors = new ArrayList<>();
		if (form.q().length() > 200) {
			errors.add("search.error.text");
		}
		SearchQuery.Near near = null;
		if (!form.postcode().isEmpty()) {
			var parsed = Postcode.parse(form.postcode());
			if (parsed.isEmpty()) {
				errors.add("search.error.postcode");
			}
			else {
				var point = directory.approximatePoint(parsed.get());
				if (point.isPresent()) {
					near = new SearchQuery.Near(point.get()[0], point.get()[1], Math.max(1, Math.min(km, 100)));
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
		if (!errors.isEmpty()) {
			model.addAttribute("result", new SearchResult(0, List.of(), Map.of()));
			model.addAttribute("needs", needOptions(Map.of(), form.onderwerp(), locale));
			return "socialmap/search";
		}
		Set<String> codes = taxonomy.term(form.onderwerp()) == null ? Set.of() : Set.of(form.onderwerp());
		var query = new SearchQuery(form.q().isEmpty() ? null : form.q(), codes,
				form.gemeente().matches("[0-9]{4}") ? form.gemeente() : null,
				form.taal().matches("[a-z]{2,3}") ? form.taal() : null, form.gratis(), near, day, at,
				LocalDate.now(clock), form.pagina(), PAGE_SIZE);
		SearchResult result = search.search(query);
		model.addAttribute("result", result);
		model.addAttribute("needs", needOptions(result.facets().getOrDefault("need", Map.of()), form.onderwerp(), locale));
		model.addAttribute("languages", result.facets().getOrDefault("language", Map.of()));
		model.addAttribute("pages", (int) Math.min(50, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		return "socialmap/search";
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
		model.addAttribute("qrPath", QrImages.svgPath(url));
		model.addAttribute("qrSize", QrImages.svgSize(url));
		return "socialmap/service";
	}

	private List<Option> needOptions(Map<String, Integer> counts, String selected, Locale locale) {
		List<Option> options = new ArrayList<>();
		for (NeedsTaxonomy.Term term : taxonomy.terms()) {
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
