// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.region;

/** A CBS gemeentecode: four digits, as in "0268" for Nijmegen (and "GM0268" as a statcode). */
public record MunicipalityCode(String value) {

	public MunicipalityCode {
		if (value == null || !value.matches("[0-9]{4}")) {
			throw new IllegalArgumentException("A municipality code has 4 digits");
		}
	}

	/** Accepts "0268", "268" and "GM0268". */
	public static MunicipalityCode parse(String input) {
		String s = input == null ? "" : input.trim().toUpperCase();
		if (s.startsWith("GM")) {
			s = s.substring(2);
		}
		if (s.matches("[0-9]{1,3}")) {
			s = "0".repeat(4 - s.length()) + s;
		}
		return new MunicipalityCode(s);
	}

	public String statcode() {
		return "GM" + value;
	}

	@Override
	public String toString() {
		return value;
	}

}
