// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import org.jspecify.annotations.Nullable;

/**
 * A file that is not taken at all; nothing of it is stored. The code names the problem for the message:
 * {@code too-big}, {@code empty}, {@code format}, {@code no-rows}, {@code too-many-rows}, {@code binary},
 * {@code utf16}, {@code encoding}, {@code not-a-spreadsheet}, {@code not-a-zip}, {@code zip-too-big},
 * {@code csv-quote}.
 */
public class SignalFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	private final @Nullable Integer line;

	SignalFileException(String code, @Nullable Integer line) {
		super("The file is refused: " + code);
		this.code = code;
		this.line = line;
	}

	public String code() {
		return code;
	}

	public @Nullable Integer line() {
		return line;
	}

}
