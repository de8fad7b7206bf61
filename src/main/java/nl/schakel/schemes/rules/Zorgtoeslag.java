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
import nl.schakel.schemes.Question;
import nl.schakel.schemes.Source;

/**
 * Zorgtoeslag (Wet op de zorgtoeslag). The amount is standaardpremie minus normpremie, per year, rounded as the
 * Dienst Toeslagen does: normpremie to cents (half up), the yearly amount to whole euros (Awir art. 14 lid 4), no
 * award under 24 euros (lid 5), and the monthly advance the yearly amount divided by 12, rounded down.
 */
public final class Zorgtoeslag extends Scheme<Zorgtoeslag.Parameters> {

	static final int LEEFTIJD = 0, VERZEKERD = 1, VERMOGEN = 2, INKOMEN = 3, MINIMUMBEDRAG = 4;

	static final int S_TOETSINGSINKOMEN = 0, S_NORMPREMIE = 1, S_STANDAARDPREMIE = 2, S_AANSPRAAK = 3,
			S_JAARBEDRAG = 4, S_MAANDBEDRAG = 5;

	private static final BigDecimal HALF = new BigDecimal("0.5");

	record Parameters(Money standaardpremie, Money drempelinkomen, BigDecimal drempelZonderPartner,
			BigDecimal drempelMetPartner, BigDecimal bovenDrempel, Money vermogensgrensZonderPartner,
			Money vermogensgrensMetPartner, Money minimumbedrag, int minimumleeftijd) {
	}


	public Zorgtoeslag(SchemeDefinition definition) {
		super(definition, List.of("leeftijd", "verzekerd", "vermogen", "inkomen", "minimumbedrag"),
				List.of("toetsingsinkomen", "normpremie", "standaardpremie", "aanspraak", "jaarbedrag", "maandbedrag"),
				p -> new Parameters(p.money("standaardpremie"), p.money("drempelinkomen"),
						p.rate("percentage_drempel_zonder_partner"), p.rate("percentage_drempel_met_partner"),
						p.rate("percentage_boven_drempel"), p.money("vermogensgrens_zonder_partner"),
						p.money("vermogensgrens_met_partner"), p.money("minimumbedrag"), p.months("minimumleeftijd")));
		taperedBy(Question.INCOME, "inkomen", "minimumbedrag");
	}

	@Override
	public Set<Question> reads() {
		return EnumSet.of(Question.PARTNER, Question.INCOME, Question.ASSETS, Question.APPLICANT_AGE,
				Question.HEALTH_INSURED);
	}

	@Override
	public void evaluate(Facts f, Trace t) {
		Parameters p = parameters.at(f.referenceDate);
		t.check(LEEFTIJD, f.applicantAgeMonths >= p.minimumleeftijd);
		t.check(VERZEKERD, f.insured);
		Money vermogensgrens = f.partner ? p.vermogensgrensMetPartner : p.vermogensgrensZonderPartner;
		// "meer bedraagt dan": exactly on the limit still gives entitlement.
		t.check(VERMOGEN, f.assets.atMost(vermogensgrens), vermogensgrens, f.assets);
		Money income = t.step(S_TOETSINGSINKOMEN, f.income);
		BigDecimal aboveThreshold = income.minus(p.drempelinkomen).max(Money.ZERO).euros();
		BigDecimal normpremieExact = (f.partner ? p.drempelMetPartner : p.drempelZonderPartner)
			.multiply(p.drempelinkomen.euros())
			.add(p.bovenDrempel.multiply(aboveThreshold));
		Money normpremie = t.step(S_NORMPREMIE, Money.ofEuros(normpremieExact, RoundingMode.HALF_UP));
		Money standaardpremie = t.step(S_STANDAARDPREMIE, p.standaardpremie.times(f.partner ? 2 : 1));
		boolean incomeLowEnough = t.check(INKOMEN, normpremie.compareTo(standaardpremie) < 0, standaardpremie,
				normpremie);
		Money claim = standaardpremie.minus(normpremie).max(Money.ZERO);
		if (f.partner && !f.partnerInsured) {
			claim = Money.ofEuros(claim.euros().multiply(HALF), RoundingMode.HALF_UP);
		}
		t.step(S_AANSPRAAK, claim);
		Money year = t.step(S_JAARBEDRAG, Awir.yearly(claim));
		if (incomeLowEnough) {
			Awir.checkMinimum(t, MINIMUMBEDRAG, year, p.minimumbedrag);
		}
		Money month = t.step(S_MAANDBEDRAG, Awir.monthOf(year));
		t.amounts(year, month);
	}

	@Override
	public List<Threshold> thresholds(Facts f) {
		Parameters p = parameters.at(f.referenceDate);
		return Threshold.assets(f.partner ? p.vermogensgrensMetPartner : p.vermogensgrensZonderPartner);
	}

}
