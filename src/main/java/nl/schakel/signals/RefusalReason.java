// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

/**
 * Why a signal was refused, as a stable code with an explanation for the creditor's system. The legal ones cite
 * their source; see docs/signals.md for the full list.
 */
public enum RefusalReason {

	NOT_AN_OBJECT("A signal must be a JSON object."),
	CREDITOR_TYPE_INVALID("creditorType must be woningverhuurder, energieleverancier, drinkwaterbedrijf or zorgverzekeraar (Besluit gemeentelijke schuldhulpverlening, § 2)."),
	FOREIGN_CREDITOR("creditorId names another organisation than the one of this API client; a creditor signals only for itself."),
	REFERENCE_INVALID("reference is required: the creditor's own reference of 1 to 100 characters."),
	KIND_INVALID("kind must be betalingsachterstand or eindelevering."),
	NAME_INVALID("person.name is required, at most 200 characters."),
	BIRTH_DATE_INVALID("person.birthDate must be a date (yyyy-mm-dd) after 1900 and before the signal date."),
	BSN_INVALID("person.bsn must be 9 digits that pass the elfproef."),
	BSN_NOT_ALLOWED("person.bsn is accepted only from the creditor types set in schakel.signals.bsn-from (by default zorgverzekeraar); leave it out."),
	POSTCODE_INVALID("address.postcode must be a Dutch postcode such as 6511 AB."),
	HOUSE_NUMBER_INVALID("address.houseNumber must be a whole number from 1 to 99999; addition at most 10 letters or digits."),
	POSTCODE_OUTSIDE_REGION("The postcode does not lie in a municipality that this installation serves."),
	POSTCODE_AMBIGUOUS("The postcode area lies in more than one served municipality; give address.municipality (CBS code) of one of them."),
	PHONE_INVALID("contact.phone must be 8 to 20 digits, with an optional + and spaces or dashes."),
	EMAIL_INVALID("contact.email must be an e-mail address of at most 254 characters."),
	AMOUNT_INVALID("arrears.amountCents must be a whole number of cents above 0 and at most 100000000000."),
	ARREARS_SINCE_INVALID("arrears.since must be a date (yyyy-mm-dd) on or before the signal date."),
	SIGNAL_DATE_INVALID("signalDate must be a date (yyyy-mm-dd) that is not in the future."),
	END_OF_SUPPLY_DATE_INVALID("An eindelevering signal needs endOfSupplyDate (yyyy-mm-dd) on or after the signal date; other signals have none."),
	END_OF_SUPPLY_NOT_ENERGY("Only an energieleverancier sends an eindelevering signal."),
	PRIOR_STEPS_MISSING("A landlord may signal only after the prior steps of Besluit gemeentelijke schuldhulpverlening art. 2 onder a-d; priorSteps is missing."),
	PRIOR_STEP_PERSONAL_CONTACT("Besluit art. 2 onder a: the landlord must have tried to make personal contact (priorSteps.personalContactAttempted = true)."),
	PRIOR_STEP_DEBT_HELP("Besluit art. 2 onder b: the landlord must have pointed the tenant to schuldhulpverlening (priorSteps.pointedToDebtHelp = true)."),
	PRIOR_STEP_WRITTEN_REMINDER("Besluit art. 2 onder c: at least one written reminder, with its date on or before the signal date (priorSteps.writtenReminderDate)."),
	PRIOR_STEP_OFFER_TO_SHARE("Besluit art. 2 onder d: the landlord must have offered to pass the data to the municipality (priorSteps.offeredToShareData = true)."),
	TENANT_OBJECTED("Besluit art. 2 onder d: the tenant objected to passing the data, so the landlord may not signal (priorSteps.tenantObjected)."),
	CREDITOR_UNKNOWN("The creditor named in this row is not a creditor organisation in Schakel; it must be added first."),
	NOT_THIS_TEAM("The address lies in a municipality that the importing team does not serve.");

	private final String explanation;

	RefusalReason(String explanation) {
		this.explanation = explanation;
	}

	public String explanation() {
		return explanation;
	}

}
