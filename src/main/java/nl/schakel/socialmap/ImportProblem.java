// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong (or worth knowing) about an uploaded file, where it is and why, as a message key with arguments so
 * it can be said in plain Dutch or English: {@code import.problem.<code>}.
 *
 * @param file the file, or the part of it (a CSV in a datapackage, "contents[3]" in a JSON list)
 * @param line the line or row, counting the header as line 1; null when the problem is about the whole file
 * @param column the column name or JSON path; null when the problem is about a whole line or file
 */
public record ImportProblem(String file, @Nullable Integer line, @Nullable String column, String code,
		List<String> args) {

	public ImportProblem {
		args = List.copyOf(args);
	}

	/** A problem with a whole file or request part, for callers outside this module. */
	public static ImportProblem ofFileFor(String file, String code) {
		return ofFile(file, code);
	}

	static ImportProblem ofFile(String file, String code, String... args) {
		return new ImportProblem(file, null, null, code, List.of(args));
	}

	static ImportProblem at(String file, int line, @Nullable String column, String code, String... args) {
		return new ImportProblem(file, line, column, code, List.of(args));
	}

	/** The message key of the reason. */
	public String messageKey() {
		return "import.problem." + code;
	}

	/** The same, in plain English without the message bundles: for logs-free API answers and exceptions. */
	public String describe() {
		var where = new StringBuilder(file);
		if (line != null) {
			where.append(", line ").append(line);
		}
		if (column != null) {
			where.append(", ").append(column);
		}
		return where + ": " + code + (args.isEmpty() ? "" : " " + args);
	}

}
