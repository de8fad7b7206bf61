// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.CalculationStep;
import nl.schakel.schemes.ConditionResult;
import nl.schakel.schemes.Decision;
import nl.schakel.schemes.Household;
import nl.schakel.schemes.IncomeDistance;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.Person;
import nl.schakel.schemes.Question;
import nl.schakel.schemes.QuestionRank;
import nl.schakel.schemes.SchemeResult;
import nl.schakel.schemes.Status;
import nl.schakel.schemes.Text;
import nl.schakel.schemes.Tri;

/**
 * Evaluates schemes for a household that may be partly unknown.
 *
 * <p>Every open input a scheme reads is a dimension with a lowest and a highest possible value (false and true for
 * yes/no). The rules run once for every combination of extremes (a "corner") and the outcomes are merged: a
 * condition is TRUE or FALSE when all corners agree and UNKNOWN otherwise; an amount is the range from the lowest to
 * the highest corner. This is exact for conditions that compare one input with a limit, and for amounts that only go
 * one way as an input grows (less toeslag as income rises, more huurtoeslag as rent rises). Where a rule is not
 * monotone in an input (an age supplement that stops at 18), the range is an approximation; the unknown child's
 * age is therefore a question the scheme must have answered (ONBEKEND until then).
 */
public final class Evaluator {

	/** An open input with two extremes. */
	enum Dimension {

		PARTNER(Question.PARTNER), INCOME(Question.INCOME), NET_INCOME(Question.NET_INCOME), ASSETS(Question.ASSETS),
		APPLICANT_AGE(Question.APPLICANT_AGE), PARTNER_AGE(Question.PARTNER_AGE), INSURED(Question.HEALTH_INSURED),
		PARTNER_INSURED(Question.HEALTH_INSURED), RENT(Question.RENT), SERVICE_COSTS(Question.SERVICE_COSTS),
		HOUSEMATE_INCOME(Question.HOUSEMATES), HOUSEMATE_ASSETS(Question.HOUSEMATES),
		MUNICIPAL_TAX(Question.MUNICIPAL_TAX), WORKING(Question.WORK), PARTNER_WORKING(Question.WORK),
		LOW_INCOME_YEARS(Question.LOW_INCOME_YEARS);

		final Question question;

		Dimension(Question question) {
			this.question = question;
		}

	}

	private static final Dimension[] DIMENSIONS = Dimension.values();

	/** More open inputs than this for one scheme would mean thousands of runs; the scheme is then ONBEKEND. */
	private static final int MAX_DIMENSIONS = 10;

	private static final byte MIXED = 4;

	/** The highest answer reasoned about when the years at a low income are unknown; above any local limit. */
	private static final int MAX_LOW_INCOME_YEARS = 99;

	/** The two versions of the household: without and with partner. */
	private record World(MoneyRange income, MoneyRange netIncome, MoneyRange assets, int applicantAgeMin,
			int applicantAgeMax, int partnerAgeMin, int partnerAgeMax, Tri insured, Tri partnerInsured,
			MoneyRange housemateIncome, MoneyRange housemateAssets, Tri working, Tri partnerWorking) {
	}

	private final List<Scheme<?>> schemes;

	private final boolean distances;

	public Evaluator(List<Scheme<?>> schemes) {
		this(schemes, true);
	}

	/** @param distances whether to work out the income distance, a bisection of about 25 runs per refused scheme */
	public Evaluator(List<Scheme<?>> schemes, boolean distances) {
		this.schemes = List.copyOf(schemes);
		this.distances = distances;
		this.reads = new IdentityHashMap<>();
		for (Scheme<?> scheme : this.schemes) {
			Set<Question> questions = scheme.reads();
			reads.put(scheme, new Reads(
					Arrays.stream(DIMENSIONS)
						.filter(d -> d == Dimension.PARTNER || questions.contains(d.question))
						.toArray(Dimension[]::new),
					questions.contains(Question.CHILDREN), questions.contains(Question.HOUSEMATES),
					questions.contains(Question.CHILDCARE)));
		}
	}

	/** What a scheme reads, worked out once: {@link #decide} checks it for every household. */
	private record Reads(Dimension[] dimensions, boolean children, boolean housemates, boolean childcare) {
	}

