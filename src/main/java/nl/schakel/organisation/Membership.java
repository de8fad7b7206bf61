// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

/** An account's role in one organisation. */
public record Membership(OrganisationId organisationId, String organisationName, OrganisationKind kind, Role role) {

}
