// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Money;
import nl.schakel.schemes.Question;
import nl.schakel.schemes.rules.LocalSchemeDefinition.AmountRule;
import nl.schakel.schemes.rules.LocalSchemeDefinition.Template;

/**
 * A local scheme compiled from its file onto the same {@link Scheme} contract as the national schemes, so the
 * engine gives it the same result: status, amounts or ranges, every failing condition with its explanation and
 * source, steps, distance to the income limit and the ranking of open questions.
 */
public final class LocalScheme extends Scheme<Map<String, Object>> {

	static final String STEP_NORM = "norm", STEP_DRAAGKRACHTGRENS = "draagkrachtgrens",
			STEP_DRAAGKRACHT = "draagkracht", STEP_KOSTEN = "kosten", STEP_PER_JAAR = "per_jaar",
			STEP_PER_MAAND = "per_maand";

	/** Age from which a child no longer counts as a child when a rule gives no upper age. */
	private static final int ADULT_MONTHS = 18 * 12;

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	/** The norm without the vakantietoeslag: the vakantietoeslag is 5% of the norm (Participatiewet art. 19 lid 3). */
	private static final BigDecimal WITHOUT_HOLIDAY_ALLOWANCE = new BigDecimal("0.95");

	private final LocalSchemeDefinition local;

	private final AlgemeneBijstand bijstand;

	private final Clause[] clauses;

	private final Set<Question> reads;

	private final int stepNorm;

	private final int stepDraagkrachtgrens;

	private final int stepDraagkracht;

	private final int stepKosten;

	private final int stepPerJaar;

	private final int stepPerMaand;

	public LocalScheme(LocalSchemeDefinition local, AlgemeneBijstand bijstand) {
		super(local.definition(), List.copyOf(local.conditions().keySet()),
				local.definition().steps().stream().map(StepDefinition::id).toList(),
				view -> values(view, LocalSchemeFileReader.parameterUnits(local)));
		this.local = local;
		this.bijstand = bijstand;
		this.clauses = local.conditions().values().toArray(Clause[]::new);
		List<String> stepIds = local.definition().steps().stream().map(StepDefinition::id).toList();
		stepNorm = stepIds.indexOf(STEP_NORM);
		stepDraagkrachtgrens = stepIds.indexOf(STEP_DRAAGKRACHTGRENS);
		stepDraagkracht = stepIds.indexOf(STEP_DRAAGKRACHT);
		stepKosten = stepIds.indexOf(STEP_KOSTEN);
		stepPerJaar = stepIds.indexOf(STEP_PER_JAAR);
		stepPerMaand = stepIds.indexOf(STEP_PER_MAAND);
		Set<Question> all = EnumSet.of(Question.PARTNER);
		List<String> incomeConditions = new ArrayList<>();
		for (Map.Entry<String, Clause> e : local.conditions().entrySet()) {
			collect(e.getValue(), all);
			if (e.getValue() instanceof Clause.Leaf leaf && leaf.term().reads.contains(Question.NET_INCOME)) {
				incomeConditions.add(e.getKey());
			}
		}
		for (AmountRule rule : local.amounts()) {
			if (rule.when() != null) {
				collect(rule.when(), all);
			}
			if (rule.perChild() != null) {
				all.add(Question.CHILDREN);
			}
		}
		// An EnumSet: the evaluator asks reads().contains(...) for every open input of every household.
		this.reads = java.util.Collections.unmodifiableSet(EnumSet.copyOf(all));
		if (!incomeConditions.isEmpty()) {
			taperedBy(Question.NET_INCOME, incomeConditions.toArray(String[]::new));
		}
	}

	private static Map<String, Object> values(ParameterView view, Map<String, Unit> units) {
		Map<String, Object> values = new HashMap<>();
		units.forEach((name, unit) -> values.put(name, switch (unit) {
			case EURO -> view.money(name);
			case PROCENT -> view.rate(name);
			case GETAL -> view.number(name);
			case MAANDEN -> view.months(name);
			case TABEL -> view.table(name);
		}));
		return Map.copyOf(values);
	}

	private static void collect(Clause clause, Set<Question> into) {
		switch (clause) {
			case Clause.All all -> all.parts().forEach(p -> collect(p, into));
			case Clause.Any any -> any.parts().forEach(p -> collect(p, into));
			case Clause.Not not -> collect(not.part(), into);
			case Clause.Leaf leaf -> into.addAll(leaf.term().reads());
		}
	}