	private final Map<Scheme<?>, Reads> reads;

	public List<Scheme<?>> schemes() {
		return schemes;
	}

	/** The results and the ranking of open questions. */
	public record Outcome(List<SchemeResult> results, List<QuestionRank> questions) {
	}

	/** Every national scheme, and the local schemes of the household's municipality. */
	public Outcome evaluate(Household household, LocalDate referenceDate, Period period) {
		return evaluate(household, referenceDate, period, null);
	}

	/**
	 * One scheme, also a local scheme of another municipality than the household's (its residence condition then
	 * fails); no result when no scheme has the id.
	 */
	public Outcome evaluateOne(Household household, LocalDate referenceDate, Period period, String schemeId) {
		return evaluate(household, referenceDate, period, schemeId);
	}

	private Outcome evaluate(Household household, LocalDate referenceDate, Period period, @Nullable String only) {
		World[] worlds = worlds(household, referenceDate);
		List<SchemeResult> results = new ArrayList<>(schemes.size());
		Map<Question, int[]> ranks = new EnumMap<>(Question.class);
		for (Scheme<?> scheme : schemes) {
			String municipality = scheme.municipality();
			if (only != null ? !only.equals(scheme.id())
					: municipality != null && !municipality.equals(household.municipalityCode())) {
				continue;
			}
			results.add(evaluate(scheme, household, worlds, referenceDate, period, ranks));
		}
		List<QuestionRank> questions = new ArrayList<>();
		ranks.forEach((q, counts) -> questions.add(new QuestionRank(q, counts[0], counts[1])));
		questions.sort((a, b) -> a.settles() != b.settles() ? Integer.compare(b.settles(), a.settles())
				: a.affects() != b.affects() ? Integer.compare(b.affects(), a.affects())
						: a.question().compareTo(b.question()));
		return new Outcome(results, questions);
	}

	/**
	 * Only the decision per scheme: status and amount per year, without explanations, steps, sources, income distance
	 * or question ranking. A fully known household costs one run of each scheme's rules; a scheme with an open input
	 * falls back to the full evaluation. For screening many households, where the explanation is asked for later.
	 */
	public List<Decision> decide(Household household, LocalDate referenceDate, Period period) {
		World[] worlds = worlds(household, referenceDate);
		List<Decision> decisions = new ArrayList<>(schemes.size());
		Facts facts = null;
		for (Scheme<?> scheme : schemes) {
			String municipality = scheme.municipality();
			if (municipality != null && !municipality.equals(household.municipalityCode())) {
				continue;
			}
			if (!scheme.covers(referenceDate) || !known(reads.get(scheme), household, worlds)) {
				SchemeResult full = evaluate(scheme, household, worlds, referenceDate, period,
						new EnumMap<>(Question.class));
				decisions.add(new Decision(scheme.id(), full.status(), full.perYear()));
				continue;
			}
			if (facts == null) {
				facts = new Facts();
				fill(facts, household, worlds, List.of(), 0, referenceDate, period);
			}
			Trace trace = new Trace(scheme.conditionCount(), scheme.stepCount());
			scheme.evaluate(facts, trace);
			Status status = decision(trace);
			decisions.add(new Decision(scheme.id(), status, status == Status.ONBEKEND ? MoneyRange.UNKNOWN
					: MoneyRange.exactly(trace.entitled() ? trace.perYear : Money.ZERO)));
		}
		return decisions;
	}

	private static Status decision(Trace trace) {
		if (trace.noRules || trace.missing != null) {
			return Status.ONBEKEND;
		}
		if (!trace.entitled()) {
			return Status.GEEN_RECHT;
		}
		for (byte c : trace.conditions) {
			if (c == Trace.JUDGED) {
				return Status.MOGELIJK;
			}
		}
		return Status.RECHT;
	}

	private static boolean known(Reads reads, Household h, World[] worlds) {
		if (childrenOpen(reads, h) || housematesOpen(reads, h) || childcareOpen(reads, h)) {
			return false;
		}
		for (Dimension d : reads.dimensions) {
			if (varies(d, h, worlds)) {
				return false;
			}
		}
		return true;
	}

	/** The children the scheme reads are not all known: which children, or an age, is missing. */
	private static boolean childrenOpen(Reads reads, Household h) {
		return reads.children && (h.children() == null || !allAgesKnown(h.children()));
	}

