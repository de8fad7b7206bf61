// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.privacy;

/**
 * A burgerservicenummer: nine digits that pass the elfproef (Wet algemene bepalingen burgerservicenummer, art. 1;
 * the check is published in the Logisch Ontwerp BSN). {@link #toString()} never shows the number, so a BSN that
 * ends up in a log line or an exception message stays hidden.
 */
public record Bsn(String value) {

	public Bsn {
		if (value == null || !value.matches("[0-9]{9}")) {
			throw new InvalidBsnException("A BSN has 9 digits");
		}
		if (!passesElfproef(value)) {
			throw new InvalidBsnException("This number fails the elfproef");
		}
	}

	/** Accepts what people type: spaces, dots and dashes are dropped, an 8-digit number gets its leading zero. */
	public static Bsn parse(String input) {
		if (input == null) {
			throw new InvalidBsnException("A BSN has 9 digits");
		}
		String digits = input.replaceAll("[\\s.\\-]", "");
		if (digits.matches("[0-9]{8}")) {
			digits = "0" + digits;
		}
		return new Bsn(digits);
	}

	public static boolean isValid(String input) {
		try {
			parse(input);
			return true;
		}
		catch (InvalidBsnException ex) {
			return false;
		}
	}

	static boolean passesElfproef(String nineDigits) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (9 - i) * (nineDigits.charAt(i) - '0');
		}
		sum -= nineDigits.charAt(8) - '0';
		return sum % 11 == 0 && !nineDigits.equals("000000000");
	}

	/** The last three digits, as shown to staff who must tell two people apart without seeing the number. */
	public String masked() {
		return "******" + value.substring(6);
	}

	@Override
	public String toString() {
		return "Bsn[******]";
	}

}
