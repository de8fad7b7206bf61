// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.socialmap.HsdsSchemas.Kind;

@SchakelIntegrationTest
class EventsIntegrationTests {

	@Autowired
	Events events;

	@Autowired
	Directory directory;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	private UUID organisation() {
		ObjectNode organisation = json.createObjectNode();
		UUID id = UUID.randomUUID();
		organisation.put("id", id.toString());
		organisation.put("name", "Buurthuis " + id.toString().substring(0, 6));
		organisation.put("description", "Een demo-organisatie.");
		directory.importDocument(Kind.ORGANIZATION, organisation, "test");
		return id;
	}

	@Test
	void recurringMeetingsAppearOnEveryDayTheyHappenAndStoringTwiceChangesNothing() {
		UUID organisation = organisation();
		LocalDateTime start = LocalDate.now().plusDays(1).atTime(14, 0);
		var event = new Event(UUID.randomUUID(), organisation, null, "inloop", "Inloop geldvragen", "Money drop-in",
				"Kom langs met uw post.", "Bring your letters.", start, start.plusHours(2), "FREQ=WEEKLY;COUNT=3",
				List.of("geld-schulden.administratie"), true);
		events.store(event);
		events.store(event);
		var filter = new Events.Filter(organisation, null, Set.of(), Set.of());
		var occurrences = events.occurrences(filter, start.minusDays(1), start.plusWeeks(8));
		assertThat(occurrences).extracting(Event.Occurrence::start)
			.containsExactly(start, start.plusWeeks(1), start.plusWeeks(2));
		assertThat(events.occurrences(new Events.Filter(organisation, null, Set.of(), Set.of("geld-schulden")), start.minusDays(1),
				start.plusWeeks(8))).hasSize(3);
		assertThat(events.occurrences(new Events.Filter(organisation, null, Set.of(), Set.of("eten")), start.minusDays(1),
				start.plusWeeks(8))).isEmpty();
	}

	@Test
	void theAgendaPageAndTheCalendarFeedShowTheMeeting() throws Exception {
		UUID organisation = organisation();
		LocalDateTime start = LocalDate.now().plusDays(2).atTime(10, 30);
		String title = "Regelingenmarkt " + UUID.randomUUID().toString().substring(0, 6);
		events.store(new Event(UUID.randomUUID(), organisation, null, "regelingenmarkt", title, null,
				"Alle regelingen op 1 plek.", null, start, start.plusHours(3), null, List.of("geld-schulden"), true));
		mvc.perform(get("/agenda?onderwerp=geld-schulden"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
		String ics = mvc.perform(get("/agenda.ics").param("organisatie", organisation.toString()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ics).contains("SUMMARY:" + title).contains("BEGIN:VEVENT");
		assertThat(ics.substring(ics.indexOf("BEGIN:VEVENT"))).as("a one-off meeting has no rule").doesNotContain("RRULE");
	}

	@Test
	void aCalendarFeedPerNeighbourhoodHoldsOnlyMeetingsInItsPostcodeAreas() throws Exception {
		String tielWest = mvc.perform(get("/agenda.ics").param("wijk", "tiel-west"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String all = mvc.perform(get("/agenda.ics")).andReturn().getResponse().getContentAsString();
		int inTiel = tielWest.split("BEGIN:VEVENT", -1).length - 1;
		int everywhere = all.split("BEGIN:VEVENT", -1).length - 1;
		assertThat(inTiel).isPositive().isLessThan(everywhere);
		assertThat(tielWest).contains("Tiel").doesNotContain("LOCATION:Buurthuis De Kastanjeboom");
		String page = mvc.perform(get("/agenda").param("wijk", "tiel-west")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/agenda.ics?gemeente=&amp;wijk=tiel-west");
	}

}
