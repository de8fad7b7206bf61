// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.util.Set;
import java.util.UUID;

/** Services whose listing changed (their own document, their organisation or a location); ids only. */
public record ListingsChanged(Set<UUID> serviceIds) {

	public ListingsChanged {
		serviceIds = Set.copyOf(serviceIds);
	}

}
