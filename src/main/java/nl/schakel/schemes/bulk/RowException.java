// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.bulk;

/** A row of a household file that cannot be read; the message names the column and the reason, never the value. */
public final class RowException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public RowException(String reason) {
		super(reason, null, false, false);
	}

}
