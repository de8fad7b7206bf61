// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.util.List;

/** A file that cannot be read at all (encoding, format, size); nothing of it was imported. */
public class UnusableFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<ImportProblem> problems;

	public UnusableFileException(List<ImportProblem> problems) {
		super(problems.size() + " problem(s) in the file");
		this.problems = List.copyOf(problems);
	}

	UnusableFileException(ImportProblem problem) {
		this(List.of(problem));
	}

	public List<ImportProblem> problems() {
		return problems;
	}

}
