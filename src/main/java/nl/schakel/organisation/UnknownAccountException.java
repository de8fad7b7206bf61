// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

/** No account with this username. */
public class UnknownAccountException extends RuntimeException {

	public UnknownAccountException() {
		super("No account with this username");
	}

}
