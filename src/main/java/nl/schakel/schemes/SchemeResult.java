// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What one scheme means for one household in one period.
 *
 * @param schemeId e.g. "zorgtoeslag"
 * @param name the scheme's name in Dutch and English
 * @param status RECHT, GEEN_RECHT, MOGELIJK or ONBEKEND
 * @param perMonth the amount per month (a range when inputs are unknown; zero without entitlement)
 * @param perYear the amount per year
 * @param failing every condition that fails, each with its explanation and article
 * @param undecided every condition that depends on an open question
 * @param conditions all conditions with their outcome
 * @param open the unanswered questions that change the outcome of this scheme
 * @param steps the calculation, step by step
 * @param distance how much lower the income would have to be, when income is what stands in the way
 * @param sources the legal sources of the scheme, its parameters and rounding
 */
public record SchemeResult(String schemeId, Text name, Status status, MoneyRange perMonth, MoneyRange perYear,
		List<ConditionResult> failing, List<ConditionResult> undecided, List<ConditionResult> conditions,
		Set<Question> open, List<CalculationStep> steps, @Nullable IncomeDistance distance, List<Source> sources) {

	public SchemeResult {
		failing = List.copyOf(failing);
		undecided = List.copyOf(undecided);
		conditions = List.copyOf(conditions);
		open = Set.copyOf(open);
		steps = List.copyOf(steps);
		sources = List.copyOf(sources);
	}

	/** The outcome of one condition, or UNKNOWN when the scheme did not get to it. */
	public Tri condition(String id) {
		for (ConditionResult c : conditions) {
			if (c.id().equals(id)) {
				return c.outcome();
			}
		}
		return Tri.UNKNOWN;
	}

	/** The value of one calculation step, or null when the scheme did not take it. */
	public @Nullable MoneyRange step(String id) {
		for (CalculationStep s : steps) {
			if (s.id().equals(id)) {
				return s.value();
			}
		}
		return null;
	}

}
