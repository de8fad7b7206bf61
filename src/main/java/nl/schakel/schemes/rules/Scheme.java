// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Question;
import nl.schakel.schemes.Source;

/**
 * One scheme's rules. The texts, sources and dated parameters come from its file; the subclass holds the
 * calculation. The condition and step ids the subclass declares must be exactly those in the file.
 */
public abstract class Scheme {

	protected final SchemeDefinition definition;

	private final ConditionDefinition[] conditions;

	private final StepDefinition[] steps;

	protected Scheme(SchemeDefinition definition, List<String> conditionIds, List<String> stepIds) {
		this.definition = definition;
		this.conditions = new ConditionDefinition[conditionIds.size()];
		for (int i = 0; i < conditionIds.size(); i++) {
			String id = conditionIds.get(i);
			conditions[i] = definition.conditions().stream().filter(c -> c.id().equals(id)).findFirst()
				.orElseThrow(() -> new RuleFileException(definition.file(), 0,
						"the rules of " + definition.id() + " check condition '" + id + "', which 'voorwaarden' lacks"));
		}
		this.steps = new StepDefinition[stepIds.size()];
		for (int i = 0; i < stepIds.size(); i++) {
			String id = stepIds.get(i);
			steps[i] = definition.steps().stream().filter(s -> s.id().equals(id)).findFirst()
				.orElseThrow(() -> new RuleFileException(definition.file(), 0,
						"the rules of " + definition.id() + " take step '" + id + "', which 'stappen' lacks"));
		}
		for (ConditionDefinition c : definition.conditions()) {
			if (!conditionIds.contains(c.id())) {
				throw new RuleFileException(definition.file(), 0, "condition '" + c.id() + "' is never checked");
			}
		}
		for (StepDefinition s : definition.steps()) {
			if (!stepIds.contains(s.id())) {
				throw new RuleFileException(definition.file(), 0, "step '" + s.id() + "' is never taken");
			}
		}
	}

	public final String id() {
		return definition.id();
	}

	public final SchemeDefinition definition() {
		return definition;
	}

	final ConditionDefinition condition(int index) {
		return conditions[index];
	}

	final int conditionCount() {
		return conditions.length;
	}

	final StepDefinition step(int index) {
		return steps[index];
	}

	final int stepCount() {
		return steps.length;
	}

	/** The inputs the rules read; an open question outside this set does not matter for the scheme. */
	public abstract Set<Question> reads();

	/** Whether the rules and parameters cover the date. */
	public abstract boolean covers(LocalDate date);

	/** Runs the rules on one fully known household. Records every condition, even after one has failed. */
	public abstract void evaluate(Facts facts, Trace trace);

	/** The income that tapers the amount, for "bij een inkomen tot en met ..."; null when none does. */
	public @Nullable Question taperedBy() {
		return null;
	}

	/** The conditions that depend only on the tapering income. */
	public Set<String> incomeConditions() {
		return Set.of();
	}

	/** The limits in the conditions for this household, for the generated boundary tests. */
	public abstract List<Threshold> thresholds(Facts facts);

	/** The parameter sources that apply on the date. */
	protected abstract List<Source> parameterSources(LocalDate date);

	/** The scheme's own source, its parameters' sources and those of its conditions and steps, without repeats. */
	final List<Source> sources(LocalDate date) {
		Set<Source> all = new LinkedHashSet<>();
		all.add(definition.source());
		all.addAll(parameterSources(date));
		for (ConditionDefinition c : conditions) {
			all.add(c.source());
		}
		for (StepDefinition s : steps) {
			all.add(s.source());
		}
		return new ArrayList<>(all);
	}

}
