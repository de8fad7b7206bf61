// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The part of RFC 5545 recurrence that meetings of the sociale basis use: FREQ DAILY, WEEKLY or MONTHLY, with
 * INTERVAL, BYDAY (weekdays, or "1TH"/"-1FR" for a weekday of the month), COUNT and UNTIL. Anything else is refused,
 * so that no rule is silently misread.
 */
record Recurrence(String freq, int interval, List<DayOfWeek> days, List<Integer> ordinals, @Nullable Integer count,
		@Nullable LocalDateTime until) {

	private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY, "WE",
			DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY, "SU",
			DayOfWeek.SUNDAY);

	static final int MAX_OCCURRENCES = 1000;

	static Recurrence parse(String rule) {
		Map<String, String> parts = new LinkedHashMap<>();
		for (String part : rule.split(";")) {
			String[] kv = part.split("=", 2);
			if (kv.length != 2 || parts.put(kv[0], kv[1]) != null) {
				throw new IllegalArgumentException("malformed RRULE");
			}
		}
		String freq = parts.remove("FREQ");
		if (freq == null || !List.of("DAILY", "WEEKLY", "MONTHLY").contains(freq)) {
			throw new IllegalArgumentException("RRULE FREQ must be DAILY, WEEKLY or MONTHLY");
		}
		int interval = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
		parts.remove("INTERVAL");
		if (interval < 1 || interval > 52) {
			throw new IllegalArgumentException("RRULE INTERVAL must be 1 to 52");
		}
		List<DayOfWeek> days = new ArrayList<>();
		List<Integer> ordinals = new ArrayList<>();
		String byDay = parts.remove("BYDAY");
		if (byDay != null) {
			for (String day : byDay.split(",")) {
				String code = day.substring(Math.max(0, day.length() - 2));
				DayOfWeek dayOfWeek = DAYS.get(code);
				if (dayOfWeek == null) {
					throw new IllegalArgumentException("RRULE BYDAY has an unknown day");
				}
				String ordinal = day.substring(0, day.length() - 2);
				if (!ordinal.isEmpty() && !"MONTHLY".equals(freq)) {
					throw new IllegalArgumentException("RRULE BYDAY with a number only goes with FREQ=MONTHLY");
				}
				days.add(dayOfWeek);
				ordinals.add(ordinal.isEmpty() ? 0 : Integer.parseInt(ordinal.replace("+", "")));
			}
		}
		Integer count = parts.containsKey("COUNT") ? Integer.valueOf(parts.remove("COUNT")) : null;
		LocalDateTime until = parts.containsKey("UNTIL") ? until(parts.remove("UNTIL")) : null;
		if (!parts.isEmpty()) {
			throw new IllegalArgumentException("RRULE has parts Schakel does not support: " + parts.keySet());
		}
		if (count != null && (count < 1 || count > MAX_OCCURRENCES)) {
			throw new IllegalArgumentException("RRULE COUNT must be 1 to " + MAX_OCCURRENCES);
		}
		return new Recurrence(freq, interval, days, ordinals, count, until);
	}

	/** UNTIL as a date, or a UTC date-time (converted to Dutch local time). */
	private static LocalDateTime until(String value) {
		if (value.matches("\\d{8}")) {
			return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE).atTime(23, 59, 59);
		}
		if (value.matches("\\d{8}T\\d{6}Z")) {
			return LocalDateTime.parse(value.substring(0, 15), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
				.atOffset(ZoneOffset.UTC)
				.atZoneSameInstant(ZoneId.of("Europe/Amsterdam"))
				.toLocalDateTime();
		}
		throw new IllegalArgumentException("RRULE UNTIL must be a date or a UTC date-time");
	}

	/** The starts of all occurrences from {@code first} that begin before {@code windowEnd}. */
	List<LocalDateTime> starts(LocalDateTime first, LocalDateTime windowEnd) {
		List<LocalDateTime> starts = new ArrayList<>();
		LocalDateTime period = first;
		int produced = 0;
		for (int step = 0; step < 5000 && starts.size() < MAX_OCCURRENCES; step++) {
			for (LocalDateTime candidate : candidates(period, first)) {
				if (candidate.isBefore(first)) {
					continue;
				}
				if ((until != null && candidate.isAfter(until)) || (count != null && produced >= count)
						|| !candidate.isBefore(windowEnd)) {
					return starts;
				}
				starts.add(candidate);
				produced++;
			}
			period = switch (freq) {
				case "DAILY" -> period.plusDays(interval);
				case "WEEKLY" -> period.plusWeeks(interval);
				default -> period.plusMonths(interval);
			};
		}
		return starts;
	}

	private List<LocalDateTime> candidates(LocalDateTime period, LocalDateTime first) {
		if (days.isEmpty()) {
			return List.of("MONTHLY".equals(freq) ? period.withDayOfMonth(Math.min(first.getDayOfMonth(),
					period.toLocalDate().lengthOfMonth())) : period);
		}
		List<LocalDateTime> result = new ArrayList<>();
		if ("WEEKLY".equals(freq)) {
			LocalDateTime monday = period.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			for (DayOfWeek day : days.stream().sorted().toList()) {
				result.add(monday.with(TemporalAdjusters.nextOrSame(day)));
			}
		}
		else if ("MONTHLY".equals(freq)) {
			for (int i = 0; i < days.size(); i++) {
				int ordinal = ordinals.get(i);
				if (ordinal == 0) {
					// Without a number, BYDAY in a monthly rule means every such weekday of the month (RFC 5545).
					for (LocalDateTime d = period.with(TemporalAdjusters.firstInMonth(days.get(i)));
							d.getMonth() == period.getMonth(); d = d.plusWeeks(1)) {
						result.add(d);
					}
					continue;
				}
				LocalDateTime inMonth = ordinal > 0 ? period.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, days.get(i)))
						: period.with(TemporalAdjusters.lastInMonth(days.get(i))).minusWeeks(-ordinal - 1);
				if (inMonth.getMonth() == period.getMonth()) {
					result.add(inMonth);
				}
			}
			result.sort(null);
		}
		else {
			if (days.contains(period.getDayOfWeek())) {
				result.add(period);
			}
		}
		return result;
	}

}
