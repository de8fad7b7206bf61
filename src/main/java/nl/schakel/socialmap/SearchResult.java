// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One page of hits, the total, and per facet the number of matching services per value. */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {

	/**
	 * A matching service, with the distance to the searcher's point when one was given, and the points where it is
	 * offered (for the map view).
	 */
	public record Hit(UUID serviceId, String name, String organizationName, float score, @Nullable Double distanceKm,
			List<Point> points) {

		public Hit {
			points = List.copyOf(points);
		}

	}

	/** A place on the globe, in WGS84 degrees. */
	public record Point(double latitude, double longitude) {
	}

}
