// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Money;

/**
 * Reads an amount as residents type it: "1250", "1.250", "1250,50", "€ 1.250,-", with spaces. A dot followed by
 * groups of three digits separates thousands; a comma (or a last dot with one or two digits) starts the cents.
 */
final class AmountInput {

	/** Why an amount could not be read; each has a message {@code check.error.amount.<name>}. */
	enum Problem {
		EMPTY, LETTERS, NEGATIVE, DECIMALS, TOO_HIGH
	}

	/** Either the amount or the problem. */
	record Read(@Nullable Money amount, @Nullable Problem problem) {
	}

	private AmountInput() {
	}

	static Read read(@Nullable String input, Money highest) {
		if (input == null || input.isBlank()) {
			return new Read(null, Problem.EMPTY);
		}
		String s = input.replace('\u00a0', ' ').replace("€", "").replace("eur", "").replace("EUR", "")
			.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
		if (s.endsWith(",-") || s.endsWith(",--") || s.endsWith(".-")) {
			s = s.substring(0, s.indexOf('-', s.length() - 3) - 1);
		}
		if (s.startsWith("-") || s.startsWith("−")) {
			return new Read(null, s.substring(1).matches("[0-9.,]+") ? Problem.NEGATIVE : Problem.LETTERS);
		}
		if (s.isEmpty() || !s.matches("[0-9.,]+")) {
			return new Read(null, s.isEmpty() ? Problem.EMPTY : Problem.LETTERS);
		}
		String plain;
		if (s.matches("[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]*)?")) {
			plain = s.replace(".", "").replace(',', '.');
		}
		else if (s.matches("[0-9]+(,[0-9]*)?")) {
			plain = s.replace(',', '.');
		}
		else if (s.matches("[0-9]+\\.[0-9]{1,2}")) {
			plain = s;
		}
		else if (s.matches("[0-9]+(\\.[0-9]+)?")) {
			return new Read(null, Problem.DECIMALS);
		}
		else {
			return new Read(null, Problem.LETTERS);
		}
		if (plain.endsWith(".")) {
			plain = plain.substring(0, plain.length() - 1);
		}
		BigDecimal value = new BigDecimal(plain);
		if (value.stripTrailingZeros().scale() > 2) {
			return new Read(null, Problem.DECIMALS);
		}
		if (value.compareTo(highest.euros()) > 0) {
			return new Read(null, Problem.TOO_HIGH);
		}
		return new Read(Money.cents(value.movePointRight(2).longValueExact()), null);
	}

}
