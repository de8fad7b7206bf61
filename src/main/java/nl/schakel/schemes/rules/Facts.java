// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Childcare;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.Person;

/**
 * One fully known version of a household: every open question has been given one of its extreme answers. Rules
 * read only these fields; the engine runs them once per combination of extremes and merges the outcomes.
 */
public final class Facts {

	public LocalDate referenceDate = LocalDate.MIN;

	public Period period = Period.year(2026);

	public boolean partner;

	/** Toetsingsinkomen of applicant and partner, per year. */
	public Money income = Money.ZERO;

	/** Net income of applicant and partner, per month. */
	public Money netIncome = Money.ZERO;

	/** Vermogen of applicant and partner. */
	public Money assets = Money.ZERO;

	public int applicantAgeMonths;

	public int partnerAgeMonths;

	public boolean insured;

	public boolean partnerInsured;

	/** Works, studies or follows a route to work (Wet kinderopvang art. 1.6). */
	public boolean working;

	public boolean partnerWorking;

	/** Kale huur per month. */
	public Money rent = Money.ZERO;

	/** Service costs per month that count for huurtoeslag. */
	public Money serviceCosts = Money.ZERO;

	/** Toetsingsinkomen of all housemates together, per year. */
	public Money housemateIncome = Money.ZERO;

	/** Vermogen of all housemates together. */
	public Money housemateAssets = Money.ZERO;

	/** The yearly aanslag of municipal taxes. */
	public Money municipalTax = Money.ZERO;

	/** Known children; each has a known age. */
	public List<Person> children = List.of();

	/** Known housemates; each has a known age. */
	public List<Person> housemates = List.of();

	public List<Childcare> childcare = List.of();

	public @Nullable String municipality;

	public int childAgeMonths(int index) {
		return children.get(index).minAgeMonths(referenceDate);
	}

	public int housemateAgeMonths(int index) {
		return housemates.get(index).minAgeMonths(referenceDate);
	}

	/** Number of persons in the household: applicant, partner, children and housemates. */
	public int persons() {
		return 1 + (partner ? 1 : 0) + children.size() + housemates.size();
	}

}
