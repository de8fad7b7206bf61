// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

/**
 * How useful an unanswered question is.
 *
 * @param question the question
 * @param settles schemes whose status is decided whichever way it is answered (taking its extreme answers)
 * @param affects schemes whose outcome changes with the answer
 */
public record QuestionRank(Question question, int settles, int affects) {
}
