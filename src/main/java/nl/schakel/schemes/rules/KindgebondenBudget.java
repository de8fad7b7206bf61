// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.schakel.schemes.Money;
import nl.schakel.schemes.Person;
import nl.schakel.schemes.Question;
import nl.schakel.schemes.Source;

/**
 * Kindgebonden budget (Wet op het kindgebonden budget art. 2) for the month of the referenceDate. Rounding as in the
 * Dienst Toeslagen's 2026 leaflet: the reduction to cents (half up), the yearly amount in cents, the month the
 * unrounded yearly amount divided by 12 and rounded down. The Awir minimum of 24 euros (art. 14 lid 5) is checked
 * on the yearly amount rounded to whole euros (lid 4).
 */
public final class KindgebondenBudget extends Scheme<KindgebondenBudget.Parameters> {

	static final int KINDEREN = 0, VERMOGEN = 1, INKOMEN = 2, MINIMUMBEDRAG = 3;

	static final int S_KINDEREN = 0, S_LEEFTIJD = 1, S_ALO = 2, S_MAXIMUM = 3, S_INKOMEN = 4, S_DREMPEL = 5,
			S_VERMINDERING = 6, S_JAAR = 7, S_MAAND = 8;

	/** Age limits in months; fixed by art. 2 lid 1, 3 and 5, not indexed. */
	private static final int TWELVE = 144, SIXTEEN = 192, EIGHTEEN = 216;

	record Parameters(Money perKind, Money verhoging12, Money verhoging16, Money alleenstaandeOuderkop,
			Money drempelZonderPartner, Money drempelMetPartner, BigDecimal afbouw, Money vermogensgrensZonderPartner,
			Money vermogensgrensMetPartner, Money minimumbedrag) {
	}


	public KindgebondenBudget(SchemeDefinition definition) {
		super(definition, List.of("kinderen", "vermogen", "inkomen", "minimumbedrag"),
				List.of("bedrag_kinderen", "leeftijdsverhoging", "alleenstaande_ouderkop", "maximum",
						"toetsingsinkomen", "drempel", "vermindering", "jaarbedrag", "maandbedrag"),
				p -> new Parameters(p.money("bedrag_per_kind"), p.money("verhoging_12_tot_16"),
						p.money("verhoging_16_tot_18"), p.money("alleenstaande_ouderkop"),
						p.money("drempel_zonder_partner"), p.money("drempel_met_partner"), p.rate("afbouwpercentage"),
						p.money("vermogensgrens_zonder_partner"), p.money("vermogensgrens_met_partner"),
						p.money("minimumbedrag")));
		taperedBy(Question.INCOME, "inkomen", "minimumbedrag");
	}

	@Override
	public Set<Question> reads() {
		return EnumSet.of(Question.PARTNER, Question.INCOME, Question.ASSETS, Question.CHILDREN);
	}

	@Override
	public void evaluate(Facts f, Trace t) {
		Parameters p = parameters.at(f.referenceDate);
		// Ages are taken on the last day of the previous month: a supplement starts the month after the birthday,
		// a child counts from the month after birth up to and including the month it turns 18.
		LocalDate previousMonthEnd = f.referenceDate.withDayOfMonth(1).minusDays(1);
		int children = 0;
		Money supplements = Money.ZERO;
		LocalDate monthStart = f.referenceDate.withDayOfMonth(1);
		for (Person child : f.children) {
			int age = child.minAgeMonths(previousMonthEnd);
			boolean bornThisMonthOrLater = child.birthDate() != null && !child.birthDate().isBefore(monthStart);
			if (age < 0 || age >= EIGHTEEN || bornThisMonthOrLater) {
				continue;
			}
			children++;
			if (age >= SIXTEEN) {
				supplements = supplements.plus(p.verhoging16);
			}
			else if (age >= TWELVE) {
				supplements = supplements.plus(p.verhoging12);
			}
		}
		boolean hasChildren = t.check(KINDEREN, children > 0);
		Money limit = f.partner ? p.vermogensgrensMetPartner : p.vermogensgrensZonderPartner;
		t.check(VERMOGEN, f.assets.atMost(limit), limit, f.assets);
		if (!hasChildren) {
			return;
		}
		Money base = t.step(S_KINDEREN, p.perKind.times(children));
		t.step(S_LEEFTIJD, supplements);
		Money kop = t.step(S_ALO, f.partner ? Money.ZERO : p.alleenstaandeOuderkop);
		Money maximum = t.step(S_MAXIMUM, base.plus(supplements).plus(kop));
		Money income = t.step(S_INKOMEN, f.income);
		Money threshold = t.step(S_DREMPEL, f.partner ? p.drempelMetPartner : p.drempelZonderPartner);
		Money reduction = t.step(S_VERMINDERING, Money.ofEuros(
				p.afbouw.multiply(income.minus(threshold).max(Money.ZERO).euros()), RoundingMode.HALF_UP));
		boolean incomeLowEnough = t.check(INKOMEN, reduction.compareTo(maximum) < 0, maximum, reduction);
		Money year = t.step(S_JAAR, maximum.minus(reduction).max(Money.ZERO));
		if (incomeLowEnough) {
			Awir.checkMinimum(t, MINIMUMBEDRAG, Awir.yearly(year), p.minimumbedrag);
		}
		// The leaflet divides the unrounded yearly amount (example 3: 5.975,94 gives 497, not 498).
		Money month = t.step(S_MAAND, Awir.monthOf(year));
		t.amounts(year, month);
	}

	@Override
	public List<Threshold> thresholds(Facts f) {
		Parameters p = parameters.at(f.referenceDate);
		return Threshold.assets(f.partner ? p.vermogensgrensMetPartner : p.vermogensgrensZonderPartner);
	}

}