	private static boolean housematesOpen(Reads reads, Household h) {
		return reads.housemates && (h.housemates() == null || !allAgesKnown(h.housemates()));
	}

	private static boolean childcareOpen(Reads reads, Household h) {
		return reads.childcare && h.childcare() == null;
	}

	private static World[] worlds(Household h, LocalDate on) {
		Person a = h.applicant();
		Person p = h.partner();
		MoneyRange housemateIncome = MoneyRange.ZERO;
		MoneyRange housemateAssets = MoneyRange.ZERO;
		if (h.housemates() != null) {
			for (Person m : h.housemates()) {
				housemateIncome = housemateIncome.plus(m.yearlyIncome());
				housemateAssets = housemateAssets.plus(m.assets());
			}
		}
		World alone = new World(a.yearlyIncome(), a.monthlyNetIncome(), a.assets(), a.minAgeMonths(on),
				a.maxAgeMonths(on), 0, 0, a.healthInsured(), Tri.TRUE, housemateIncome, housemateAssets, a.working(),
				Tri.TRUE);
		World together = new World(a.yearlyIncome().plus(p.yearlyIncome()),
				a.monthlyNetIncome().plus(p.monthlyNetIncome()), a.assets().plus(p.assets()), a.minAgeMonths(on),
				a.maxAgeMonths(on), p.minAgeMonths(on), p.maxAgeMonths(on), a.healthInsured(), p.healthInsured(),
				housemateIncome, housemateAssets, a.working(), p.working());
		return new World[] { alone, together };
	}

	private SchemeResult evaluate(Scheme<?> scheme, Household h, World[] worlds, LocalDate referenceDate, Period period,
			Map<Question, int[]> ranks) {
		Reads reads = this.reads.get(scheme);
		if (!scheme.covers(referenceDate)) {
			return unknown(scheme, referenceDate, Set.of());
		}
		Set<Question> structural = EnumSet.noneOf(Question.class);
		if (childrenOpen(reads, h)) {
			structural.add(Question.CHILDREN);
		}
		if (housematesOpen(reads, h)) {
			structural.add(Question.HOUSEMATES);
		}
		if (childcareOpen(reads, h)) {
			structural.add(Question.CHILDCARE);
		}
		List<Dimension> open = new ArrayList<>();
		for (Dimension d : reads.dimensions) {
			if (varies(d, h, worlds)) {
				open.add(d);
			}
		}
		if (!structural.isEmpty() || open.size() > MAX_DIMENSIONS) {
			if (open.size() > MAX_DIMENSIONS) {
				open.forEach(d -> structural.add(d.question));
			}
			for (Question q : structural) {
				int[] counts = ranks.computeIfAbsent(q, k -> new int[2]);
				counts[0]++;
				counts[1]++;
			}
			return unknown(scheme, referenceDate, structural);
		}
		return corners(scheme, h, worlds, open, referenceDate, period, ranks);
	}

