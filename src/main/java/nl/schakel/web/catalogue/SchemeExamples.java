// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Household;
import nl.schakel.schemes.IncomeDistance;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.Person;
import nl.schakel.schemes.Question;
import nl.schakel.schemes.SchemeInfo;
import nl.schakel.schemes.SchemeResult;
import nl.schakel.schemes.Schemes;
import nl.schakel.schemes.Status;
import nl.schakel.schemes.Tri;

/**
 * The amounts of a scheme, worked out by the engine for a few example households rather than typed by hand, so the
 * catalogue and the booklet can never disagree with the check. Each example has no income and no savings, which
 * gives the most a household of that kind can get, and the same household with a very high income, whose income
 * distance is the income limit.
 */
final class SchemeExamples {

	/** The households, in the order they are shown. */
	public enum Kind {

		SINGLE(false, false), COUPLE(true, false), SINGLE_PARENT(false, true), FAMILY(true, true);

		final boolean partner;

		final boolean children;

		Kind(boolean partner, boolean children) {
			this.partner = partner;
			this.children = children;
		}

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/** Assumptions shared by every example; shown under the table so nobody mistakes them for a promise. */
	static final int AGE = 35;

	static final List<Integer> CHILD_AGES = List.of(4, 9);

	static final Money RENT = Money.euros(650);

	static final Money SERVICE_COSTS = Money.euros(40);

	static final Money MUNICIPAL_TAX = Money.euros(400);

	static final int LOW_INCOME_YEARS = 5;

	private static final Money HIGH_YEARLY_INCOME = Money.euros(250_000);

	private static final Money HIGH_MONTHLY_NET_INCOME = Money.euros(20_000);

	/**
	 * One example's outcome.
	 *
	 * @param kind which household
	 * @param status the engine's verdict for the household without income
	 * @param perMonth what it gets per month (the highest amount when the municipality still has to judge)
	 * @param perYear the same per year
	 * @param incomeLimit the highest income that still gives the scheme; null when income is not what decides
	 * @param yearlyIncome whether the limit is a yearly toetsingsinkomen (else a net income per month)
	 */
	record Example(Kind kind, Status status, @Nullable Money perMonth, @Nullable Money perYear,
			@Nullable Money incomeLimit, boolean yearlyIncome) {

		boolean shown() {
			return perMonth != null || incomeLimit != null;
		}

	}

	private SchemeExamples() {
	}

	/** The examples that say something about the scheme; empty when none does (childcare, for instance). */
	static List<Example> of(Schemes engine, SchemeInfo scheme, LocalDate referenceDate) {
		Period period = Period.month(referenceDate.getYear(), referenceDate.getMonthValue());
		List<Example> examples = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			Household none = household(kind, scheme.municipality(), Money.ZERO, Money.ZERO);
			SchemeResult atZero = engine.evaluateOne(none, referenceDate, period, scheme.id())
				.flatMap(e -> e.result(scheme.id()))
				.orElseThrow();
			Money perMonth = null;
			Money perYear = null;
			if ((atZero.status() == Status.RECHT || atZero.status() == Status.MOGELIJK)
					&& !atZero.perMonth().isUnbounded() && atZero.perMonth().max().isPositive()) {
				perMonth = atZero.perMonth().max();
				perYear = atZero.perYear().max();
			}
			Household rich = household(kind, scheme.municipality(), HIGH_YEARLY_INCOME, HIGH_MONTHLY_NET_INCOME);
			IncomeDistance distance = engine.evaluateOne(rich, referenceDate, period, scheme.id())
				.flatMap(e -> e.result(scheme.id()))
				.map(SchemeResult::distance)
				.orElse(null);
			Money limit = distance == null ? null : distance.limit();
			var example = new Example(kind, atZero.status(), perMonth, perYear, limit,
					distance != null && distance.question() == Question.INCOME);
			if (example.shown()) {
				examples.add(example);
			}
		}
		return examples;
	}

	/** An example household; the same one the tests evaluate to check the page. */
	static Household household(Kind kind, @Nullable String municipality, Money yearlyIncome, Money monthlyNetIncome) {
		Person applicant = adult(yearlyIncome, monthlyNetIncome);
		Household household = Household.single(applicant)
			.withRent(MoneyRange.exactly(RENT), MoneyRange.exactly(SERVICE_COSTS))
			.withMunicipality(municipality)
			.withMunicipalTax(MoneyRange.exactly(MUNICIPAL_TAX))
			.withLowIncomeYears(LOW_INCOME_YEARS)
			.withReceives(Set.of())
			.withChildcare(List.of());
		if (kind.partner) {
			household = household.withPartner(adult(Money.ZERO, Money.ZERO));
		}
		if (kind.children) {
			household = household.withChildren(CHILD_AGES.stream().map(age -> adult(Money.ZERO, Money.ZERO).withAge(age)).toList());
		}
		return household;
	}

	private static Person adult(Money yearlyIncome, Money monthlyNetIncome) {
		return Person.unknown()
			.withAge(AGE)
			.withYearlyIncome(MoneyRange.exactly(yearlyIncome))
			.withMonthlyNetIncome(MoneyRange.exactly(monthlyNetIncome))
			.withAssets(MoneyRange.ZERO)
			.withHealthInsured(Tri.TRUE)
			.withKostendelerExempt(Tri.FALSE)
			.withWorking(Tri.FALSE);
	}

}
