// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A service as the search index needs it: flat, with the texts in Dutch (and English where translated), the
 * taxonomy codes it carries, where it is offered and when it is open.
 */
public record ServiceListing(UUID id, String name, String description, String organizationName,
		@Nullable String nameEn, @Nullable String descriptionEn, Set<String> termCodes, List<String> termWords,
		Set<String> languages, boolean free, List<Place> places, List<Opening> openings,
		@Nullable LocalDate lastVerified, boolean active) {

	public ServiceListing {
		termCodes = Set.copyOf(termCodes);
		termWords = List.copyOf(termWords);
		languages = Set.copyOf(languages);
		places = List.copyOf(places);
		openings = List.copyOf(openings);
	}

	/** A location where the service is offered; coordinates only when they are known and on the globe. */
	public record Place(UUID locationId, @Nullable Double latitude, @Nullable Double longitude,
			@Nullable String postcode, @Nullable String municipalityCode) {
	}

	/** A weekly opening period. */
	public record Opening(DayOfWeek day, LocalTime opens, LocalTime closes) {

		/** Minutes since Monday 00:00, the unit the index stores opening periods in. */
		public int startMinuteOfWeek() {
			return (day.getValue() - 1) * 24 * 60 + opens.getHour() * 60 + opens.getMinute();
		}

		public int endMinuteOfWeek() {
			return (day.getValue() - 1) * 24 * 60 + closes.getHour() * 60 + closes.getMinute();
		}

	}

}
