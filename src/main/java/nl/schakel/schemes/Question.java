// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

/**
 * An input a household may not have given yet. The engine tells which of these settles the most schemes, so the
 * resident check can ask it next.
 */
public enum Question {

	/** Whether there is a toeslagpartner (Awir art. 3) who is also the partner in the bijstand gezin. */
	PARTNER,
	/** Toetsingsinkomen of applicant and partner together, per year (Awir art. 7-8). */
	INCOME,
	/** Net income of the gezin per month (Participatiewet art. 31-33). */
	NET_INCOME,
	/** Vermogen of applicant and partner together (on 1 January for toeslagen). */
	ASSETS,
	APPLICANT_AGE,
	PARTNER_AGE,
	/** Whether applicant and partner are insured under the Zorgverzekeringswet. */
	HEALTH_INSURED,
	/** Kale huur per month. */
	RENT,
	/** Service costs per month that count for huurtoeslag. */
	SERVICE_COSTS,
	/** Which children live in the household, and their ages. */
	CHILDREN,
	/** Who else lives at the address (medebewoners, kostendelers), their ages and incomes. */
	HOUSEMATES,
	/** Hours and hourly price of childcare, and hours worked. */
	CHILDCARE,
	/** Whether applicant and partner work, study or follow a route to work (for the kinderopvangtoeslag). */
	WORK,
	/** The yearly aanslag of municipal taxes. */
	MUNICIPAL_TAX

}