	private SchemeResult corners(Scheme<?> scheme, Household h, World[] worlds, List<Dimension> open,
			LocalDate referenceDate, Period period, Map<Question, int[]> ranks) {
		int k = open.size();
		int cornerCount = 1 << k;
		int conditionCount = scheme.conditionCount();
		int stepCount = scheme.stepCount();
		byte[] merged = new byte[conditionCount];
		Money[] failLimit = new Money[conditionCount];
		Money[] failValue = new Money[conditionCount];
		Money[] stepMin = new Money[stepCount];
		Money[] stepMax = new Money[stepCount];
		boolean[] entitled = new boolean[cornerCount];
		long[] yearly = new long[cornerCount];
		Money yearMin = null;
		Money yearMax = null;
		Money monthMin = null;
		Money monthMax = null;
		Trace trace = new Trace(conditionCount, stepCount);
		Facts facts = new Facts();
		for (int mask = 0; mask < cornerCount; mask++) {
			fill(facts, h, worlds, open, mask, referenceDate, period);
			trace.clear();
			scheme.evaluate(facts, trace);
			if (trace.noRules) {
				return unknown(scheme, referenceDate, Set.of());
			}
			if (trace.missing != null) {
				int[] counts = ranks.computeIfAbsent(trace.missing, q -> new int[2]);
				counts[0]++;
				counts[1]++;
				return unknown(scheme, referenceDate, Set.of(trace.missing));
			}
			boolean ok = trace.entitled();
			Money year = ok ? trace.perYear : Money.ZERO;
			Money month = ok ? trace.perMonth : Money.ZERO;
			entitled[mask] = ok;
			yearly[mask] = year.cents();
			yearMin = yearMin == null ? year : yearMin.min(year);
			yearMax = yearMax == null ? year : yearMax.max(year);
			monthMin = monthMin == null ? month : monthMin.min(month);
			monthMax = monthMax == null ? month : monthMax.max(month);
			for (int c = 0; c < conditionCount; c++) {
				byte seen = trace.conditions[c];
				if (seen == Trace.NOT_SEEN) {
					continue;
				}
				if (seen == Trace.FAILS && failLimit[c] == null && failValue[c] == null) {
					failLimit[c] = trace.limits[c];
					failValue[c] = trace.values[c];
				}
				merged[c] = merged[c] == Trace.NOT_SEEN || merged[c] == seen ? seen : MIXED;
			}
			for (int s = 0; s < stepCount; s++) {
				Money v = trace.steps[s];
				if (v != null) {
					stepMin[s] = stepMin[s] == null ? v : stepMin[s].min(v);
					stepMax[s] = stepMax[s] == null ? v : stepMax[s].max(v);
				}
			}
		}
		boolean all = true;
		boolean none = true;
		for (boolean e : entitled) {
			all &= e;
			none &= !e;
		}
		boolean judged = false;
		for (byte c : merged) {
			judged |= c == Trace.JUDGED;
		}
		Status status = none ? Status.GEEN_RECHT : all && !judged ? Status.RECHT : Status.MOGELIJK;
		Set<Question> openQuestions = EnumSet.noneOf(Question.class);
		Set<Question> settled = EnumSet.noneOf(Question.class);
		for (int b = 0; b < k; b++) {
			int bit = 1 << b;
			boolean affects = false;
			boolean[] agreeLow = { true, true };
			boolean[] first = new boolean[2];
			boolean[] seenSide = new boolean[2];
			for (int mask = 0; mask < cornerCount; mask++) {
				int side = (mask & bit) == 0 ? 0 : 1;
				if (!seenSide[side]) {
					seenSide[side] = true;
					first[side] = entitled[mask];
				}
				else if (first[side] != entitled[mask]) {
					agreeLow[side] = false;
				}
				if (side == 0 && (entitled[mask] != entitled[mask | bit] || yearly[mask] != yearly[mask | bit])) {
					affects = true;
				}
			}
			if (affects) {
				Question q = open.get(b).question;
				openQuestions.add(q);
				if (status == Status.MOGELIJK && agreeLow[0] && agreeLow[1]) {
					settled.add(q);
				}
			}
		}
		for (Question q : openQuestions) {
			int[] counts = ranks.computeIfAbsent(q, x -> new int[2]);
			counts[1]++;
			if (settled.contains(q)) {
				counts[0]++;
			}
		}
		List<ConditionResult> conditions = new ArrayList<>();
		List<ConditionResult> failing = new ArrayList<>();
		List<ConditionResult> undecided = new ArrayList<>();
		for (int c = 0; c < conditionCount; c++) {
			if (merged[c] == Trace.NOT_SEEN) {
				continue;
			}
			ConditionDefinition def = scheme.condition(c);
			Tri outcome = merged[c] == Trace.HOLDS ? Tri.TRUE : merged[c] == Trace.FAILS ? Tri.FALSE : Tri.UNKNOWN;
			Text text = def.whenFailing();
			if (failLimit[c] != null) {
				text = text.fill("grens", failLimit[c].toString());
			}
			if (failValue[c] != null) {
				text = text.fill("waarde", failValue[c].toString());
			}
			ConditionResult result = new ConditionResult(def.id(), outcome, text, def.source());
			conditions.add(result);
			if (outcome == Tri.FALSE) {
				failing.add(result);
			}
			else if (outcome == Tri.UNKNOWN) {
				undecided.add(result);
			}
		}
		List<CalculationStep> steps = new ArrayList<>();
		for (int s = 0; s < stepCount; s++) {
			if (stepMin[s] != null) {
				StepDefinition def = scheme.step(s);
				steps.add(new CalculationStep(def.id(), def.label(), new MoneyRange(stepMin[s], stepMax[s]),
						def.source()));
			}
		}
		IncomeDistance distance = null;
		if (distances && status == Status.GEEN_RECHT && k == 0 && scheme.taperedBy() != null) {
			distance = distance(scheme, failing, facts, trace);
		}
		return new SchemeResult(scheme.id(), scheme.definition().name(), status, new MoneyRange(monthMin, monthMax),
				new MoneyRange(yearMin, yearMax), failing, undecided, conditions, openQuestions, steps, distance,
				scheme.sources(referenceDate));
	}

