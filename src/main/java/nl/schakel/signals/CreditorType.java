// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.util.Optional;

/**
 * The four kinds of creditor that must or may signal arrears to the municipality under the Besluit gemeentelijke
 * schuldhulpverlening, § 2 (based on Wgs art. 3 lid 1 onder b): landlords of a dwelling (art. 2), energy
 * suppliers, drinking-water companies and health insurers. Other creditors have no statutory basis here.
 */
public enum CreditorType {

	WONINGVERHUURDER("woningverhuurder"), ENERGIELEVERANCIER("energieleverancier"),
	DRINKWATERBEDRIJF("drinkwaterbedrijf"), ZORGVERZEKERAAR("zorgverzekeraar");

	private final String code;

	CreditorType(String code) {
		this.code = code;
	}

	/** The code in the intake API. */
	public String code() {
		return code;
	}

	public static Optional<CreditorType> fromCode(String code) {
		for (CreditorType type : values()) {
			if (type.code.equals(code)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
