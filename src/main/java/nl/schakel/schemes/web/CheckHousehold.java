// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Household;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Person;
import nl.schakel.schemes.Tri;

/**
 * Turns the check's answers into the engine's {@link Household}. The check asks money of the whole household (the
 * resident and the partner together), so the total sits with the applicant and the partner counts as zero; every
 * scheme of the engine adds the two up. How income answers become the two incomes the engine reads is explained in
 * docs/schemes.md ("How the check asks income").
 */
final class CheckHousehold {

	/** Lower ends in euros of the net monthly income bands; the last band has no upper end. */
	static final long[] NET_MONTH_BANDS = { 0, 1_000, 1_500, 2_000, 2_500, 3_000, 4_000 };

	/** Lower ends in euros of the gross yearly income bands (toetsingsinkomen). */
	static final long[] GROSS_YEAR_BANDS = { 0, 20_000, 25_000, 30_000, 35_000, 40_000, 50_000 };

	/** Lower ends in euros of the savings bands (vermogen), around the bijstand and toeslagen limits. */
	static final long[] ASSET_BANDS = { 0, 3_000, 8_000, 16_000, 40_000, 140_000 };

	/**
	 * Gross per year is at most this many times twelve months of net: tax and premiums take well under 45% at the
	 * incomes these schemes are for, and holiday pay adds 8%. Wide on purpose: a too-wide range gives "misschien"
	 * and a question about the gross income, never a wrong "no".
	 */
	private static final BigDecimal GROSS_OVER_NET = new BigDecimal("1.8");

	/** Net per month is at least half of gross per month at these incomes. */
	private static final BigDecimal NET_OVER_GROSS = new BigDecimal("0.5");

	private CheckHousehold() {
	}

	static Household of(CheckAnswers a) {
		Household h = Household.unknown();
		String municipality = a.value(CheckAnswers.MUNICIPALITY);
		if (municipality != null && municipality.matches("[0-9]{4}")) {
			h = h.withMunicipality(municipality);
		}
		Person applicant = Person.unknown().withKostendelerExempt(Tri.FALSE);
		Integer age = number(a.value(CheckAnswers.AGE));
		if (age != null) {
			applicant = applicant.withAge(age);
		}
		MoneyRange[] income = income(a.value(CheckAnswers.INCOME), a.value(CheckAnswers.GROSS_INCOME));
		applicant = applicant.withMonthlyNetIncome(income[0]).withYearlyIncome(income[1]);
		applicant = applicant.withAssets(banded(a.value(CheckAnswers.ASSETS), ASSET_BANDS));
		Tri insured = tri(a.value(CheckAnswers.INSURED));
		applicant = applicant.withHealthInsured(insured).withWorking(tri(a.value(CheckAnswers.WORK)));
		h = h.withApplicant(applicant);

		Tri partner = tri(a.value(CheckAnswers.PARTNER));
		if (partner != Tri.FALSE) {
			Person p = Person.unknown().withHealthInsured(insured).withWorking(tri(a.value(CheckAnswers.PARTNER_WORK)));
			Integer partnerAge = number(a.value(CheckAnswers.PARTNER_AGE));
			if (partnerAge != null) {
				p = p.withAge(partnerAge);
			}
			// The household's money is asked as one total and sits with the applicant.
			if (a.has(CheckAnswers.INCOME)) {
				p = p.withMonthlyNetIncome(MoneyRange.ZERO).withYearlyIncome(MoneyRange.ZERO);
			}
			if (a.has(CheckAnswers.ASSETS)) {
				p = p.withAssets(MoneyRange.ZERO);
			}
			h = partner == Tri.TRUE ? h.withPartner(p) : h.withPartner(p).withPartnerUnknown();
		}
		else {
			h = h.withoutPartner();
		}
		h = h.withChildren(people(a.value(CheckAnswers.CHILDREN), true));
		h = h.withHousemates(people(a.value(CheckAnswers.HOUSEMATES), false));
		String rent = a.value(CheckAnswers.RENT);
		if ("-".equals(rent)) {
			h = h.withRent(MoneyRange.ZERO, MoneyRange.ZERO);
		}
		else if (rent != null && rent.contains(":")) {
			String[] parts = rent.split(":", 2);
			h = h.withRent(cents(parts[0]), cents(parts[1]));
		}
		String childcare = a.value(CheckAnswers.CHILDCARE);
		// Without children there is no childcare to ask about.
		if ("n".equals(childcare) || "-".equals(a.value(CheckAnswers.CHILDREN))) {
			h = h.withChildcare(List.of());
		}
		h = h.withMunicipalTax(cents(a.value(CheckAnswers.TAX)));
		h = h.withLowIncomeYears(number(a.value(CheckAnswers.LOW_INCOME_YEARS)));
		return h;
	}

