// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

import nl.schakel.schemes.Money;

/**
 * The rounding and minimum of the Algemene wet inkomensafhankelijke regelingen that every toeslag shares.
 *
 * @see <a href="https://wetten.overheid.nl/BWBR0018472/2026-01-01#Artikel14">Awir art. 14</a>
 */
final class Awir {

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	private Awir() {
	}

	/** Art. 14 lid 4: "rekenkundig afgerond op hele euro's" (half up). */
	static Money yearly(Money exact) {
		return exact.toWholeEuros(RoundingMode.HALF_UP);
	}

	/** Art. 14 lid 4 for a scheme calculated per month: twelve months, rounded to whole euros. */
	static Money yearlyOfMonth(BigDecimal exactMonth) {
		return yearly(Money.ofEuros(exactMonth.multiply(TWELVE), RoundingMode.HALF_UP));
	}

	/** Art. 14 lid 5: no award under the minimum (24 euros a year), checked on the rounded yearly amount. */
	static boolean checkMinimum(Trace trace, int condition, Money roundedYear, Money minimum) {
		return trace.check(condition, roundedYear.compareTo(minimum) >= 0, minimum, roundedYear);
	}

	/** The monthly advance as the Dienst Toeslagen pays it: the yearly amount divided by 12, rounded down to euros. */
	static Money monthOf(Money year) {
		return Money.ofEuros(year.euros().divide(TWELVE, 0, RoundingMode.FLOOR), RoundingMode.UNNECESSARY);
	}

	/** A monthly amount rounded down to whole euros, as in the 2026 huurtoeslag and kinderopvangtoeslag leaflets. */
	static Money floorEuros(BigDecimal exactMonth) {
		return Money.ofEuros(exactMonth.max(BigDecimal.ZERO).setScale(0, RoundingMode.FLOOR), RoundingMode.UNNECESSARY);
	}

}
