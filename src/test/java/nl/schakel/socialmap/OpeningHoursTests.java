// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import nl.schakel.socialmap.OpeningHours.Problem;
import nl.schakel.socialmap.OpeningHours.Row;

/** Opening hours as owners type them: sensible rows become HSDS schedules, nonsense and overlaps are refused. */
class OpeningHoursTests {

	private static Row row(String opens, String closes, String from, String to, DayOfWeek... days) {
		Set<DayOfWeek> set = days.length == 0 ? Set.of() : EnumSet.of(days[0], days);
		return new Row(null, null, set, opens, closes, from, to);
	}

	private static List<String> codes(Row... rows) {
		return OpeningHours.problems(List.of(rows)).stream().map(Problem::code).toList();
	}

	@Test
	void sensibleRowsHaveNoProblemsAndBlankRowsAreIgnored() {
		assertThat(codes(row("09:00", "12:00", "", "", DayOfWeek.MONDAY), row("13:00", "17:00", "", "", DayOfWeek.MONDAY),
				row("", "", "", ""))).isEmpty();
		assertThat(codes(row("9:00", "9.30", "", "", DayOfWeek.FRIDAY))).as("a single-digit hour and a dot are fine")
			.isEmpty();
	}

	@Test
	void nonsenseTimesAndDatesAreRefusedWithTheirField() {
		assertThat(codes(row("12:00", "09:00", "", "", DayOfWeek.MONDAY))).containsExactly("hours.error.order");
		assertThat(codes(row("10:00", "10:00", "", "", DayOfWeek.MONDAY))).containsExactly("hours.error.order");
		assertThat(codes(row("25:00", "", "", "", DayOfWeek.MONDAY))).containsExactly("hours.error.time", "hours.error.time");
		assertThat(codes(row("09:00", "10:00", "", ""))).containsExactly("hours.error.days");
		assertThat(codes(row("09:00", "10:00", "2027-13-01", "", DayOfWeek.MONDAY))).containsExactly("hours.error.date");
		assertThat(codes(row("09:00", "10:00", "2027-02-01", "2027-01-31", DayOfWeek.MONDAY)))
			.containsExactly("hours.error.dates");
		assertThat(OpeningHours.problems(List.of(row("12:00", "09:00", "", "", DayOfWeek.MONDAY))).getFirst().field())
			.isEqualTo("dicht-0");
	}

	@Test
	void overlapsNeedASharedDayTimeAndPeriod() {
		assertThat(codes(row("09:00", "12:00", "", "", DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
				row("11:00", "13:00", "", "", DayOfWeek.TUESDAY))).containsExactly("hours.error.overlap");
		assertThat(OpeningHours.problems(List.of(row("09:00", "12:00", "", "", DayOfWeek.TUESDAY),
				row("11:00", "13:00", "", "", DayOfWeek.TUESDAY))).getFirst().otherRow()).isOne();
		assertThat(codes(row("09:00", "12:00", "", "", DayOfWeek.MONDAY), row("12:00", "13:00", "", "", DayOfWeek.MONDAY)))
			.as("one closes when the next opens").isEmpty();
		assertThat(codes(row("09:00", "12:00", "", "", DayOfWeek.MONDAY), row("09:00", "12:00", "", "", DayOfWeek.FRIDAY)))
			.isEmpty();
		assertThat(codes(row("09:00", "12:00", "", "2026-12-31", DayOfWeek.MONDAY),
				row("09:00", "12:00", "2027-01-01", "", DayOfWeek.MONDAY))).as("winter and summer hours").isEmpty();
		assertThat(codes(row("09:00", "12:00", "", "2027-01-01", DayOfWeek.MONDAY),
				row("10:00", "11:00", "2027-01-01", "", DayOfWeek.MONDAY))).containsExactly("hours.error.overlap");
	}

	@Test
	void theSameHoursAtTwoLocationsDoNotOverlapButHoursForEveryLocationDo() {
		Row east = new Row(null, "c7becef9-1ae8-5523-85a7-fa7aca3cfdae", Set.of(DayOfWeek.TUESDAY), "13:00", "16:00", "", "");
		Row malden = new Row(null, "ef0d45ab-23c3-538f-a88a-35b803398907", Set.of(DayOfWeek.TUESDAY), "13:00", "16:00", "",
				"");
		assertThat(codes(east, malden)).isEmpty();
		assertThat(codes(east, malden, row("15:00", "17:00", "", "", DayOfWeek.TUESDAY))).containsExactly("hours.error.overlap");
	}

	@Test
	void rowsBecomeWeeklyHsdsSchedulesAndOtherSchedulesAreKept() {
		JsonMapper json = JsonMapper.builder().build();
		ObjectNode service = json.createObjectNode();
		service.put("id", "5cbcf18a-246e-5d8d-9b15-1411d6ce9c41");
		ObjectNode monthly = service.putArray("schedules").addObject();
		monthly.put("id", "8275fdc2-bb27-5b3a-a919-fd4e95ad3f66");
		monthly.put("freq", "MONTHLY");
		monthly.put("description", "Elke eerste maandag");
		ObjectNode atLocation = ((tools.jackson.databind.node.ArrayNode) service.get("schedules")).addObject();
		atLocation.put("id", "1040f250-9e27-59f6-81bc-f0edfb34915d");
		atLocation.put("freq", "WEEKLY");
		atLocation.put("byday", "TU");
		atLocation.put("location_id", "c7becef9-1ae8-5523-85a7-fa7aca3cfdae");
		atLocation.put("service_at_location_id", "d2c25689-a562-54fd-9544-133aa73e196e");
		Row kept = OpeningHours.rows(service).getFirst();
		Row changed = new Row(kept.id(), kept.place(), Set.of(DayOfWeek.WEDNESDAY), "13:00", "16:00", "", "");
		OpeningHours.apply(service, List.of(changed,
				row("9:30", "12:00", "2027-01-01", "", DayOfWeek.THURSDAY, DayOfWeek.TUESDAY), row("", "", "", "")),
				java.util.Map.of("c7becef9-1ae8-5523-85a7-fa7aca3cfdae", "Buurthuis Oost"));
		assertThat(service.get("schedules")).hasSize(3);
		ObjectNode moved = (ObjectNode) service.get("schedules").get(1);
		assertThat(moved.get("id").asString()).isEqualTo("1040f250-9e27-59f6-81bc-f0edfb34915d");
		assertThat(moved.get("service_at_location_id").asString()).isEqualTo("d2c25689-a562-54fd-9544-133aa73e196e");
		assertThat(moved.get("description").asString()).isEqualTo("Buurthuis Oost: woensdag van 13.00 tot 16.00 uur");
		ObjectNode weekly = (ObjectNode) service.get("schedules").get(2);
		assertThat(weekly.get("byday").asString()).isEqualTo("TU,TH");
		assertThat(weekly.get("opens_at").asString()).isEqualTo("09:30");
		assertThat(weekly.get("valid_from").asString()).isEqualTo("2027-01-01");
		assertThat(weekly.get("description").asString())
			.isEqualTo("Dinsdag en donderdag van 09.30 tot 12.00 uur, vanaf 2027-01-01");
		assertThat(OpeningHours.rows(service)).hasSize(2);
		assertThat(OpeningHours.describe(OpeningHours.rows(service).get(1), Locale.ENGLISH, null))
			.isEqualTo("Tuesday and Thursday from 09:30 to 12:00, from 2027-01-01");
		assertThatThrownBy(() -> OpeningHours.apply(service, List.of(row("12:00", "09:00", "", "", DayOfWeek.MONDAY)),
				java.util.Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