	/**
	 * The highest income that still gives entitlement, by bisection on the scheme itself; assumes that less income
	 * never takes entitlement away, which holds for every income-tested scheme here.
	 */
	private static @Nullable IncomeDistance distance(Scheme<?> scheme, List<ConditionResult> failing, Facts facts,
			Trace trace) {
		for (ConditionResult c : failing) {
			if (!scheme.incomeConditions().contains(c.id())) {
				return null;
			}
		}
		boolean yearlyIncome = scheme.taperedBy() == Question.INCOME;
		Money current = yearlyIncome ? facts.income : facts.netIncome;
		long low = 0;
		long high = current.cents();
		if (!entitledAt(scheme, facts, trace, yearlyIncome, low)) {
			return null;
		}
		while (high - low > 1) {
			long mid = low + (high - low) / 2;
			if (entitledAt(scheme, facts, trace, yearlyIncome, mid)) {
				low = mid;
			}
			else {
				high = mid;
			}
		}
		Money limit = Money.cents(low);
		Text text = yearlyIncome
				? new Text("Bij een inkomen tot en met " + limit + " per jaar zou u recht hebben.",
						"With an income up to " + limit + " a year you would be entitled.")
				: new Text("Bij een netto inkomen tot en met " + limit + " per maand zou u recht hebben.",
						"With a net income up to " + limit + " a month you would be entitled.");
		return new IncomeDistance(scheme.taperedBy(), limit, text);
	}

	private static boolean entitledAt(Scheme<?> scheme, Facts facts, Trace trace, boolean yearly, long cents) {
		if (yearly) {
			facts.income = Money.cents(cents);
		}
		else {
			facts.netIncome = Money.cents(cents);
		}
		trace.clear();
		scheme.evaluate(facts, trace);
		return trace.entitled();
	}

	/** The one version of a fully known household, or null when an input the scheme reads is open. */
	@Nullable Facts knownFacts(Scheme<?> scheme, Household h, LocalDate referenceDate, Period period) {
		World[] worlds = worlds(h, referenceDate);
		for (Dimension d : DIMENSIONS) {
			if ((d == Dimension.PARTNER || scheme.reads().contains(d.question)) && varies(d, h, worlds)) {
				return null;
			}
		}
		Facts facts = new Facts();
		fill(facts, h, worlds, List.of(), 0, referenceDate, period);
		return facts;
	}

	private static boolean varies(Dimension d, Household h, World[] worlds) {
		if (d == Dimension.PARTNER) {
			return h.hasPartner() == Tri.UNKNOWN;
		}
		for (int w = 0; w < 2; w++) {
			if (w == 1 && h.hasPartner() == Tri.FALSE || w == 0 && h.hasPartner() == Tri.TRUE) {
				continue;
			}
			World world = worlds[w];
			boolean varies = switch (d) {
				case INCOME -> !world.income.isKnown();
				case NET_INCOME -> !world.netIncome.isKnown();
				case ASSETS -> !world.assets.isKnown();
				case APPLICANT_AGE -> world.applicantAgeMin != world.applicantAgeMax;
				case PARTNER_AGE -> w == 1 && world.partnerAgeMin != world.partnerAgeMax;
				case INSURED -> world.insured == Tri.UNKNOWN;
				case PARTNER_INSURED -> w == 1 && world.partnerInsured == Tri.UNKNOWN;
				case RENT -> !h.rent().isKnown();
				case SERVICE_COSTS -> !h.serviceCosts().isKnown();
				case HOUSEMATE_INCOME -> !world.housemateIncome.isKnown();
				case HOUSEMATE_ASSETS -> !world.housemateAssets.isKnown();
				case MUNICIPAL_TAX -> !h.municipalTax().isKnown();
				case WORKING -> world.working == Tri.UNKNOWN;
				case PARTNER_WORKING -> w == 1 && world.partnerWorking == Tri.UNKNOWN;
				case LOW_INCOME_YEARS -> h.lowIncomeYears() == null;
				case PARTNER -> false;
			};
			if (varies) {
				return true;
			}
		}
		return false;
	}

