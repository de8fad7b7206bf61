// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.privacy;

/** A number that is not a BSN; its message never contains the number itself. */
public class InvalidBsnException extends IllegalArgumentException {

	public InvalidBsnException(String message) {
		super(message);
	}

}
