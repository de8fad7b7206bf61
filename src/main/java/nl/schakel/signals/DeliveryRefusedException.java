// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

/** A delivery that cannot be taken at all (not a creditor, no signals, too many); nothing of it is stored. */
public class DeliveryRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final boolean forbidden;

	DeliveryRefusedException(String message, boolean forbidden) {
		super(message);
		this.forbidden = forbidden;
	}

	/** The caller may not deliver signals at all (403), rather than having sent a wrong body (400). */
	public boolean forbidden() {
		return forbidden;
	}

}
