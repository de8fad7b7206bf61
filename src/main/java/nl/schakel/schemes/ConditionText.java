// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

/**
 * One condition of a scheme as the catalogue shows it, without a household.
 *
 * @param id the condition's id in its scheme file, such as "vermogen"
 * @param whenFailing why someone does not get the scheme when it fails; may hold {grens} and {waarde}, which only an
 *        evaluation fills in
 * @param source the article it comes from
 */
public record ConditionText(String id, Text whenFailing, Source source) {

	/** Whether the text needs the amounts of a household to read well. */
	public boolean needsAmounts() {
		return whenFailing.nl().contains("{") || whenFailing.en().contains("{");
	}

}
