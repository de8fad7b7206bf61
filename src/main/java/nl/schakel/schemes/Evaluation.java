// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The results of all evaluated schemes for one household, with a receipt of the rules used.
 *
 * @param referenceDate the reference date the rules and parameters were read at
 * @param period the period the amounts are for
 * @param engineVersion version of the engine
 * @param ruleSetHash sha256 of the rule code, scheme files and parameters used
 * @param results one result per scheme
 * @param questions unanswered questions, most useful first
 */
public record Evaluation(LocalDate referenceDate, Period period, String engineVersion, String ruleSetHash,
		List<SchemeResult> results, List<QuestionRank> questions) {

	public Evaluation {
		results = List.copyOf(results);
		questions = List.copyOf(questions);
	}

	public Optional<SchemeResult> result(String schemeId) {
		return results.stream().filter(r -> r.schemeId().equals(schemeId)).findFirst();
	}

	/** The unanswered question that settles the most schemes, if any question is open. */
	public Optional<Question> nextQuestion() {
		return questions.isEmpty() ? Optional.empty() : Optional.of(questions.getFirst().question());
	}

}
