// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import nl.schakel.region.Municipalities;
import nl.schakel.region.Neighbourhoods;
import nl.schakel.socialmap.Events;
import nl.schakel.socialmap.ICalendar;
import nl.schakel.socialmap.NeedsTaxonomy;

/**
 * "Agenda": the live meetings of the coming weeks, and the same as an iCalendar feed per organisation, municipality,
 * postcode area or theme, so people can follow them in the calendar on their phone.
 */
@Controller
class EventsController {

	static final int WEEKS_AHEAD = 8;

	private final Events events;

	private final Municipalities municipalities;

	private final Neighbourhoods neighbourhoods;

	private final NeedsTaxonomy taxonomy;

	private final Clock clock;

	EventsController(Events events, Municipalities municipalities, Neighbourhoods neighbourhoods,
			NeedsTaxonomy taxonomy, Clock clock) {
		this.events = events;
		this.neighbourhoods = neighbourhoods;
		this.taxonomy = taxonomy;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	@GetMapping("/agenda")
	String agenda(@RequestParam(defaultValue = "") String gemeente, @RequestParam(defaultValue = "") String wijk,
			@RequestParam(defaultValue = "") String onderwerp, Locale locale, Model model) {
		Events.Filter filter = filter(null, gemeente, wijk, "", onderwerp);
		LocalDateTime from = LocalDate.now(clock).atStartOfDay();
		model.addAttribute("occurrences", events.occurrences(filter, from, from.plusWeeks(WEEKS_AHEAD)));
		model.addAttribute("served", municipalities.served());
		model.addAttribute("gemeente", filter.municipalityCode() == null ? "" : filter.municipalityCode());
		model.addAttribute("onderwerp", filter.needCodes().isEmpty() ? "" : onderwerp);
		model.addAttribute("neighbourhoods", neighbourhoods.all());
		model.addAttribute("wijk", neighbourhoods.byId(wijk).isPresent() ? wijk : "");
		model.addAttribute("themes", taxonomy.terms(NeedsTaxonomy.NEED).stream().filter(t -> t.parentCode() == null).toList());
		model.addAttribute("english", "en".equals(locale.getLanguage()));
		return "socialmap/agenda";
	}

	@GetMapping(value = "/agenda.ics", produces = "text/calendar;charset=UTF-8")
	@ResponseBody
	ResponseEntity<String> calendar(@RequestParam(required = false) @Nullable UUID organisatie,
			@RequestParam(defaultValue = "") String gemeente, @RequestParam(defaultValue = "") String wijk,
			@RequestParam(defaultValue = "") String postcode, @RequestParam(defaultValue = "") String onderwerp,
			Locale locale) {
		Events.Filter filter = filter(organisatie, gemeente, wijk, postcode, onderwerp);
		String body = ICalendar.write("Schakel agenda", events.events(filter), "en".equals(locale.getLanguage()),
				clock.instant());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
			.header("Content-Disposition", "inline; filename=\"schakel-agenda.ics\"")
			.body(body);
	}

	private Events.Filter filter(@Nullable UUID organisation, String gemeente, String wijk, String postcode,
			String onderwerp) {
		Set<String> areas = new java.util.TreeSet<>();
		neighbourhoods.byId(wijk).ifPresent(n -> n.postcodeAreas().forEach(a -> areas.add(a.toString())));
		if (postcode.strip().matches("[1-9][0-9]{3}.*")) {
			areas.add(postcode.strip().substring(0, 4));
		}
		return new Events.Filter(organisation, gemeente.matches("[0-9]{4}") ? gemeente : null, areas,
				taxonomy.term(onderwerp) == null ? Set.of() : Set.of(onderwerp));
	}

}
