// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.util.List;

/**
 * A change to a local scheme that is refused; nothing was stored. The code names the reason for the message bundle
 * ({@code schemes.editor.error.<code>}); problems list what is wrong in the scheme itself.
 */
public class SchemeEditException extends RuntimeException {

	private final String code;

	private final List<SchemeProblem> problems;

	public SchemeEditException(String code) {
		this(code, List.of());
	}

	public SchemeEditException(String code, List<SchemeProblem> problems) {
		super(code + (problems.isEmpty() ? "" : ": " + problems));
		this.code = code;
		this.problems = List.copyOf(problems);
	}

	public String code() {
		return code;
	}

	public List<SchemeProblem> problems() {
		return problems;
	}

}
