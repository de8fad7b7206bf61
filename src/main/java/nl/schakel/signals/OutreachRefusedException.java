// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.util.List;

/** Bad input for outreach: nothing was changed. Each problem is a message key the form shows next to its field. */
public class OutreachRefusedException extends RuntimeException {

	private final List<String> problems;

	public OutreachRefusedException(List<String> problems) {
		super("Outreach refused: " + String.join(", ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
