// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.util.List;

import nl.schakel.schemes.Money;
import nl.schakel.schemes.Question;

/**
 * A limit in a condition, for the generated boundary tests (limit - 1 cent, limit, limit + 1 cent).
 *
 * @param condition the condition id
 * @param input the input compared with the limit
 * @param limit the limit
 * @param holdsAtLimit whether the condition holds exactly at the limit ("niet meer dan" versus "minder dan")
 * @param holdsBelow whether the condition holds below the limit (true for an upper limit)
 */
public record Threshold(String condition, Question input, Money limit, boolean holdsAtLimit, boolean holdsBelow) {

	public static Threshold atMost(String condition, Question input, Money limit) {
		return new Threshold(condition, input, limit, true, true);
	}

	/** The only limit of a scheme whose one limit is the vermogensgrens, for the condition "vermogen". */
	public static List<Threshold> assets(Money limit) {
		return List.of(atMost("vermogen", Question.ASSETS, limit));
	}

	public static Threshold below(String condition, Question input, Money limit) {
		return new Threshold(condition, input, limit, false, true);
	}

	public static Threshold atLeast(String condition, Question input, Money limit) {
		return new Threshold(condition, input, limit, true, false);
	}

}
