// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Weekly opening hours as HSDS schedules ({@code freq WEEKLY}, {@code byday}, {@code opens_at}, {@code closes_at},
 * {@code valid_from}, {@code valid_to}), as an owner types them in rows of a form. Rows that make no sense (no day,
 * closing before opening, an end before the start) or that overlap another row are refused, with the row and field.
 */
public final class OpeningHours {

	/**
	 * One row of the form, as typed; empty strings for empty fields. {@code place} is the location the hours are for
	 * (HSDS {@code location_id}), or null when they hold at every location of the service.
	 */
	public record Row(@Nullable String id, @Nullable String place, Set<DayOfWeek> days, String opens, String closes,
			String validFrom, String validTo) {

		boolean blank() {
			return days.isEmpty() && opens.isBlank() && closes.isBlank() && validFrom.isBlank() && validTo.isBlank();
		}

	}

	/** What is wrong, where: the row (from 0), the form field and a message key. */
	public record Problem(int row, String field, String code, int otherRow) {
	}

	private static final Map<DayOfWeek, String> CODES = new LinkedHashMap<>();

	static {
		for (DayOfWeek day : DayOfWeek.values()) {
			CODES.put(day, day.name().substring(0, 2));
		}
	}

	private OpeningHours() {
	}

	/** The weekly schedules of a service as rows; other schedules are not shown and are kept as they are. */
	public static List<Row> rows(JsonNode service) {
		List<Row> rows = new ArrayList<>();
		for (JsonNode schedule : service.path("schedules")) {
			if (weekly(schedule)) {
				Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
				for (String code : schedule.get("byday").asString().split(",")) {
					CODES.entrySet().stream().filter(e -> e.getValue().equals(code.strip())).forEach(e -> days.add(e.getKey()));
				}
				rows.add(new Row(schedule.path("id").asString(null), schedule.path("location_id").asString(null), days,
						schedule.path("opens_at").asString(""),
						schedule.path("closes_at").asString(""), schedule.path("valid_from").asString(""),
						schedule.path("valid_to").asString("")));
			}
		}
		return rows;
	}

