// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.schakel.schemes.ConditionResult;
import nl.schakel.schemes.Evaluation;
import nl.schakel.schemes.Household;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Person;
import nl.schakel.schemes.Question;
import nl.schakel.schemes.SchemeResult;
import nl.schakel.schemes.Status;
import nl.schakel.schemes.Schemes;
import nl.schakel.schemes.Tri;

/**
 * Runs the scheme test files (one dynamic test per case), checks that every condition is seen both true and false
 * over those cases, and generates boundary cases (limit - 1 cent, limit, limit + 1 cent) for every limit.
 */
class SchemeCasesTests {

	private static final Schemes SCHEMES = Schemes.national();

	private static final RuleSet RULES = RuleSet.national();

	private static final Evaluator EVALUATOR = new Evaluator(RULES.schemes());

	@TestFactory
	Stream<DynamicTest> schemeTestFiles() {
		return SchemeTestCase.all().stream().map(c -> DynamicTest.dynamicTest(c.file() + ": " + c.name(), () -> {
			if (c.disabled() != null) {
				Assumptions.abort("Disabled: " + c.disabled());
			}
			Evaluation evaluation = SCHEMES.evaluate(c.household(), c.referenceDate(), c.period());
			c.expected().forEach((scheme, expected) -> {
				SchemeResult r = evaluation.result(scheme).orElseThrow();
				String where = scheme + " in '" + c.name() + "'";
				if (expected.status() != null) {
					assertThat(r.status()).as(where + " status " + explain(r)).isEqualTo(expected.status());
				}
				if (expected.perMonth() != null) {
					assertThat(r.perMonth()).as(where + " per month " + explain(r)).isEqualTo(expected.perMonth());
				}
				if (expected.perYear() != null) {
					assertThat(r.perYear()).as(where + " per year " + explain(r)).isEqualTo(expected.perYear());
				}
				if (expected.failing() != null) {
					assertThat(new TreeSet<>(r.failing().stream().map(ConditionResult::id).toList()))
						.as(where + " failing conditions").isEqualTo(expected.failing());
				}
				if (expected.open() != null) {
					assertThat(new TreeSet<>(r.open())).as(where + " open questions").isEqualTo(expected.open());
				}
				expected.steps().forEach((step, value) -> assertThat(r.step(step)).as(where + " step " + step)
					.isEqualTo(value));
				if (expected.distance() != null) {
					assertThat(r.distance()).as(where + " distance").isNotNull();
					assertThat(r.distance().limit()).as(where + " distance").isEqualTo(expected.distance());
				}
			});
			if (c.nextQuestion() != null) {
				assertThat(evaluation.nextQuestion()).as("next question").contains(c.nextQuestion());
			}
		}));
	}

