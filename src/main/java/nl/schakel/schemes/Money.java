// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in eurocents. Rules never use floating point: every division or percentage goes through
 * {@link BigDecimal} and comes back here by an explicit, sourced rounding step.
 */
public record Money(long cents) implements Comparable<Money> {

	public static final Money ZERO = new Money(0);

	public static Money cents(long cents) {
		return new Money(cents);
	}

	public static Money euros(long euros) {
		return new Money(Math.multiplyExact(euros, 100));
	}

	/** Reads a decimal amount in euros such as "2112" or "900.07"; more than two decimals is an error. */
	public static Money parse(String euros) {
		BigDecimal value = new BigDecimal(euros.trim());
		if (value.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("An amount has at most 2 decimals: " + euros);
		}
		return new Money(value.movePointRight(2).longValueExact());
	}

	/** Rounds an exact amount in euros to cents, in the given way. */
	public static Money ofEuros(BigDecimal euros, RoundingMode rounding) {
		return new Money(euros.setScale(2, rounding).movePointRight(2).longValueExact());
	}

	/**
	 * This amount times a rate, rounded to cents: exactly {@code ofEuros(euros().multiply(rate), rounding)}, but in
	 * long arithmetic when the rate has at most 9 decimals and nothing overflows, because the engine does this for
	 * every household and BigDecimal arithmetic dominated the cost of a local scheme.
	 */
	public Money times(BigDecimal rate, RoundingMode rounding) {
		int scale = rate.scale();
		if (scale >= 0 && scale <= 9 && rate.precision() <= 18) {
			long unscaled = rate.unscaledValue().longValue();
			long high = Math.multiplyHigh(cents, unscaled);
			long product = cents * unscaled;
			if (high == (product >> 63)) {
				long divisor = POWERS_OF_TEN[scale];
				long quotient = product / divisor;
				long remainder = product % divisor;
				if (remainder == 0) {
					return new Money(quotient);
				}
				long away = quotient + (product < 0 ? -1 : 1);
				switch (rounding) {
					case DOWN:
						return new Money(quotient);
					case UP:
						return new Money(away);
					case FLOOR:
						return new Money(product < 0 ? away : quotient);
					case CEILING:
						return new Money(product < 0 ? quotient : away);
					case HALF_UP:
						return new Money(Math.abs(remainder) * 2 >= divisor ? away : quotient);
					default:
						break;
				}
			}
		}
		return ofEuros(euros().multiply(rate), rounding);
	}

	private static final long[] POWERS_OF_TEN = { 1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
			100_000_000L, 1_000_000_000L };

	public BigDecimal euros() {
		return BigDecimal.valueOf(cents, 2);
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(cents, other.cents));
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(cents, other.cents));
	}

	public Money times(long factor) {
		return new Money(Math.multiplyExact(cents, factor));
	}

	public Money max(Money other) {
		return cents >= other.cents ? this : other;
	}

	public Money min(Money other) {
		return cents <= other.cents ? this : other;
	}

	public boolean isPositive() {
		return cents > 0;
	}

	public boolean isZero() {
		return cents == 0;
	}

	public boolean greaterThan(Money other) {
		return cents > other.cents;
	}

	public boolean atMost(Money other) {
		return cents <= other.cents;
	}

	/** Rounds to whole euros in the given way (for rules that round to "hele euro's"). */
	public Money toWholeEuros(RoundingMode rounding) {
		return ofEuros(euros().setScale(0, rounding), RoundingMode.UNNECESSARY);
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(cents, other.cents);
	}

	/** Dutch notation, as residents read it: "€ 1.234,56", or "€ 24" for whole euros. */
	@Override
	public String toString() {
		long abs = Math.abs(cents);
		long euros = abs / 100;
		long rest = abs % 100;
		StringBuilder digits = new StringBuilder(Long.toString(euros));
		for (int i = digits.length() - 3; i > 0; i -= 3) {
			digits.insert(i, '.');
		}
		StringBuilder out = new StringBuilder(cents < 0 ? "-€ " : "€ ").append(digits);
		if (rest != 0) {
			out.append(',').append(rest < 10 ? "0" : "").append(rest);
		}
		return out.toString();
	}

}
