// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A household as the schemes see it. Unknown lists are null; unknown amounts are {@link MoneyRange#UNKNOWN}.
 *
 * <p>The model keeps one partner: the toeslagpartner of the Awir (art. 3) and the partner in the gezin of the
 * Participatiewet (art. 3-4) are taken to be the same person. The law allows them to differ (for instance a
 * medebewoner who is toeslagpartner through a shared child but not gehuwd for the Participatiewet); the household
 * model does not yet.
 *
 * @param applicant the aanvrager
 * @param hasPartner whether there is a partner
 * @param partner the partner, used only when {@code hasPartner} is not FALSE
 * @param children children under 18 in the household (for kindgebonden budget: those the household gets
 *        kinderbijslag for); null when not known
 * @param housemates everyone else living at the address (Awir medebewoners; Participatiewet kostendelers when 21 or
 *        older); null when not known
 * @param rent kale huur per month
 * @param serviceCosts service costs per month that count for huurtoeslag (Wet op de huurtoeslag art. 7)
 * @param municipalityCode CBS code of the municipality of residence, e.g. "0268"
 * @param receives ids of schemes the household already receives
 * @param childcare childcare per child, for the kinderopvangtoeslag; null when not known
 * @param municipalTax the yearly aanslag of municipal taxes that kwijtschelding could remit
 */
public record Household(Person applicant, Tri hasPartner, Person partner, @Nullable List<Person> children,
		@Nullable List<Person> housemates, MoneyRange rent, MoneyRange serviceCosts, @Nullable String municipalityCode,
		Set<String> receives, @Nullable List<Childcare> childcare, MoneyRange municipalTax) {

	public Household {
		children = children == null ? null : List.copyOf(children);
		housemates = housemates == null ? null : List.copyOf(housemates);
		childcare = childcare == null ? null : List.copyOf(childcare);
		receives = Set.copyOf(receives);
	}

	/** A household of which nothing is known yet. */
	public static Household unknown() {
		return new Household(Person.unknown(), Tri.UNKNOWN, Person.unknown(), null, null, MoneyRange.UNKNOWN,
				MoneyRange.UNKNOWN, null, Set.of(), null, MoneyRange.UNKNOWN);
	}

	/** A single person without partner, children or housemates, of whom nothing else is known. */
	public static Household single(Person applicant) {
		return new Household(applicant, Tri.FALSE, Person.unknown(), List.of(), List.of(), MoneyRange.UNKNOWN,
				MoneyRange.UNKNOWN, null, Set.of(), List.of(), MoneyRange.UNKNOWN);
	}

	public Household withApplicant(Person person) {
		return new Household(person, hasPartner, partner, children, housemates, rent, serviceCosts, municipalityCode,
				receives, childcare, municipalTax);
	}

	public Household withPartner(Person person) {
		return new Household(applicant, Tri.TRUE, person, children, housemates, rent, serviceCosts, municipalityCode,
				receives, childcare, municipalTax);
	}

	public Household withPartnerUnknown() {
		return new Household(applicant, Tri.UNKNOWN, partner, children, housemates, rent, serviceCosts,
				municipalityCode, receives, childcare, municipalTax);
	}

	public Household withoutPartner() {
		return new Household(applicant, Tri.FALSE, Person.unknown(), children, housemates, rent, serviceCosts,
				municipalityCode, receives, childcare, municipalTax);
	}

	public Household withChildren(@Nullable List<Person> list) {
		return new Household(applicant, hasPartner, partner, list, housemates, rent, serviceCosts, municipalityCode,
				receives, childcare, municipalTax);
	}

	public Household withHousemates(@Nullable List<Person> list) {
		return new Household(applicant, hasPartner, partner, children, list, rent, serviceCosts, municipalityCode,
				receives, childcare, municipalTax);
	}

	public Household withRent(MoneyRange kaleHuur, MoneyRange service) {
		return new Household(applicant, hasPartner, partner, children, housemates, kaleHuur, service,
				municipalityCode, receives, childcare, municipalTax);
	}

	public Household withMunicipality(@Nullable String code) {
		return new Household(applicant, hasPartner, partner, children, housemates, rent, serviceCosts, code, receives,
				childcare, municipalTax);
	}

	public Household withMunicipalTax(MoneyRange aanslag) {
		return new Household(applicant, hasPartner, partner, children, housemates, rent, serviceCosts,
				municipalityCode, receives, childcare, aanslag);
	}

	public Household withChildcare(@Nullable List<Childcare> list) {
		return new Household(applicant, hasPartner, partner, children, housemates, rent, serviceCosts,
				municipalityCode, receives, list, municipalTax);
	}

}
