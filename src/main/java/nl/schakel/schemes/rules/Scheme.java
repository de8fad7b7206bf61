// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Question;
import nl.schakel.schemes.Source;

/**
 * One scheme's rules. The texts, sources and dated parameters come from its file; the subclass holds the
 * calculation. The condition and step ids the subclass declares must be exactly those in the file.
 */
public abstract class Scheme<P> {

	protected final SchemeDefinition definition;

	/** The typed parameters for every date on which one changes. */
	protected final Dated<P> parameters;

	private @Nullable Question taperedBy;

	private Set<String> incomeConditions = Set.of();

	private final ConditionDefinition[] conditions;

	private final StepDefinition[] steps;

	protected Scheme(SchemeDefinition definition, List<String> conditionIds, List<String> stepIds,
			Function<ParameterView, P> parameters) {
		this.definition = definition;
		this.conditions = match(definition, conditionIds, definition.conditions(), ConditionDefinition::id,
				"condition", "voorwaarden").toArray(ConditionDefinition[]::new);
		this.steps = match(definition, stepIds, definition.steps(), StepDefinition::id, "step", "stappen")
			.toArray(StepDefinition[]::new);
		this.parameters = Dated.of(definition, parameters);
	}

	/** The file's entries in the order of the ids the rules use; both must name exactly the same ids. */
	private static <T> List<T> match(SchemeDefinition definition, List<String> ids, List<T> entries,
			Function<T, String> id, String kind, String key) {
		List<T> ordered = new ArrayList<>();
		for (String wanted : ids) {
			ordered.add(entries.stream().filter(e -> id.apply(e).equals(wanted)).findFirst()
				.orElseThrow(() -> new RuleFileException(definition.file(), 0, "the rules of " + definition.id()
						+ " use " + kind + " '" + wanted + "', which '" + key + "' lacks")));
		}
		for (T entry : entries) {
			if (!ids.contains(id.apply(entry))) {
				throw new RuleFileException(definition.file(), 0,
						kind + " '" + id.apply(entry) + "' in '" + key + "' is never used by the rules");
			}
		}
		return ordered;
	}

	/** Declares the income that tapers the amount and the conditions that depend only on it. */
	protected final void taperedBy(Question income, String... conditions) {
		this.taperedBy = income;
		this.incomeConditions = Set.of(conditions);
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
	public boolean covers(LocalDate date) {
		return parameters.at(date) != null;
	}

	/** Runs the rules on one fully known household. Records every condition, even after one has failed. */
	public abstract void evaluate(Facts facts, Trace trace);

	/** The income that tapers the amount, for "bij een inkomen tot en met ..."; null when none does. */
	public final @Nullable Question taperedBy() {
		return taperedBy;
	}

	/** The conditions that depend only on the tapering income. */
	public final Set<String> incomeConditions() {
		return incomeConditions;
	}

	/** The limits in the conditions for this household, for the generated boundary tests. */
	public List<Threshold> thresholds(Facts facts) {
		return List.of();
	}

	/** The scheme's own source, its parameters' sources and those of its conditions and steps, without repeats. */
	final List<Source> sources(LocalDate date) {
		Set<Source> all = new LinkedHashSet<>();
		all.add(definition.source());
		all.addAll(parameters.sourcesAt(date));
		for (ConditionDefinition c : conditions) {
			all.add(c.source());
		}
		for (StepDefinition s : steps) {
			all.add(s.source());
		}
		return new ArrayList<>(all);
	}

}
