// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import java.util.UUID;

/** Identifies an organisation. */
public record OrganisationId(UUID value) {

	public static OrganisationId random() {
		return new OrganisationId(UUID.randomUUID());
	}

	public static OrganisationId parse(String text) {
		return new OrganisationId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
