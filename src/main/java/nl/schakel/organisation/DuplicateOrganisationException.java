// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

/** An organisation with this name already exists. */
public class DuplicateOrganisationException extends RuntimeException {

	public DuplicateOrganisationException() {
		super("An organisation with this name already exists");
	}

}
