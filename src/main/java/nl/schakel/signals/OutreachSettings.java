// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

/**
 * A municipality's outreach settings: the team's contact details, printed on letters, and the number of attempts
 * without reaching anyone after which a case closes as "geen contact". The law sets no number; {@link #EXAMPLE} is
 * shown as example values until the municipality sets its own.
 */
public record OutreachSettings(int maxAttempts, String teamName, String phone, String email, String visitingAddress,
		String source) {

	public static final OutreachSettings EXAMPLE = new OutreachSettings(3, "Team Vroegsignalering",
			"0000 000 000", "vroegsignalering@gemeente.example", "Stadhuis, loket Geldzaken", "example, not verified");

	public OutreachSettings {
		if (maxAttempts < 1 || maxAttempts > 20) {
			throw new IllegalArgumentException("the number of attempts is 1 to 20");
		}
		for (String text : new String[] { teamName, phone, email, visitingAddress, source }) {
			if (text == null || text.isBlank()) {
				throw new IllegalArgumentException("every outreach setting needs a value");
			}
		}
	}

}