	/** Net per month and toetsingsinkomen per year from the income answer and the optional gross follow-up. */
	static MoneyRange[] income(@Nullable String answer, @Nullable String gross) {
		MoneyRange net = MoneyRange.UNKNOWN;
		MoneyRange year = MoneyRange.UNKNOWN;
		if (answer != null && answer.startsWith("r")) {
			net = band(answer, NET_MONTH_BANDS);
			year = net.equals(MoneyRange.UNKNOWN) ? MoneyRange.UNKNOWN : grossYearFromNetMonth(net);
		}
		else if (answer != null && answer.startsWith("e:")) {
			// e:<cents>:<m|y>:<n|b>
			String[] p = answer.split(":");
			Money amount = Money.cents(Long.parseLong(p[1]));
			boolean monthly = p[2].equals("m");
			boolean isNet = p[3].equals("n");
			if (isNet) {
				Money perMonth = monthly ? amount : Money.ofEuros(amount.euros().divide(BigDecimal.valueOf(12), 2,
						RoundingMode.HALF_UP), RoundingMode.UNNECESSARY);
				net = MoneyRange.exactly(perMonth);
				year = grossYearFromNetMonth(net);
			}
			else {
				Money perMonth = monthly ? amount : Money.ofEuros(amount.euros().divide(BigDecimal.valueOf(12), 2,
						RoundingMode.HALF_UP), RoundingMode.UNNECESSARY);
				net = MoneyRange.between(times(perMonth, NET_OVER_GROSS, RoundingMode.DOWN), perMonth);
				year = monthly ? MoneyRange.between(amount.times(12), times(amount.times(12), new BigDecimal("1.08"),
						RoundingMode.UP)) : MoneyRange.exactly(amount);
			}
		}
		if (gross != null && !gross.equals(CheckAnswers.UNKNOWN)) {
			year = gross.startsWith("e:") ? MoneyRange.exactly(Money.cents(Long.parseLong(gross.substring(2))))
					: band(gross, GROSS_YEAR_BANDS);
		}
		return new MoneyRange[] { net, year };
	}

	private static MoneyRange grossYearFromNetMonth(MoneyRange net) {
		Money low = net.min().times(12);
		if (net.isUnbounded()) {
			return MoneyRange.between(low, MoneyRange.CEILING);
		}
		return MoneyRange.between(low, times(net.max().times(12), GROSS_OVER_NET, RoundingMode.UP));
	}

	private static Money times(Money m, BigDecimal factor, RoundingMode rounding) {
		return Money.ofEuros(m.euros().multiply(factor), rounding);
	}

	/** "r3" is the fourth band; "e:123400" an exact amount; anything else unknown. */
	static MoneyRange banded(@Nullable String answer, long[] bands) {
		if (answer == null) {
			return MoneyRange.UNKNOWN;
		}
		if (answer.startsWith("e:")) {
			return cents(answer.substring(2));
		}
		return band(answer, bands);
	}

	static MoneyRange band(String answer, long[] bands) {
		if (!answer.matches("r[0-9]")) {
			return MoneyRange.UNKNOWN;
		}
		int i = answer.charAt(1) - '0';
		if (i >= bands.length) {
			return MoneyRange.UNKNOWN;
		}
		Money low = Money.euros(bands[i]);
		Money high = i + 1 < bands.length ? Money.euros(bands[i + 1]).minus(Money.cents(1)) : MoneyRange.CEILING;
		return MoneyRange.between(low, high);
	}

	private static MoneyRange cents(@Nullable String value) {
		if (value == null || !value.matches("[0-9]{1,13}")) {
			return MoneyRange.UNKNOWN;
		}
		return MoneyRange.exactly(Money.cents(Long.parseLong(value)));
	}

	private static @Nullable Integer number(@Nullable String value) {
		return value != null && value.matches("[0-9]{1,3}") ? Integer.valueOf(value) : null;
	}

	static Tri tri(@Nullable String value) {
		return "y".equals(value) ? Tri.TRUE : "n".equals(value) ? Tri.FALSE : Tri.UNKNOWN;
	}

	/** "-" nobody, "4,9" ages, anything else not known. */
	private static @Nullable List<Person> people(@Nullable String value, boolean children) {
		if ("-".equals(value)) {
			return List.of();
		}
		if (value == null || !value.matches("[0-9]{1,3}(,[0-9]{1,3})*")) {
			return null;
		}
		List<Person> people = new ArrayList<>();
		for (String age : value.split(",")) {
			Person p = Person.unknown().withAge(Integer.parseInt(age)).withKostendelerExempt(Tri.FALSE);
			if (children) {
				p = p.withYearlyIncome(MoneyRange.ZERO).withMonthlyNetIncome(MoneyRange.ZERO).withAssets(MoneyRange.ZERO);
			}
			people.add(p);
		}
		return people;
	}

}
