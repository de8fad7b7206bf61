// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.schakel.schemes.rules.Evaluator;
import nl.schakel.schemes.rules.RuleSet;
import nl.schakel.schemes.rules.Scheme;

/**
 * The regelingen engine: what a household may get from every scheme, and why. Pure Java and thread-safe; one
 * instance serves all requests and bulk runs.
 */
public final class Schemes {

	/** Raise when the engine's behaviour changes; rule and parameter changes show in the rule-set hash. */
	public static final String ENGINE_VERSION = "1.0.0";

	private final RuleSet rules;

	private final Evaluator evaluator;

	private Schemes(RuleSet rules) {
		this(rules, new Evaluator(rules.schemes()));
	}

	private Schemes(RuleSet rules, Evaluator evaluator) {
		this.rules = rules;
		this.evaluator = evaluator;
	}

	/** Loads and checks the national schemes; a broken scheme file fails here with its file, line and reason. */
	public static Schemes national() {
		return new Schemes(RuleSet.national());
	}

	/** Evaluates every scheme, reading rules and parameters on the first day of the period. */
	public Evaluation evaluate(Household household, Period period) {
		return evaluate(household, period.start(), period);
	}

	/** Evaluates every scheme, reading rules and parameters on the reference date (peildatum). */
	public Evaluation evaluate(Household household, LocalDate referenceDate, Period period) {
		Evaluator.Outcome outcome = evaluator.evaluate(household, referenceDate, period);
		return new Evaluation(referenceDate, period, ENGINE_VERSION, rules.hash(), outcome.results(), outcome.questions());
	}

	/** The ids of the schemes, in order. */
	public List<String> ids() {
		return evaluator.schemes().stream().map(s -> s.id()).toList();
	}

	/**
	 * An engine that evaluates only the given schemes, in the given order; the receipt keeps the hash of the whole
	 * rule set. For callers that need a few schemes many times, such as bulk screening of one scheme.
	 *
	 * @throws IllegalArgumentException for an id that is not a scheme
	 */
	public Schemes only(List<String> schemeIds) {
		List<Scheme<?>> picked = new ArrayList<>();
		for (String id : schemeIds) {
			picked.add(evaluator.schemes()
				.stream()
				.filter(s -> s.id().equals(id))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown scheme: " + id + "; known: " + ids())));
		}
		return new Schemes(rules, new Evaluator(picked));
	}

	/**
	 * An engine whose results leave out the income distance ("bij een inkomen onder € X zou u recht hebben"), which
	 * costs a bisection of about 25 runs for every scheme refused on income. Everything else is the same. For bulk
	 * runs that do not show the distance.
	 */
	public Schemes withoutIncomeDistance() {
		return new Schemes(rules, new Evaluator(evaluator.schemes(), false));
	}

	/** sha256 of the rule code, scheme files and parameters. */
	public String ruleSetHash() {
		return rules.hash();
	}

}