	@Test
	void everyConditionIsSeenTrueAndFalseInTheTestCases() {
		Map<String, Set<Tri>> seen = new HashMap<>();
		for (Scheme<?> scheme : RULES.schemes()) {
			scheme.definition().conditions().forEach(c -> seen.put(scheme.id() + "." + c.id(), EnumSet.noneOf(Tri.class)));
		}
		for (SchemeTestCase c : SchemeTestCase.all()) {
			if (c.disabled() != null) {
				continue;
			}
			for (SchemeResult r : SCHEMES.evaluate(c.household(), c.referenceDate(), c.period()).results()) {
				if (!c.expected().containsKey(r.schemeId())) {
					continue;
				}
				r.conditions().forEach(cr -> seen.get(r.schemeId() + "." + cr.id()).add(cr.outcome()));
			}
		}
		List<String> missing = new ArrayList<>();
		seen.forEach((condition, outcomes) -> {
			if (!outcomes.contains(Tri.TRUE) || !outcomes.contains(Tri.FALSE)) {
				missing.add(condition + " seen only as " + outcomes);
			}
		});
		assertThat(missing).as("conditions never tested both true and false").isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> boundariesOfEveryLimit() {
		List<DynamicTest> tests = new ArrayList<>();
		Set<String> done = new LinkedHashSet<>();
		for (SchemeTestCase c : SchemeTestCase.all()) {
			if (c.disabled() != null) {
				continue;
			}
			for (Scheme<?> scheme : RULES.schemes()) {
				if (!c.expected().containsKey(scheme.id()) || !scheme.covers(c.referenceDate())) {
					continue;
				}
				Facts facts = EVALUATOR.knownFacts(scheme, c.household(), c.referenceDate(), c.period());
				if (facts == null) {
					continue;
				}
				for (Threshold t : scheme.thresholds(facts)) {
					if (!done.add(scheme.id() + "|" + t + "|" + c.period())) {
						continue;
					}
					for (long delta : new long[] { -1, 0, 1 }) {
						Money value = t.limit().plus(Money.cents(delta));
						boolean holds = delta == 0 ? t.holdsAtLimit() : (delta < 0) == t.holdsBelow();
						tests.add(DynamicTest.dynamicTest(
								scheme.id() + "." + t.condition() + " " + c.period() + " at " + t.input() + " = " + value
										+ " (limit " + t.limit() + ") " + (holds ? "holds" : "fails"),
								() -> {
									Household h = with(c.household(), t.input(), value);
									SchemeResult r = SCHEMES.evaluate(h, c.referenceDate(), c.period())
										.result(scheme.id()).orElseThrow();
									assertThat(r.condition(t.condition())).isEqualTo(Tri.of(holds));
								}));
					}
				}
			}
		}
		assertThat(tests).as("generated boundary cases").isNotEmpty();
		return tests.stream();
	}

	/**
	 * The income limits of the tapered schemes are not parameters but follow from the formula and its rounding; the
	 * engine finds them. Around each limit found in a test case: entitled 1 cent below and at it, not 1 cent above.
	 */
	@TestFactory
	Stream<DynamicTest> boundariesOfEveryIncomeLimit() {
		List<DynamicTest> tests = new ArrayList<>();
		for (SchemeTestCase c : SchemeTestCase.all()) {
			if (c.disabled() != null) {
				continue;
			}
			for (SchemeResult r : SCHEMES.evaluate(c.household(), c.referenceDate(), c.period()).results()) {
				if (!c.expected().containsKey(r.schemeId()) || r.distance() == null) {
					continue;
				}
				Money limit = r.distance().limit();
				Question input = r.distance().question();
				for (long delta : new long[] { -1, 0, 1 }) {
					Money value = limit.plus(Money.cents(delta));
					boolean entitled = delta <= 0;
					tests.add(DynamicTest.dynamicTest(r.schemeId() + " " + c.period() + " at " + input + " = " + value
							+ " (income limit " + limit + ") " + (entitled ? "entitled" : "not entitled"), () -> {
								Household h = with(c.household(), input, value);
								SchemeResult at = SCHEMES.evaluate(h, c.referenceDate(), c.period())
									.result(r.schemeId()).orElseThrow();
								assertThat(at.status()).isEqualTo(entitled ? Status.RECHT : Status.GEEN_RECHT);
							}));
				}
			}
		}
		assertThat(tests).as("generated income boundary cases").isNotEmpty();
		return tests.stream();
	}

	/** The household with one input set so that the household total equals the value. */
	private static Household with(Household h, Question input, Money value) {
		boolean partner = h.hasPartner() == Tri.TRUE;
		Person a = h.applicant();
		Person p = h.partner();
		return switch (input) {
			case INCOME -> h.withApplicant(a.withYearlyIncome(
					MoneyRange.exactly(value.minus(partner ? p.yearlyIncome().min() : Money.ZERO))));
			case NET_INCOME -> h.withApplicant(a.withMonthlyNetIncome(
					MoneyRange.exactly(value.minus(partner ? p.monthlyNetIncome().min() : Money.ZERO))));
			case ASSETS -> h.withApplicant(
					a.withAssets(MoneyRange.exactly(value.minus(partner ? p.assets().min() : Money.ZERO))));
			case RENT -> h.withRent(MoneyRange.exactly(value), h.serviceCosts());
			case SERVICE_COSTS -> h.withRent(h.rent(), MoneyRange.exactly(value));
			default -> throw new IllegalArgumentException("no boundary generator for " + input);
		};
	}

	private static String explain(SchemeResult r) {
		return "(status " + r.status() + ", failing " + r.failing().stream().map(ConditionResult::id).toList()
				+ ", steps " + r.steps().stream().map(s -> s.id() + "=" + s.value()).toList() + ")";
	}

}
