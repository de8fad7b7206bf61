// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * A person in a household. Any field may be unknown: a null birth date and age, a {@link MoneyRange#UNKNOWN} amount,
 * or {@link Tri#UNKNOWN}.
 *
 * @param birthDate exact birth date, when known; it beats {@code age}
 * @param age age in whole years on the referenceDate, when the birth date is not given
 * @param yearlyIncome toetsingsinkomen per year (Awir art. 8), for toeslagen
 * @param monthlyNetIncome net income per month (Participatiewet art. 32), for bijstand and kwijtschelding
 * @param assets vermogen (for toeslagen: on 1 January of the year, Awir art. 7 lid 3)
 * @param healthInsured insured under the Zorgverzekeringswet
 * @param working works, studies or follows a route to work (rechtgevende activiteit, Wet kinderopvang art. 1.6)
 * @param kostendelerExempt for a housemate: does not count as kostendeler (Participatiewet art. 19a lid 1: a
 *        student with studiefinanciering, or someone who rents on a commercial basis)
 */
public record Person(@Nullable LocalDate birthDate, @Nullable Integer age, MoneyRange yearlyIncome,
		MoneyRange monthlyNetIncome, MoneyRange assets, Tri healthInsured, Tri kostendelerExempt, Tri working) {

	/** The oldest age the engine reasons about when an age is unknown. */
	static final int MAX_AGE_MONTHS = 120 * 12;

	public static Person unknown() {
		return new Person(null, null, MoneyRange.UNKNOWN, MoneyRange.UNKNOWN, MoneyRange.UNKNOWN, Tri.UNKNOWN,
				Tri.UNKNOWN, Tri.UNKNOWN);
	}

	public Person withBirthDate(LocalDate date) {
		return new Person(date, null, yearlyIncome, monthlyNetIncome, assets, healthInsured, kostendelerExempt, working);
	}

	public Person withAge(int years) {
		return new Person(null, years, yearlyIncome, monthlyNetIncome, assets, healthInsured, kostendelerExempt, working);
	}

	public Person withYearlyIncome(MoneyRange income) {
		return new Person(birthDate, age, income, monthlyNetIncome, assets, healthInsured, kostendelerExempt, working);
	}

	public Person withMonthlyNetIncome(MoneyRange income) {
		return new Person(birthDate, age, yearlyIncome, income, assets, healthInsured, kostendelerExempt, working);
	}

	public Person withAssets(MoneyRange value) {
		return new Person(birthDate, age, yearlyIncome, monthlyNetIncome, value, healthInsured, kostendelerExempt, working);
	}

	public Person withHealthInsured(Tri insured) {
		return new Person(birthDate, age, yearlyIncome, monthlyNetIncome, assets, insured, kostendelerExempt, working);
	}

	public Person withKostendelerExempt(Tri exempt) {
		return new Person(birthDate, age, yearlyIncome, monthlyNetIncome, assets, healthInsured, exempt, working);
	}

	public Person withWorking(Tri value) {
		return new Person(birthDate, age, yearlyIncome, monthlyNetIncome, assets, healthInsured, kostendelerExempt,
				value);
	}

	/** Lowest possible age in whole months on the date. */
	public int minAgeMonths(LocalDate on) {
		if (birthDate != null) {
			return (int) ChronoUnit.MONTHS.between(birthDate, on);
		}
		return age != null ? age * 12 : 0;
	}

	/** Highest possible age in whole months on the date. */
	public int maxAgeMonths(LocalDate on) {
		if (birthDate != null) {
			return minAgeMonths(on);
		}
		// An age in whole years counts as that many years and no months: exact for every age limit in whole years.
		// A limit in years and months (the AOW age from 2028) needs the birth date.
		return age != null ? age * 12 : MAX_AGE_MONTHS;
	}

	public boolean ageKnown() {
		return birthDate != null || age != null;
	}

}
