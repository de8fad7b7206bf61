// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.spreadsheet;

import org.jspecify.annotations.Nullable;

/**
 * A file that cannot be read at all, with a stable code that the calling module turns into its own message:
 * {@code binary}, {@code utf16}, {@code encoding}, {@code not-a-spreadsheet}, {@code not-a-zip}, {@code zip-too-big},
 * {@code csv-quote}.
 *
 * @param line where reading failed, counting from 1; null when the problem is the whole file
 */
public class UnreadableFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String file;

	private final @Nullable Integer line;

	private final String code;

	public UnreadableFileException(String file, @Nullable Integer line, String code) {
		super(code + " in " + file);
		this.file = file;
		this.line = line;
		this.code = code;
	}

	public String file() {
		return file;
	}

	public @Nullable Integer line() {
		return line;
	}

	public String code() {
		return code;
	}

}
