// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The query parameters of the HSDS 3.0 API's list endpoints, as the Open Referral OpenAPI names them. Every filter is
 * optional. {@code rankedIds} holds the result of a full-text {@code search}, best first: when set, only those
 * records are listed, in that order. {@code near} is the {@code proximity} filter: a point and a distance in metres.
 */
public record HsdsQuery(int page, int perPage, @Nullable List<UUID> rankedIds, @Nullable UUID organizationId,
		@Nullable UUID taxonomyTermId, @Nullable UUID taxonomyId, @Nullable Instant modifiedAfter,
		@Nullable String postcodeArea, @Nullable Near near) {

	public HsdsQuery {
		if (page < 1 || perPage < 1) {
			throw new IllegalArgumentException("page and per_page start at 1");
		}
		rankedIds = rankedIds == null ? null : List.copyOf(rankedIds);
		if (postcodeArea != null && !postcodeArea.matches("[1-9][0-9]{3}")) {
			throw new IllegalArgumentException("a postcode area is four digits");
		}
	}

	public static HsdsQuery page(int page, int perPage) {
		return new HsdsQuery(page, perPage, null, null, null, null, null, null, null);
	}

	/** A point and a distance in metres. */
	public record Near(double latitude, double longitude, int metres) {

		public Near {
			if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || metres < 1 || metres > 500_000) {
				throw new IllegalArgumentException("proximity is 1 to 500,000 metres from a point on the globe");
			}
		}

	}

}
