// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

/** An account with this username already exists. */
public class DuplicateAccountException extends RuntimeException {

	public DuplicateAccountException() {
		super("An account with this username already exists");
	}

}