	public LocalSchemeDefinition local() {
		return local;
	}

	@Override
	public String municipality() {
		return local.municipality();
	}

	@Override
	public Set<Question> reads() {
		return reads;
	}

	@Override
	public boolean covers(LocalDate date) {
		return !date.isBefore(local.validFrom()) && (local.validUntil() == null || !date.isAfter(local.validUntil()))
				&& super.covers(date);
	}

	/** One run over fully known facts; keeps the norm once computed and the limit of the last money term. */
	private final class Run {

		final Facts f;

		final Trace t;

		final Map<String, Object> p;

		@Nullable Money norm;

		boolean unusable;

		@Nullable Money limit;

		@Nullable Money value;

		Run(Facts f, Trace t, Map<String, Object> p) {
			this.f = f;
			this.t = t;
			this.p = p;
		}

		@Nullable Money norm() {
			if (norm == null && !unusable) {
				norm = bijstand.normForLocalScheme(f, t);
				unusable = norm == null;
				if (norm != null && stepNorm >= 0) {
					t.step(stepNorm, norm);
				}
			}
			return norm;
		}

		boolean test(Clause clause) {
			return switch (clause) {
				case Clause.All all -> {
					boolean holds = true;
					for (Clause part : all.parts()) {
						holds &= test(part);
					}
					yield holds;
				}
				case Clause.Any any -> {
					boolean holds = false;
					for (Clause part : any.parts()) {
						holds |= test(part);
					}
					yield holds;
				}
				case Clause.Not not -> !test(not.part());
				case Clause.Leaf leaf -> leaf(leaf);
			};
		}

		private boolean leaf(Clause.Leaf leaf) {
			return switch (leaf.term()) {
				case INKOMEN_TOT_PROCENT_VAN_NORM -> {
					Money n = norm();
					if (n == null) {
						yield false;
					}
					BigDecimal rate = (BigDecimal) p.get(leaf.parameter());
					yield atMost(f.netIncome, n.times(rate, RoundingMode.DOWN));
				}
				case INKOMEN_TOT_PROCENT_VAN_NORM_ZONDER_VAKANTIETOESLAG -> {
					Money n = norm();
					if (n == null) {
						yield false;
					}
					BigDecimal rate = (BigDecimal) p.get(leaf.parameter());
					yield atMost(f.netIncome, n.times(WITHOUT_HOLIDAY_ALLOWANCE.multiply(rate), RoundingMode.DOWN));
				}
				case INKOMEN_TOT -> atMost(f.netIncome, (Money) p.get(leaf.parameter()));
				case VERMOGEN_TOT_VERMOGENSGRENS -> {
					Money grens = bijstand.assetLimit(f, t);
					yield grens != null && atMost(f.assets, grens);
				}
				case VERMOGEN_TOT -> atMost(f.assets, (Money) p.get(leaf.parameter()));
				case LEEFTIJD_VANAF -> f.applicantAgeMonths >= (Integer) p.get(leaf.parameter());
				case LEEFTIJD_ONDER -> f.applicantAgeMonths < (Integer) p.get(leaf.parameter());
				case PENSIOENLEEFTIJD_BEREIKT -> Boolean.TRUE.equals(bijstand.pensionAge(f, t));
				case HEEFT_PARTNER -> f.partner;
				case HEEFT_KINDEREN -> !f.children.isEmpty();
				case KIND_IN_LEEFTIJD -> children(f, (Integer) p.get(leaf.parameter()), (Integer) p.get(leaf.upper())) > 0;
				case WOONT_IN_GEMEENTE -> local.municipality().equals(f.municipality);
				case ONTVANGT -> f.receives.contains(leaf.scheme());
				case LAAG_INKOMEN_MINIMAAL -> f.lowIncomeYears * 12 >= (Integer) p.get(leaf.parameter());
				case BEOORDELING_GEMEENTE -> true;
				case KOSTEN_BOVEN_DRAAGKRACHT -> {
					Money left = draagkracht(this);
					yield left != null && left.isPositive();
				}
			};
		}

		private boolean atMost(Money input, Money grens) {
			limit = grens;
			value = input;
			return input.atMost(grens);
		}

	}

