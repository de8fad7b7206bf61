// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.region;

import java.util.Locale;
import java.util.Optional;

/** A Dutch postcode (1234 AB); residents may type only the four digits. */
public record Postcode(int digits, String letters) {

	public Postcode {
		if (digits < 1000 || digits > 9999) {
			throw new IllegalArgumentException("A postcode starts with 4 digits, not starting with 0");
		}
		if (!letters.isEmpty() && !letters.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("A postcode ends with 2 letters");
		}
	}

	/** "6511 AB", "6511ab", "6511" are fine; anything else is empty. */
	public static Optional<Postcode> parse(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String s = input.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		if (!s.matches("[1-9][0-9]{3}([A-Z]{2})?")) {
			return Optional.empty();
		}
		return Optional.of(new Postcode(Integer.parseInt(s.substring(0, 4)), s.substring(4)));
	}

	@Override
	public String toString() {
		return letters.isEmpty() ? Integer.toString(digits) : digits + " " + letters;
	}

}
