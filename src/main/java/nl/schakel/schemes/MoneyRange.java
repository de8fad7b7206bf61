// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

/**
 * An amount known to lie between {@code min} and {@code max}, both inclusive. A known amount has min = max. An
 * unknown non-negative amount runs from zero to {@link #CEILING}, far above any income a rule looks at.
 */
public record MoneyRange(Money min, Money max) {

	/** One billion euros: the upper end of an unknown amount. */
	public static final Money CEILING = Money.euros(1_000_000_000L);

	public static final MoneyRange UNKNOWN = new MoneyRange(Money.ZERO, CEILING);

	public static final MoneyRange ZERO = exactly(Money.ZERO);

	public MoneyRange {
		if (min.compareTo(max) > 0) {
			throw new IllegalArgumentException("A range runs from low to high: " + min + " > " + max);
		}
	}

	public static MoneyRange exactly(Money amount) {
		return new MoneyRange(amount, amount);
	}

	public static MoneyRange between(Money min, Money max) {
		return new MoneyRange(min, max);
	}

	public boolean isKnown() {
		return min.equals(max);
	}

	public boolean isUnbounded() {
		return max.compareTo(CEILING) >= 0;
	}

	public MoneyRange plus(MoneyRange other) {
		Money high = isUnbounded() || other.isUnbounded() ? CEILING : max.plus(other.max).min(CEILING);
		return new MoneyRange(min.plus(other.min), high.max(min.plus(other.min)));
	}

	/** The smallest range holding both. */
	public MoneyRange span(MoneyRange other) {
		return new MoneyRange(min.min(other.min), max.max(other.max));
	}

	@Override
	public String toString() {
		if (isKnown()) {
			return min.toString();
		}
		return isUnbounded() ? min + " of meer" : min + " tot " + max;
	}

}