	@Override
	public void evaluate(Facts f, Trace t) {
		Map<String, Object> p = parameters.at(f.referenceDate);
		if (p == null) {
			t.noRules();
			return;
		}
		Run run = new Run(f, t, p);
		for (int c = 0; c < clauses.length; c++) {
			Clause clause = clauses[c];
			if (clause instanceof Clause.Leaf leaf && leaf.term() == Term.BEOORDELING_GEMEENTE) {
				t.judgedByMunicipality(c);
				continue;
			}
			run.limit = null;
			run.value = null;
			boolean holds = run.test(clause);
			if (run.unusable) {
				return;
			}
			boolean money = clause instanceof Clause.Leaf;
			t.check(c, holds, money ? run.limit : null, money ? run.value : null);
		}
		if (local.template() == Template.BIJZONDERE_BIJSTAND) {
			Money draagkrachtAmount = draagkracht(run);
			if (draagkrachtAmount == null) {
				return;
			}
			amounts(t, draagkrachtAmount, null);
			return;
		}
		for (AmountRule rule : local.amounts()) {
			if (rule.when() != null && !run.test(rule.when())) {
				continue;
			}
			if (rule.perMonth() != null) {
				amounts(t, null, (Money) p.get(rule.perMonth()));
			}
			else if (rule.perYear() != null) {
				amounts(t, (Money) p.get(rule.perYear()), null);
			}
			else {
				int from = rule.childFrom() == null ? 0 : (Integer) p.get(rule.childFrom());
				int below = rule.childBelow() == null ? ADULT_MONTHS : (Integer) p.get(rule.childBelow());
				amounts(t, ((Money) p.get(rule.perChild())).times(children(f, from, below)), null);
			}
			return;
		}
		amounts(t, Money.ZERO, null);
	}

	/** Records the amounts; a year amount gives a month of one twelfth rounded down, a month amount a year of 12. */
	private void amounts(Trace t, @Nullable Money year, @Nullable Money month) {
		Money perYear = year != null ? year : month.times(12);
		// A twelfth rounded down to cents; long division truncates toward zero, as RoundingMode.DOWN does.
		Money perMonth = month != null ? month : Money.cents(perYear.cents() / 12);
		t.step(stepPerJaar, perYear);
		t.step(stepPerMaand, perMonth);
		t.amounts(perYear, perMonth);
	}

	/** Bijzondere bijstand: costs minus 12 months of draagkracht, not below zero; null when no norm applies. */
	private @Nullable Money draagkracht(Run run) {
		Money norm = run.norm();
		if (norm == null) {
			return null;
		}
		Map<String, Object> p = run.p;
		Money grens = run.t.step(stepDraagkrachtgrens,
				norm.times((BigDecimal) p.get("draagkrachtgrens"), RoundingMode.HALF_UP));
		Money above = run.f.netIncome.minus(grens).max(Money.ZERO);
		Money draagkracht = run.t.step(stepDraagkracht,
				above.times(((BigDecimal) p.get("draagkrachtpercentage")).multiply(TWELVE), RoundingMode.HALF_UP));
		Money kosten = run.t.step(stepKosten, (Money) p.get("kosten"));
		run.limit = null;
		run.value = null;
		return kosten.minus(draagkracht).max(Money.ZERO);
	}

	private static int children(Facts f, int from, int below) {
		int count = 0;
		for (int i = 0; i < f.children.size(); i++) {
			int age = f.childAgeMonths(i);
			if (age >= from && age < below) {
				count++;
			}
		}
		return count;
	}

	@Override
	public List<Threshold> thresholds(Facts facts) {
		Trace probe = new Trace(conditionCount(), stepCount());
		evaluate(facts, probe);
		List<Threshold> thresholds = new ArrayList<>();
		for (int c = 0; c < clauses.length; c++) {
			if (!(clauses[c] instanceof Clause.Leaf leaf) || probe.limits[c] == null) {
				continue;
			}
			String id = condition(c).id();
			switch (leaf.term()) {
				case INKOMEN_TOT_PROCENT_VAN_NORM, INKOMEN_TOT_PROCENT_VAN_NORM_ZONDER_VAKANTIETOESLAG, INKOMEN_TOT ->
					thresholds.add(Threshold.atMost(id, Question.NET_INCOME, probe.limits[c]));
				case VERMOGEN_TOT_VERMOGENSGRENS, VERMOGEN_TOT ->
					thresholds.add(Threshold.atMost(id, Question.ASSETS, probe.limits[c]));
				default -> {
				}
			}
		}
		return thresholds;
	}

}
