// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

/** No such organisation. */
public class UnknownOrganisationException extends RuntimeException {

	public UnknownOrganisationException() {
		super("No such organisation");
	}

}
