// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.util.Optional;

/**
 * An ordinary signal of payment arrears, or an energy supplier's end-of-supply signal (eindeleveringssignaal, sent
 * at least 20 working days before the contract ends since 1 April 2023 under the Regeling afsluitbeleid voor
 * kleinverbruikers van elektriciteit en gas as amended by Stcrt. 2023, 10020; the article text was not verified).
 */
public enum SignalKind {

	BETALINGSACHTERSTAND("betalingsachterstand"), EINDELEVERING("eindelevering");

	private final String code;

	SignalKind(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<SignalKind> fromCode(String code) {
		for (SignalKind kind : values()) {
			if (kind.code.equals(code)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
