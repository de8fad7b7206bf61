// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import java.util.UUID;

/** Identifies a machine-to-machine client of an organisation. */
public record ApiClientId(UUID value) {

	public static ApiClientId random() {
		return new ApiClientId(UUID.randomUUID());
	}

	public static ApiClientId parse(String text) {
		return new ApiClientId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