	public static List<Problem> problems(List<Row> rows) {
		List<Problem> problems = new ArrayList<>();
		List<Parsed> parsed = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (row.blank()) {
				parsed.add(null);
				continue;
			}
			int before = problems.size();
			if (row.days().isEmpty()) {
				problems.add(new Problem(i, "dag-" + i + "-MO", "hours.error.days", -1));
			}
			LocalTime opens = time(row.opens());
			LocalTime closes = time(row.closes());
			if (opens == null) {
				problems.add(new Problem(i, "open-" + i, "hours.error.time", -1));
			}
			if (closes == null) {
				problems.add(new Problem(i, "dicht-" + i, "hours.error.time", -1));
			}
			if (opens != null && closes != null && !closes.isAfter(opens)) {
				problems.add(new Problem(i, "dicht-" + i, "hours.error.order", -1));
			}
			LocalDate from = date(row.validFrom());
			LocalDate to = date(row.validTo());
			if (!row.validFrom().isBlank() && from == null) {
				problems.add(new Problem(i, "vanaf-" + i, "hours.error.date", -1));
			}
			if (!row.validTo().isBlank() && to == null) {
				problems.add(new Problem(i, "tot-" + i, "hours.error.date", -1));
			}
			if (from != null && to != null && to.isBefore(from)) {
				problems.add(new Problem(i, "tot-" + i, "hours.error.dates", -1));
			}
			parsed.add(problems.size() == before
					? new Parsed(row.place(), row.days(), opens, closes, from == null ? LocalDate.MIN : from,
							to == null ? LocalDate.MAX : to)
					: null);
		}
		for (int i = 0; i < parsed.size(); i++) {
			for (int j = 0; j < i; j++) {
				if (parsed.get(i) != null && parsed.get(j) != null && parsed.get(i).overlaps(parsed.get(j))) {
					problems.add(new Problem(i, "open-" + i, "hours.error.overlap", j + 1));
					break;
				}
			}
		}
		return problems;
	}

	/**
	 * Replaces the weekly schedules of a service by the rows (which must have no problems), keeping its other
	 * schedules and what else a kept schedule says (its location, notes). Descriptions are written anew in Dutch, so
	 * the text residents read matches the times; {@code placeNames} names the locations (id to name).
	 */
	public static void apply(ObjectNode service, List<Row> rows, Map<String, String> placeNames) {
		if (!problems(rows).isEmpty()) {
			throw new IllegalArgumentException("opening hours with problems");
		}
		ArrayNode schedules = JsonNodeFactory.instance.arrayNode();
		Map<String, ObjectNode> kept = new LinkedHashMap<>();
		for (JsonNode schedule : service.path("schedules")) {
			if (!weekly(schedule)) {
				schedules.add(schedule);
			}
			else if (schedule.isObject()) {
				kept.put(schedule.path("id").asString(""), (ObjectNode) schedule);
			}
		}
		for (Row row : rows) {
			if (row.blank()) {
				continue;
			}
			ObjectNode before = row.id() == null ? null : kept.get(row.id());
			ObjectNode schedule = before == null ? JsonNodeFactory.instance.objectNode() : before.deepCopy();
			schedules.add(schedule);
			schedule.remove("valid_from");
			schedule.remove("valid_to");
			schedule.put("id", before != null && uuid(row.id()) ? row.id() : UUID.randomUUID().toString());
			schedule.put("service_id", service.get("id").asString());
			schedule.put("freq", "WEEKLY");
			schedule.put("byday", String.join(",", row.days().stream().sorted().map(CODES::get).toList()));
			schedule.put("opens_at", time(row.opens()).toString());
			schedule.put("closes_at", time(row.closes()).toString());
			if (!row.validFrom().isBlank()) {
				schedule.put("valid_from", row.validFrom().strip());
			}
			if (!row.validTo().isBlank()) {
				schedule.put("valid_to", row.validTo().strip());
			}
			schedule.put("description", describe(row, Locale.of("nl"), place(row, placeNames)));
		}
		if (schedules.isEmpty()) {
			service.remove("schedules");
		}
		else {
			service.set("schedules", schedules);
		}
	}

	/**
	 * "Dinsdag en donderdag van 10.00 tot 17.00 uur" or "Tuesday and Thursday from 10:00 to 17:00"; for hours at
	 * one location of several, "Buurthuis De Ark: dinsdag ...".
	 */
	static String describe(Row row, Locale locale, @Nullable String place) {
		boolean dutch = "nl".equals(locale.getLanguage());
		List<String> names = row.days()
			.stream()
			.sorted()
			.map(d -> d.getDisplayName(TextStyle.FULL, locale))
			.toList();
		String and = dutch ? " en " : " and ";
		String days = names.size() == 1 ? names.getFirst()
				: String.join(", ", names.subList(0, names.size() - 1)) + and + names.getLast();
		days = place == null ? days.substring(0, 1).toUpperCase(locale) + days.substring(1) : place + ": " + days;
		String opens = time(row.opens()).toString();
		String closes = time(row.closes()).toString();
		String text = dutch ? days + " van " + opens.replace(':', '.') + " tot " + closes.replace(':', '.') + " uur"
				: days + " from " + opens + " to " + closes;
		if (!row.validFrom().isBlank()) {
			text += (dutch ? ", vanaf " : ", from ") + row.validFrom().strip();
		}
		if (!row.validTo().isBlank()) {
			text += (dutch ? ", tot en met " : ", until ") + row.validTo().strip();
		}
		return text;
	}

	/** English descriptions of the weekly schedules of a service, by schedule id, for the translation table. */
	static Map<UUID, Map<String, String>> englishDescriptions(JsonNode service, Map<String, String> placeNames) {
		Map<UUID, Map<String, String>> texts = new LinkedHashMap<>();
		for (Row row : rows(service)) {
			if (uuid(row.id()) && problems(List.of(row)).isEmpty()) {
				texts.put(UUID.fromString(row.id()),
						Map.of("description", describe(row, Locale.ENGLISH, place(row, placeNames))));
			}
		}
		return texts;
	}

	/** Locations by id, named by their name or else their first street address, for descriptions and the form. */
	public static Map<String, String> placeNames(List<? extends JsonNode> locations) {
		Map<String, String> names = new LinkedHashMap<>();
		for (JsonNode location : locations) {
			String name = location.path("name").asString("");
			names.put(location.path("id").asString(""),
					name.isBlank() ? location.path("addresses").path(0).path("address_1").asString("") : name);
		}
		return names;
	}

	private static @Nullable String place(Row row, Map<String, String> placeNames) {
		return row.place() == null ? null : placeNames.get(row.place());
	}

	private static boolean uuid(@Nullable String id) {
		return id != null && id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	}

	private static boolean weekly(JsonNode schedule) {
		return "WEEKLY".equals(schedule.path("freq").asString("")) && schedule.hasNonNull("byday");
	}

	private static @Nullable LocalTime time(String text) {
		try {
			String typed = text.strip().replace('.', ':');
			return typed.isEmpty() ? null : LocalTime.parse(typed.matches("[0-9]:[0-9]{2}") ? "0" + typed : typed);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable LocalDate date(String text) {
		try {
			return text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private record Parsed(@Nullable String place, Set<DayOfWeek> days, LocalTime opens, LocalTime closes,
			LocalDate from, LocalDate to) {

		/** Hours at two different locations never clash; hours for every location clash with any. */
		boolean overlaps(Parsed other) {
			if (place != null && other.place != null && !place.equals(other.place)) {
				return false;
			}
			boolean sharesDay = days.stream().anyMatch(other.days::contains);
			boolean sharesTime = opens.isBefore(other.closes) && other.opens.isBefore(closes);
			boolean sharesDates = !from.isAfter(other.to) && !other.from.isAfter(to);
			return sharesDay && sharesTime && sharesDates;
		}

	}

}
