// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes events as an RFC 5545 calendar that phones and agenda programs subscribe to. Local times carry the
 * Europe/Amsterdam time zone (with its daylight-saving rules), so recurring meetings keep their hour all year.
 */
public final class ICalendar {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final String TIME_ZONE = """
			BEGIN:VTIMEZONE\r
			TZID:Europe/Amsterdam\r
			BEGIN:DAYLIGHT\r
			TZOFFSETFROM:+0100\r
			TZOFFSETTO:+0200\r
			TZNAME:CEST\r
			DTSTART:19700329T020000\r
			RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
			END:DAYLIGHT\r
			BEGIN:STANDARD\r
			TZOFFSETFROM:+0200\r
			TZOFFSETTO:+0100\r
			TZNAME:CET\r
			DTSTART:19701025T030000\r
			RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
			END:STANDARD\r
			END:VTIMEZONE\r
			""";

	private ICalendar() {
	}

	/** The calendar; {@code english} chooses the English titles where there are. */
	public static String write(String name, List<Event.Occurrence> events, boolean english, Instant now) {
		var out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Schakel//Sociale kaart//NL");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "X-WR-CALNAME:" + escape(name));
		line(out, "X-WR-TIMEZONE:Europe/Amsterdam");
		out.append(TIME_ZONE);
		String stamp = LocalDateTime.ofInstant(now, ZoneOffset.UTC).format(LOCAL) + "Z";
		for (Event.Occurrence occurrence : events) {
			Event event = occurrence.event();
			String title = english && event.titleEn() != null ? event.titleEn() : event.titleNl();
			String description = english && event.descriptionEn() != null ? event.descriptionEn() : event.descriptionNl();
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + event.id() + "@schakel");
			line(out, "DTSTAMP:" + stamp);
			line(out, "DTSTART;TZID=Europe/Amsterdam:" + event.startsAt().format(LOCAL));
			line(out, "DTEND;TZID=Europe/Amsterdam:" + event.endsAt().format(LOCAL));
			if (event.rrule() != null) {
				line(out, "RRULE:" + event.rrule());
			}
			line(out, "SUMMARY:" + escape(title));
			line(out, "DESCRIPTION:" + escape(description + "\n" + occurrence.organizationName()));
			if (occurrence.place() != null) {
				line(out, "LOCATION:" + escape(occurrence.place()));
			}
			line(out, "CATEGORIES:" + escape(event.kind()));
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/** Appends a content line folded at 75 octets (RFC 5545 section 3.1), without splitting a UTF-8 character. */
	private static void line(StringBuilder out, String content) {
		var bytes = 0;
		var current = new StringBuilder();
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
			if (bytes + size > 75) {
				out.append(current).append("\r\n ");
				current.setLength(0);
				bytes = 1;
			}
			current.appendCodePoint(codePoint);
			bytes += size;
			i += Character.charCount(codePoint);
		}
		out.append(current).append("\r\n");
	}

}
