// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Money;
import nl.schakel.schemes.Person;
import nl.schakel.schemes.Question;
import nl.schakel.schemes.Source;
import nl.schakel.schemes.Tri;

/**
 * Algemene bijstand (Participatiewet): the norm for the household (art. 20-22), the kostendelersnorm (art. 22a), the
 * vermogensgrens (art. 34) and the aanvulling up to the norm. The amount per year is 12 times the month of the
 * referenceDate; the norms change on 1 January and 1 July.
 */
public final class AlgemeneBijstand extends Scheme<AlgemeneBijstand.Parameters> {

	static final int LEEFTIJD = 0, VERMOGEN = 1, INKOMEN = 2;

	static final int S_NORM = 0, S_KOSTENDELERSNORM = 1, S_NETTO_INKOMEN = 2, S_VERMOGENSGRENS = 3, S_AANVULLING = 4;

	record Parameters(Money alleenstaande, Money gehuwden, Money alleenstaandePensioen, Money gehuwdenPensioen,
			@Nullable Money alleenstaandeJong, @Nullable Money gehuwdenBeidenJong, @Nullable Money gehuwdenEenJong,
			BigDecimal kostendelersBasis, BigDecimal kostendelersPerPersoon, int kostendelerLeeftijd,
			int minimumleeftijd, int jongerenleeftijd, int pensioenleeftijd, Money vermogensgrensAlleenstaande,
			Money vermogensgrensGezin) {
	}


	public AlgemeneBijstand(SchemeDefinition definition) {
		super(definition, List.of("leeftijd", "vermogen", "inkomen"),
				List.of("norm", "kostendelersnorm_per_persoon", "netto_inkomen", "vermogensgrens", "aanvulling"),
				p -> new Parameters(p.money("norm_alleenstaande"), p.money("norm_gehuwden"),
						p.money("norm_alleenstaande_pensioen"), p.money("norm_gehuwden_pensioen"),
						p.optionalMoney("norm_alleenstaande_jonger_dan_21"),
						p.optionalMoney("norm_gehuwden_beiden_jonger_dan_21"),
						p.optionalMoney("norm_gehuwden_een_jonger_dan_21"), p.rate("kostendelers_basis"),
						p.rate("kostendelers_per_persoon"), p.months("kostendeler_minimumleeftijd"),
						p.months("minimumleeftijd"), p.months("jongerenleeftijd"), p.months("pensioenleeftijd"),
						p.money("vermogensgrens_alleenstaande"), p.money("vermogensgrens_gezin")));
		taperedBy(Question.NET_INCOME, "inkomen");
	}

	@Override
	public Set<Question> reads() {
		return EnumSet.of(Question.PARTNER, Question.NET_INCOME, Question.ASSETS, Question.APPLICANT_AGE,
				Question.PARTNER_AGE, Question.CHILDREN, Question.HOUSEMATES);
	}

	@Override
	public void evaluate(Facts f, Trace t) {
		Parameters p = parameters.at(f.referenceDate);
		t.check(LEEFTIJD, f.applicantAgeMonths >= p.minimumleeftijd);
		Money norm = norm(f, t, p, S_KOSTENDELERSNORM);
		if (norm == null) {
			return;
		}
		t.step(S_NORM, norm);
		Money limit = t.step(S_VERMOGENSGRENS,
				f.partner || !f.children.isEmpty() ? p.vermogensgrensGezin : p.vermogensgrensAlleenstaande);
		t.check(VERMOGEN, f.assets.atMost(limit), limit, f.assets);
		Money income = t.step(S_NETTO_INKOMEN, f.netIncome);
		t.check(INKOMEN, income.compareTo(norm) < 0, norm, income);
		Money month = t.step(S_AANVULLING, norm.minus(income).max(Money.ZERO));
		t.amounts(month.times(12), month);
	}

	/**
	 * The norm for the household, or null (with the reason on the trace) when it cannot be told. Kwijtschelding
	 * uses the same norm (Uitvoeringsregeling Invorderingswet 1990 art. 16).
	 */
	@Nullable Money norm(Facts f, Trace t) {
		return norm(f, t, parameters.at(f.referenceDate), -1);
	}

	private @Nullable Money norm(Facts f, Trace t, Parameters p, int perPersonStep) {
		boolean applicantYoung = f.applicantAgeMonths < p.jongerenleeftijd;
		boolean applicantPension = f.applicantAgeMonths >= p.pensioenleeftijd;
		if (!f.partner) {
			if (applicantYoung) {
				return orNoRules(p.alleenstaandeJong, t);
			}
			if (applicantPension) {
				return p.alleenstaandePensioen;
			}
			int sharers = kostendelers(f, p, t);
			return sharers < 0 ? null : sharers == 0 ? p.alleenstaande : perPerson(1 + sharers, p, t, perPersonStep);
		}
		boolean partnerYoung = f.partnerAgeMonths < p.jongerenleeftijd;
		if (applicantPension || f.partnerAgeMonths >= p.pensioenleeftijd) {
			return p.gehuwdenPensioen;
		}
		if (applicantYoung || partnerYoung) {
			// Only the norms for young couples without children were found; with children there is no value.
			if (!f.children.isEmpty()) {
				t.noRules();
				return null;
			}
			return orNoRules(applicantYoung && partnerYoung ? p.gehuwdenBeidenJong : p.gehuwdenEenJong, t);
		}
		int sharers = kostendelers(f, p, t);
		return sharers < 0 ? null : sharers == 0 ? p.gehuwden : perPerson(2 + sharers, p, t, perPersonStep).times(2);
	}

	/** Housemates who count as kostendeler (art. 19a lid 1); -1 when that depends on an unanswered question. */
	private static int kostendelers(Facts f, Parameters p, Trace t) {
		int count = 0;
		for (int i = 0; i < f.housemates.size(); i++) {
			if (f.housemateAgeMonths(i) < p.kostendelerLeeftijd) {
				continue;
			}
			Person housemate = f.housemates.get(i);
			if (housemate.kostendelerExempt() == Tri.UNKNOWN) {
				t.needs(Question.HOUSEMATES);
				return -1;
			}
			if (housemate.kostendelerExempt() == Tri.FALSE) {
				count++;
			}
		}
		return count;
	}

	/** Art. 22a lid 1: (40% + A x 30%) / A of the gehuwdennorm, half up to cents. */
	private static Money perPerson(int sharers, Parameters p, Trace t, int step) {
		BigDecimal a = BigDecimal.valueOf(sharers);
		BigDecimal share = p.kostendelersBasis.add(a.multiply(p.kostendelersPerPersoon));
		BigDecimal amount = p.gehuwden.euros().multiply(share).divide(a, 10, RoundingMode.HALF_UP);
		Money norm = Money.ofEuros(amount, RoundingMode.HALF_UP);
		return step < 0 ? norm : t.step(step, norm);
	}

	private static @Nullable Money orNoRules(@Nullable Money norm, Trace t) {
		if (norm == null) {
			t.noRules();
		}
		return norm;
	}

	@Override
	public List<Threshold> thresholds(Facts f) {
		Parameters p = parameters.at(f.referenceDate);
		Trace probe = new Trace(conditionCount(), stepCount());
		evaluate(f, probe);
		Money norm = probe.steps[S_NORM];
		Money limit = probe.steps[S_VERMOGENSGRENS];
		if (norm == null || limit == null || p == null) {
			return List.of();
		}
		return List.of(Threshold.atMost("vermogen", Question.ASSETS, limit),
				Threshold.below("inkomen", Question.NET_INCOME, norm));
	}

}
