// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a resident or professional looks for. Every filter is optional; {@code referenceDate} decides what counts as
 * recently verified, so results do not depend on the day the test runs.
 */
public record SearchQuery(@Nullable String text, Set<String> termCodes, @Nullable String municipalityCode,
		@Nullable String language, boolean freeOnly, @Nullable Near near, @Nullable DayOfWeek openOn,
		@Nullable LocalTime openAt, LocalDate referenceDate, int page, int size) {

	public SearchQuery {
		termCodes = Set.copyOf(termCodes);
		if (page < 1 || size < 1 || size > 100) {
			throw new IllegalArgumentException("page starts at 1 and size is 1 to 100");
		}
		if (text != null && text.length() > 200) {
			throw new IllegalArgumentException("a search text has at most 200 characters");
		}
	}

	public static SearchQuery forText(@Nullable String text, LocalDate referenceDate) {
		return new SearchQuery(text, Set.of(), null, null, false, null, null, null, referenceDate, 1, 20);
	}

	/** A point and a radius; results are ranked nearer first among equally relevant ones. */
	public record Near(double latitude, double longitude, double radiusKm) {

		public Near {
			if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
				throw new IllegalArgumentException("coordinates are not on the globe");
			}
			if (radiusKm <= 0 || radiusKm > 500) {
				throw new IllegalArgumentException("the radius is between 0 and 500 km");
			}
		}

	}

}
