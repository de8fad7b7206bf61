// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import nl.schakel.schemes.Evaluation;
import nl.schakel.schemes.Household;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.Person;
import nl.schakel.schemes.Schemes;
import nl.schakel.schemes.Tri;

/**
 * Benchmark 4a: one household through all national schemes with full explanations, in-process. Each call is timed
 * on its own with System.nanoTime after a warm-up, so the percentiles are of single evaluations, including the
 * explanation texts, calculation steps and question ranking. Arguments: warm-up calls, measured calls.
 */
public class OneHousehold {

	public static void main(String[] args) {
		int warmup = Integer.parseInt(args[0]);
		int measured = Integer.parseInt(args[1]);
		Schemes schemes = Schemes.national();
		LocalDate date = LocalDate.of(2026, 3, 1);
		Period period = Period.month(2026, 3);
		Household known = Household.single(adult(28, 18_000, 1_300))
			.withChildren(List.of(Person.unknown().withAge(4), Person.unknown().withAge(9)))
			.withHousemates(List.of())
			.withRent(MoneyRange.exactly(Money.euros(650)), MoneyRange.exactly(Money.euros(30)))
			.withMunicipality("0268")
			.withMunicipalTax(MoneyRange.exactly(Money.euros(420)))
			.withChildcare(List.of());
		Household partly = known.withApplicant(known.applicant().withYearlyIncome(MoneyRange.UNKNOWN)
			.withAssets(MoneyRange.UNKNOWN)).withRent(MoneyRange.UNKNOWN, MoneyRange.UNKNOWN);
		Household nothing = Household.unknown();
		for (var c : List.of(new Object[] { "fully known (single parent, 2 children)", known },
				new Object[] { "income, assets and rent unknown", partly },
				new Object[] { "nothing known", nothing })) {
			Household h = (Household) c[1];
			long sink = 0;
			for (int i = 0; i < warmup; i++) {
				sink += schemes.evaluate(h, date, period).results().size();
			}
			long[] nanos = new long[measured];
			for (int i = 0; i < measured; i++) {
				long t = System.nanoTime();
				Evaluation e = schemes.evaluate(h, date, period);
				nanos[i] = System.nanoTime() - t;
				sink += e.results().getFirst().conditions().size();
			}
			Arrays.sort(nanos);
			System.out.printf("4a  %-42s p50 %7.1f us   p99 %7.1f us   p99.9 %7.1f us   (n=%d, %d)%n", c[0],
					nanos[measured / 2] / 1e3, nanos[(int) (measured * 0.99)] / 1e3,
					nanos[(int) (measured * 0.999)] / 1e3, measured, sink % 7);
		}
	}

	private static Person adult(int age, long yearly, long netMonthly) {
		return Person.unknown()
			.withAge(age)
			.withYearlyIncome(MoneyRange.exactly(Money.euros(yearly)))
			.withMonthlyNetIncome(MoneyRange.exactly(Money.euros(netMonthly)))
			.withAssets(MoneyRange.exactly(Money.euros(3_000)))
			.withHealthInsured(Tri.TRUE)
			.withKostendelerExempt(Tri.FALSE)
			.withWorking(Tri.TRUE);
	}

}
