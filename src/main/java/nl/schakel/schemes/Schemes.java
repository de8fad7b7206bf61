// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.rules.Evaluator;
import nl.schakel.schemes.rules.LocalScheme;
import nl.schakel.schemes.rules.LocalSchemeDefinition;
import nl.schakel.schemes.rules.RuleSet;
import nl.schakel.schemes.rules.SchemeDefinition;
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

	/** The national schemes and these local schemes (read with {@code LocalSchemeFileReader}). */
	public static Schemes withLocal(List<LocalSchemeDefinition> local) {
		return new Schemes(RuleSet.withLocal(local));
	}

	/** The national schemes and the local schemes shipped with Schakel. */
	public static Schemes bundled() {
		return withLocal(RuleSet.bundledLocal());
	}

	/**
	 * Evaluates one scheme by id, also a local scheme of another municipality than the household's; empty when no
	 * scheme has the id.
	 */
	public Optional<Evaluation> evaluateOne(Household household, LocalDate referenceDate, Period period,
			String schemeId) {
		if (!ids().contains(schemeId)) {
			return Optional.empty();
		}
		Evaluator.Outcome outcome = evaluator.evaluateOne(household, referenceDate, period, schemeId);
		return Optional.of(new Evaluation(referenceDate, period, ENGINE_VERSION, rules.hash(), outcome.results(),
				outcome.questions()));
	}

	/** The file contents of the national schemes, in order. */
	public List<SchemeDefinition> nationalDefinitions() {
		return rules.schemes().stream().filter(s -> s.municipality() == null).map(s -> s.definition()).toList();
	}

	/** The local schemes of a municipality (CBS code), in order; all local schemes when the code is null. */
	public List<LocalSchemeDefinition> localDefinitions(@Nullable String municipality) {
		return rules.schemes().stream().filter(s -> s instanceof LocalScheme).map(s -> ((LocalScheme) s).local())
			.filter(l -> municipality == null || l.municipality().equals(municipality)).toList();
	}

	/** Whether any local scheme belongs to the municipality. */
	public boolean hasLocalSchemes(String municipality) {
		return !localDefinitions(municipality).isEmpty();
	}

	/** Evaluates every scheme, reading rules and parameters on the first day of the period. */
	public Evaluation evaluate(Household household, Period period) {
		return evaluate(household, period.start(), period);
	}

	/**
	 * Evaluates every national scheme and the local schemes of the household's municipality, reading rules and
	 * parameters on the reference date (peildatum).
	 */
	public Evaluation evaluate(Household household, LocalDate referenceDate, Period period) {
		Evaluator.Outcome outcome = evaluator.evaluate(household, referenceDate, period);
		return new Evaluation(referenceDate, period, ENGINE_VERSION, rules.hash(), outcome.results(), outcome.questions());
	}

	/**
	 * Only the status and yearly amount per scheme, for the national schemes and the household's local ones: no
	 * explanations, steps or question ranking. Always the same status and amount as {@link #evaluate}; much cheaper
	 * for a fully known household, as when screening a population.
	 */
	public List<Decision> decide(Household household, LocalDate referenceDate, Period period) {
		return evaluator.decide(household, referenceDate, period);
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

	/**
	 * What the catalogue shows for a scheme: texts, how to apply, documents, theme. Empty when no scheme has the id.
	 */
	public Optional<SchemeInfo> info(String schemeId) {
		return rules.schemes().stream().filter(s -> s.id().equals(schemeId)).findFirst().map(Schemes::info);
	}

	/**
	 * The national schemes and the local schemes of the municipality, in rule-set order; only national schemes when
	 * the code is null.
	 */
	public List<SchemeInfo> catalogue(@Nullable String municipality) {
		return rules.schemes()
			.stream()
			.filter(s -> s.municipality() == null || s.municipality().equals(municipality))
			.map(Schemes::info)
			.toList();
	}

	/** The conditions of a scheme with their texts and sources, in file order; empty when no scheme has the id. */
	public List<ConditionText> conditions(String schemeId) {
		return rules.schemes()
			.stream()
			.filter(s -> s.id().equals(schemeId))
			.findFirst()
			.map(s -> s.definition()
				.conditions()
				.stream()
				.map(c -> new ConditionText(c.id(), c.whenFailing(), c.source()))
				.toList())
			.orElse(List.of());
	}

	private static SchemeInfo info(Scheme<?> scheme) {
		SchemeDefinition d = scheme.definition();
		if (d.about() == null) {
			throw new IllegalStateException("Scheme " + d.id() + " has no 'over' part");
		}
		if (scheme instanceof LocalScheme local) {
			return new SchemeInfo(d.id(), d.name(), d.source(), local.local().municipality(),
					local.local().validFrom(), local.local().validUntil(), d.about());
		}
		return new SchemeInfo(d.id(), d.name(), d.source(), null, null, null, d.about());
	}

	/** sha256 of the rule code, scheme files and parameters. */
	public String ruleSetHash() {
		return rules.hash();
	}

}
