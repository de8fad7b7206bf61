// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.region;

import java.util.List;

/**
 * Where a postcode puts a resident: in exactly one served municipality, in one of several (a postcode area that
 * straddles a border: the resident chooses), or outside the region this installation serves.
 */
public sealed interface Placement {

	record Placed(Municipality municipality) implements Placement {
	}

	record Ambiguous(List<Municipality> candidates) implements Placement {
	}

	record OutsideRegion() implements Placement {
	}

}
