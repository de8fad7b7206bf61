// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

/**
 * A municipality's triage settings. None of these values is set by law: the Besluit gemeentelijke
 * schuldhulpverlening (§ 2) says a landlord signals "als er achterstand is", and no threshold could be verified in
 * the Besluit or the Wgs. The {@link #EXAMPLE} values are examples, not verified: the rule "2 or more creditors, or
 * rent arrears of 2 or more months, or an end-of-supply signal" comes from issue 6; the 30 days come from
 * convenant practice (DDAS code list "Huur: vanaf 30 dagen"; Landelijk convenant vroegsignalering as summarised by
 * janssen-janssen.nl). Each municipality sets its own in {@code signal_triage_policy}.
 *
 * @param minCreditors this many different creditors make a case high priority
 * @param minRentMonths rent arrears of this many whole months make a case high priority
 * @param minArrearsDays signals with younger arrears are kept but do not count towards priority
 * @param endOfSupplyUrgent whether an end-of-supply signal makes a case urgent
 * @param source where the values come from, shown with every case
 */
public record TriagePolicy(int minCreditors, int minRentMonths, int minArrearsDays, boolean endOfSupplyUrgent,
		String source) {

	public static final TriagePolicy EXAMPLE = new TriagePolicy(2, 2, 30, true,
			"example, not verified: issue 6 and convenant practice (30 days); see docs/signals.md");

	public TriagePolicy {
		if (minCreditors < 1 || minRentMonths < 0 || minArrearsDays < 0) {
			throw new IllegalArgumentException("Triage thresholds must be positive");
		}
	}

}