	private static void fill(Facts f, Household h, World[] worlds, List<Dimension> open, int mask,
			LocalDate referenceDate, Period period) {
		boolean partner = h.hasPartner() == Tri.TRUE
				|| h.hasPartner() == Tri.UNKNOWN && high(open, Dimension.PARTNER, mask);
		World w = worlds[partner ? 1 : 0];
		f.referenceDate = referenceDate;
		f.period = period;
		f.partner = partner;
		f.income = pick(w.income, open, Dimension.INCOME, mask);
		f.netIncome = pick(w.netIncome, open, Dimension.NET_INCOME, mask);
		f.assets = pick(w.assets, open, Dimension.ASSETS, mask);
		f.applicantAgeMonths = high(open, Dimension.APPLICANT_AGE, mask) ? w.applicantAgeMax : w.applicantAgeMin;
		f.partnerAgeMonths = high(open, Dimension.PARTNER_AGE, mask) ? w.partnerAgeMax : w.partnerAgeMin;
		f.insured = w.insured == Tri.TRUE || w.insured == Tri.UNKNOWN && high(open, Dimension.INSURED, mask);
		f.partnerInsured = w.partnerInsured == Tri.TRUE
				|| w.partnerInsured == Tri.UNKNOWN && high(open, Dimension.PARTNER_INSURED, mask);
		f.rent = pick(h.rent(), open, Dimension.RENT, mask);
		f.serviceCosts = pick(h.serviceCosts(), open, Dimension.SERVICE_COSTS, mask);
		f.housemateIncome = pick(w.housemateIncome, open, Dimension.HOUSEMATE_INCOME, mask);
		f.housemateAssets = pick(w.housemateAssets, open, Dimension.HOUSEMATE_ASSETS, mask);
		f.working = w.working == Tri.TRUE || w.working == Tri.UNKNOWN && high(open, Dimension.WORKING, mask);
		f.partnerWorking = w.partnerWorking == Tri.TRUE
				|| w.partnerWorking == Tri.UNKNOWN && high(open, Dimension.PARTNER_WORKING, mask);
		f.municipalTax = pick(h.municipalTax(), open, Dimension.MUNICIPAL_TAX, mask);
		f.children = h.children() == null ? List.of() : h.children();
		f.housemates = h.housemates() == null ? List.of() : h.housemates();
		f.childcare = h.childcare() == null ? List.of() : h.childcare();
		f.municipality = h.municipalityCode();
		f.receives = h.receives();
		f.lowIncomeYears = h.lowIncomeYears() != null ? h.lowIncomeYears()
				: high(open, Dimension.LOW_INCOME_YEARS, mask) ? MAX_LOW_INCOME_YEARS : 0;
	}

	private static boolean high(List<Dimension> open, Dimension d, int mask) {
		int i = open.indexOf(d);
		return i >= 0 && (mask & (1 << i)) != 0;
	}

	private static Money pick(MoneyRange range, List<Dimension> open, Dimension d, int mask) {
		return high(open, d, mask) ? range.max() : range.min();
	}

	private static boolean allAgesKnown(List<Person> persons) {
		for (Person p : persons) {
			if (!p.ageKnown()) {
				return false;
			}
		}
		return true;
	}

	private static SchemeResult unknown(Scheme<?> scheme, LocalDate referenceDate, Set<Question> open) {
		return new SchemeResult(scheme.id(), scheme.definition().name(), Status.ONBEKEND, MoneyRange.UNKNOWN,
				MoneyRange.UNKNOWN, List.of(), List.of(), List.of(), open, List.of(), null, scheme.sources(referenceDate));
	}

}
