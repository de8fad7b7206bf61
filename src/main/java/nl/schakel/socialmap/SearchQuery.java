// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a resident or professional looks for. Every filter is optional; {@code referenceDate} decides what counts as
 * recently verified, so results do not depend on the day the test runs. {@code termCodes} are all required: needs,
 * target groups, next steps ("stap.binnenlopen") and accessibility ("toegang.rolstoel") alike. {@code postcodeAreas}
 * limits results to places in these four-digit postcode areas (a neighbourhood).
 */
public record SearchQuery(@Nullable String text, Set<String> termCodes, @Nullable String municipalityCode,
		Set<Integer> postcodeAreas, @Nullable String language, boolean freeOnly, @Nullable Near near,
		@Nullable DayOfWeek openOn, @Nullable LocalTime openAt, LocalDate referenceDate, int page, int size) {

	public SearchQuery {
		termCodes = Set.copyOf(termCodes);
		postcodeAreas = Set.copyOf(postcodeAreas);
		if (page < 1 || size < 1 || size > 100) {
			throw new IllegalArgumentException("page starts at 1 and size is 1 to 100");
		}
		if (text != null && text.length() > 200) {
			throw new IllegalArgumentException("a search text has at most 200 characters");
		}
		if (openAt != null && openOn == null) {
			throw new IllegalArgumentException("a time of day needs a day");
		}
	}

	public static SearchQuery forText(@Nullable String text, LocalDate referenceDate) {
		return builder(referenceDate).text(text).build();
	}

	public static Builder builder(LocalDate referenceDate) {
		return new Builder(referenceDate);
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

	/** Builds a query filter by filter; unset filters do not filter. */
	public static final class Builder {

		private @Nullable String text;

		private final Set<String> termCodes = new LinkedHashSet<>();

		private @Nullable String municipalityCode;

		private Set<Integer> postcodeAreas = Set.of();

		private @Nullable String language;

		private boolean freeOnly;

		private @Nullable Near near;

		private @Nullable DayOfWeek openOn;

		private @Nullable LocalTime openAt;

		private final LocalDate referenceDate;

		private int page = 1;

		private int size = 20;

		private Builder(LocalDate referenceDate) {
			this.referenceDate = referenceDate;
		}

		public Builder text(@Nullable String text) {
			this.text = text == null || text.isBlank() ? null : text;
			return this;
		}

		public Builder term(String code) {
			termCodes.add(code);
			return this;
		}

		public Builder municipality(@Nullable String code) {
			this.municipalityCode = code;
			return this;
		}

		public Builder postcodeAreas(Set<Integer> areas) {
			this.postcodeAreas = areas;
			return this;
		}

		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		public Builder freeOnly(boolean freeOnly) {
			this.freeOnly = freeOnly;
			return this;
		}

		public Builder near(@Nullable Near near) {
			this.near = near;
			return this;
		}

		public Builder openOn(@Nullable DayOfWeek day, @Nullable LocalTime at) {
			this.openOn = day;
			this.openAt = at;
			return this;
		}

		public Builder page(int page, int size) {
			this.page = page;
			this.size = size;
			return this;
		}

		public SearchQuery build() {
			return new SearchQuery(text, termCodes, municipalityCode, postcodeAreas, language, freeOnly, near, openOn,
					openAt, referenceDate, page, size);
		}

	}

}
