// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

/** Partners of the sociale basis, the municipality itself, and creditors that deliver signals. */
public enum OrganisationKind {

	PARTNER, MUNICIPALITY, CREDITOR

}
