// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

/**
 * Childcare for one child, per month, for the kinderopvangtoeslag.
 *
 * @param childIndex index of the child in {@link Household#children()}
 * @param kind the type of childcare (Besluit kinderopvangtoeslag art. 7)
 * @param hours hours of childcare per month
 * @param hourlyPrice the price per hour the childcare charges
 */
public record Childcare(int childIndex, Kind kind, int hours, Money hourlyPrice) {

	public enum Kind {
		/** Dagopvang (kinderdagverblijf). */
		DAGOPVANG,
		/** Buitenschoolse opvang. */
		BUITENSCHOOLSE_OPVANG,
		/** Gastouderopvang. */
		GASTOUDEROPVANG
	}

}
