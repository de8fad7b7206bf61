// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

/**
 * What a member may do for their organisation. Municipal staff and curators belong to a municipality organisation;
 * the others to any organisation.
 */
public enum Role {

	VOLUNTEER, PROFESSIONAL, ORGANISATION_ADMIN, MUNICIPAL_STAFF, CURATOR;

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean allowedIn(OrganisationKind kind) {
		return switch (this) {
			case MUNICIPAL_STAFF, CURATOR -> kind == OrganisationKind.MUNICIPALITY;
			default -> true;
		};
	}

}
