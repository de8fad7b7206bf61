// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One page of hits, the total, and per facet the number of matching services per value. When a search matches very
 * many services, the total and the counts are {@code estimated} from the first part of the matches; the page of hits
 * is always the best of all matches.
 */
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets, boolean estimated) {

	public SearchResult(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
		this(total, hits, facets, false);
	}

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
