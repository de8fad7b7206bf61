// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.util.List;

/** An HSDS document that cannot be imported; nothing of it was stored. Each problem names where it is. */
public class HsdsImportException extends RuntimeException {

	private final List<String> problems;

	public HsdsImportException(List<String> problems) {
		super(problems.size() + " problem(s) in the HSDS document");
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
