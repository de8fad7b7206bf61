// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

class MoneyTests {

	@Test
	void readsEurosExactlyWithoutFloatingPoint() {
		assertThat(Money.parse("900.07").cents()).isEqualTo(90007);
		assertThat(Money.parse("2112")).isEqualTo(Money.euros(2112));
		assertThatThrownBy(() -> Money.parse("1.001")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void writesDutchNotation() {
		assertThat(Money.cents(123456).toString()).isEqualTo("€ 1.234,56");
		assertThat(Money.euros(24).toString()).isEqualTo("€ 24");
		assertThat(Money.cents(5).toString()).isEqualTo("€ 0,05");
		assertThat(Money.cents(-1050).toString()).isEqualTo("-€ 10,50");
	}

	@Test
	void roundsOnlyWhereAsked() {
		assertThat(Money.ofEuros(new BigDecimal("538.5776"), RoundingMode.HALF_UP)).isEqualTo(Money.parse("538.58"));
		assertThat(Money.parse("23.50").toWholeEuros(RoundingMode.HALF_UP)).isEqualTo(Money.euros(24));
		assertThat(Money.parse("23.49").toWholeEuros(RoundingMode.HALF_UP)).isEqualTo(Money.euros(23));
	}

	@Test
	void rangesAddAndStayBelowTheCeiling() {
		MoneyRange known = MoneyRange.exactly(Money.euros(10));
		assertThat(known.plus(known)).isEqualTo(MoneyRange.exactly(Money.euros(20)));
		assertThat(known.plus(MoneyRange.UNKNOWN).isUnbounded()).isTrue();
		assertThat(known.plus(MoneyRange.UNKNOWN).min()).isEqualTo(Money.euros(10));
		assertThatThrownBy(() -> MoneyRange.between(Money.euros(2), Money.euros(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void timesARateIsExactlyTheBigDecimalCalculationForEveryRounding() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(2026);
		RoundingMode[] modes = { RoundingMode.DOWN, RoundingMode.UP, RoundingMode.FLOOR, RoundingMode.CEILING,
				RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN };
		for (int i = 0; i < 200_000; i++) {
			long cents = random.nextLong(-5_000_000_000L, 5_000_000_000L);
			BigDecimal rate = BigDecimal.valueOf(random.nextLong(-3_000_000, 3_000_000), random.nextInt(0, 12));
			RoundingMode mode = modes[random.nextInt(modes.length)];
			Money m = Money.cents(cents);
			assertThat(m.times(rate, mode)).as("%s x %s %s", m, rate, mode)
				.isEqualTo(Money.ofEuros(m.euros().multiply(rate), mode));
		}
		// Exact halves and overflow go the careful way and still agree.
		assertThat(Money.cents(5).times(new BigDecimal("0.5"), RoundingMode.HALF_UP)).isEqualTo(Money.cents(3));
		assertThat(Money.cents(-5).times(new BigDecimal("0.5"), RoundingMode.HALF_UP)).isEqualTo(Money.cents(-3));
		assertThat(Money.cents(Long.MAX_VALUE / 10).times(new BigDecimal("0.000000001"), RoundingMode.DOWN))
			.isEqualTo(Money.ofEuros(Money.cents(Long.MAX_VALUE / 10).euros().multiply(new BigDecimal("0.000000001")),
					RoundingMode.DOWN));
		assertThatThrownBy(() -> Money.cents(1).times(new BigDecimal("0.5"), RoundingMode.UNNECESSARY))
			.isInstanceOf(ArithmeticException.class);
	}

}
