// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

/**
 * What a member may do for their organisation. Municipal staff, curators and the vroegsignalering team belong to a
 * municipality organisation; the others to any organisation. {@link #VROEGSIGNALERING} is a separate role because
 * signals concern people who did not ask for help (Wgs art. 3 lid 1 onder b): only that team may see them.
 */
public enum Role {

	VOLUNTEER, PROFESSIONAL, ORGANISATION_ADMIN, MUNICIPAL_STAFF, CURATOR, VROEGSIGNALERING;

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean allowedIn(OrganisationKind kind) {
		return switch (this) {
			case MUNICIPAL_STAFF, CURATOR, VROEGSIGNALERING -> kind == OrganisationKind.MUNICIPALITY;
			default -> true;
		};
	}

}
