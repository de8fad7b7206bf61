// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A condition of a local scheme: a term from the fixed {@link Term vocabulary}, or terms combined with all, any and
 * not. Municipal staff choose terms and parameters; they never write an expression.
 */
public sealed interface Clause {

	/** Every part holds ({@code alle}). */
	record All(List<Clause> parts) implements Clause {
	}

	/** At least one part holds ({@code een_van}). */
	record Any(List<Clause> parts) implements Clause {
	}

	/** The part does not hold ({@code niet}). */
	record Not(Clause part) implements Clause {
	}

	/**
	 * One term of the vocabulary with its argument.
	 *
	 * @param term the term
	 * @param parameter the parameter it reads (for terms with a parameter), or the lower age for a child's age
	 * @param upper the parameter with the upper age (only {@code kind_in_leeftijd})
	 * @param scheme the scheme id (only {@code ontvangt})
	 */
	record Leaf(Term term, @Nullable String parameter, @Nullable String upper, @Nullable String scheme)
			implements Clause {
	}

}
