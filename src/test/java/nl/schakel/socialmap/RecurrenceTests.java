// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecurrenceTests {

	private static final LocalDateTime THURSDAY_2PM = LocalDateTime.of(2026, 12, 3, 14, 0);

	private static final LocalDateTime FAR = LocalDateTime.of(2030, 1, 1, 0, 0);

	@Test
	void weeklyOnADayUntilADate() {
		List<LocalDateTime> starts = Recurrence.parse("FREQ=WEEKLY;BYDAY=TH;UNTIL=20261224").starts(THURSDAY_2PM, FAR);
		assertThat(starts).containsExactly(THURSDAY_2PM, THURSDAY_2PM.plusWeeks(1), THURSDAY_2PM.plusWeeks(2),
				THURSDAY_2PM.plusWeeks(3));
	}

	@Test
	void weeklyOnTwoDaysWithACount() {
		List<LocalDateTime> starts = Recurrence.parse("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=3").starts(THURSDAY_2PM, FAR);
		assertThat(starts).containsExactly(THURSDAY_2PM, LocalDateTime.of(2026, 12, 8, 14, 0),
				LocalDateTime.of(2026, 12, 10, 14, 0));
	}

	@Test
	void everyOtherWeek() {
		assertThat(Recurrence.parse("FREQ=WEEKLY;INTERVAL=2;COUNT=3").starts(THURSDAY_2PM, FAR))
			.containsExactly(THURSDAY_2PM, THURSDAY_2PM.plusWeeks(2), THURSDAY_2PM.plusWeeks(4));
	}

	@Test
	void theFirstThursdayAndTheLastFridayOfTheMonth() {
		assertThat(Recurrence.parse("FREQ=MONTHLY;BYDAY=1TH;COUNT=3").starts(THURSDAY_2PM, FAR))
			.containsExactly(THURSDAY_2PM, LocalDateTime.of(2027, 1, 7, 14, 0), LocalDateTime.of(2027, 2, 4, 14, 0));
		assertThat(Recurrence.parse("FREQ=MONTHLY;BYDAY=-1FR;COUNT=2").starts(LocalDateTime.of(2026, 12, 25, 10, 0), FAR))
			.containsExactly(LocalDateTime.of(2026, 12, 25, 10, 0), LocalDateTime.of(2027, 1, 29, 10, 0));
	}

	@Test
	void aUtcUntilIsReadInDutchTime() {
		// 2026-12-17T13:30Z is 14:30 in Amsterdam, so the 14:00 meeting that day still happens.
		assertThat(Recurrence.parse("FREQ=WEEKLY;UNTIL=20261217T133000Z").starts(THURSDAY_2PM, FAR)).hasSize(3);
	}

	@Test
	void theWindowEndStopsAnEndlessRule() {
		assertThat(Recurrence.parse("FREQ=DAILY").starts(THURSDAY_2PM, THURSDAY_2PM.plusDays(10))).hasSize(10);
	}

	@ParameterizedTest
	@ValueSource(strings = { "FREQ=YEARLY", "FREQ=WEEKLY;BYDAY=XX", "FREQ=WEEKLY;BYHOUR=9", "FREQ=WEEKLY;BYDAY=1TH",
			"FREQ=DAILY;COUNT=0", "FREQ=DAILY;UNTIL=tomorrow", "FREQ=DAILY;FREQ=WEEKLY", "BYDAY=MO" })
	void refusesWhatItCannotReadFaithfully(String rule) {
		assertThatThrownBy(() -> Recurrence.parse(rule)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theCalendarFeedIsValidICalendar() {
		var event = new Event(UUID.fromString("00000000-0000-0000-0000-000000000001"), UUID.randomUUID(), null,
				"taalcafe", "Taalcafé; praat mee, oefen Nederlands", "Language café", "Gratis koffie en thee.", null,
				THURSDAY_2PM, THURSDAY_2PM.plusHours(2), "FREQ=WEEKLY;BYDAY=TH", List.of("taal"), true);
		String ics = ICalendar.write("Schakel agenda",
				List.of(new Event.Occurrence(event, "Buurthuis De Demo", "Hoofdstraat 1, Tiel", THURSDAY_2PM,
						THURSDAY_2PM.plusHours(2))),
				false, Instant.parse("2026-11-25T09:00:00Z"));
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
			.contains("TZID:Europe/Amsterdam")
			.contains("DTSTART;TZID=Europe/Amsterdam:20261203T140000\r\n")
			.contains("RRULE:FREQ=WEEKLY;BYDAY=TH\r\n")
			.contains("SUMMARY:Taalcafé\\; praat mee\\, oefen Nederlands")
			.contains("UID:00000000-0000-0000-0000-000000000001@schakel")
			.contains("DTSTAMP:20261125T090000Z");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
	}

}
