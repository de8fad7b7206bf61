// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.util.List;

/**
 * A DDAS document that may not leave: it breaks the official schema, or it is larger than one page of the model
 * allows. The message and violations name paths and rules, never values from the document.
 */
public class DdasExportException extends RuntimeException {

	private final List<String> violations;

	public DdasExportException(String message, List<String> violations) {
		super(message);
		this.violations = List.copyOf(violations);
	}

	public List<String> violations() {
		return violations;
	}

}
