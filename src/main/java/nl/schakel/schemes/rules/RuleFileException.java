// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

/** A scheme file that cannot be used: says which file, which line and why, so the start fails loudly. */
public class RuleFileException extends RuntimeException {

	private final String file;

	private final int line;

	public RuleFileException(String file, int line, String reason) {
		super(file + ":" + line + ": " + reason);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

}
