// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A live meeting of an organisation (spreekuur, inloop, themabijeenkomst, taalcafé, regelingenmarkt), once or
 * recurring by an iCalendar RRULE. Times are local Dutch time.
 */
public record Event(UUID id, UUID organizationId, @Nullable UUID locationId, String kind, String titleNl,
		@Nullable String titleEn, String descriptionNl, @Nullable String descriptionEn, LocalDateTime startsAt,
		LocalDateTime endsAt, @Nullable String rrule, List<String> needCodes, boolean free) {

	public static final Set<String> KINDS = Set.of("spreekuur", "inloop", "themabijeenkomst", "taalcafe",
			"regelingenmarkt");

	public Event {
		needCodes = List.copyOf(needCodes);
		if (!KINDS.contains(kind)) {
			throw new IllegalArgumentException("unknown kind of event");
		}
		if (!endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("an event ends after it starts");
		}
		if (rrule != null) {
			Recurrence.parse(rrule);
		}
	}

	/** One occurrence of an event, for lists and calendars. */
	public record Occurrence(Event event, String organizationName, @Nullable String place, LocalDateTime start,
			LocalDateTime end) {
	}

}
