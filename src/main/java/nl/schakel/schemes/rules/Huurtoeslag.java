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

/**
 * Huurtoeslag (Wet op de huurtoeslag) in the 2025 system and the system from 1 January 2026; the parameters of each
 * end where the other begins. See the scheme file for the formulas, roundings and approximations.
 */
public final class Huurtoeslag extends Scheme<Huurtoeslag.Parameters> {

	static final int LEEFTIJD = 0, HUUR = 1, MAXIMALE_HUURGRENS = 2, VERMOGEN = 3, INKOMEN = 4, MINIMUMBEDRAG = 5;

	static final int S_REKENHUUR = 0, S_REKENINKOMEN = 1, S_NORMHUUR = 2, S_BASISHUUR = 3, S_A = 4, S_B = 5, S_C = 6,
			S_CORRECTIE = 7, S_MAAND = 8;

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	/** Awir art. 7 lid 6: the income of a child under 23 counts only above the vrijstelling. */
	private static final int CHILD_INCOME_AGE = 23 * 12;

	record System2025(Money maximaleHuurgrens, Money maximaleHuurgrensJongeren, Money kwaliteitskortingsgrens,
			Money aftoppingsgrensKlein, Money aftoppingsgrensGroot, Money normhuurMinimumEen, Money normhuurMinimumMeer,
			Money ijkpuntEen, Money ijkpuntMeer, BigDecimal aEen, BigDecimal bEen, BigDecimal aMeer, BigDecimal bMeer,
			Money verlaging, Money minimumBasishuurEen, Money minimumBasishuurMeer, Money servicekostenMaximum,
			Money vermogensgrensPersoon, Money vermogensgrensPartners, Money kindvrijstelling) {
	}

	record System2026(Money maximaleHuurgrens, Money maximaleHuurgrensJongeren, Money kwaliteitskortingsgrens,
			Money aftoppingsgrensKlein, Money aftoppingsgrensGroot, Money basishuurEen, Money basishuurMeer,
			Money ijkpuntEen, Money ijkpuntMeer, BigDecimal afbouwEen, BigDecimal afbouwMeer, Money kindvrijstelling,
			Money vermogensgrensPersoon, Money vermogensgrensPartners) {
	}

	record Parameters(@Nullable System2025 old, @Nullable System2026 current, BigDecimal a, BigDecimal b,
			BigDecimal c, int minimumleeftijd, int jongerenleeftijd, Money minimumbedrag) {
	}


	public Huurtoeslag(SchemeDefinition definition) {
		super(definition, List.of("leeftijd", "huur", "maximale_huurgrens", "vermogen", "inkomen", "minimumbedrag"),
				List.of("rekenhuur", "rekeninkomen", "normhuur", "basishuur", "deel_a", "deel_b", "deel_c",
						"inkomenscorrectie", "maandbedrag"),
				p -> {
			System2025 old = p.optional(v -> new System2025(v.money("maximale_huurgrens_2025"),
					v.money("maximale_huurgrens_jongeren_2025"), v.money("kwaliteitskortingsgrens_2025"),
					v.money("aftoppingsgrens_klein_2025"), v.money("aftoppingsgrens_groot_2025"),
					v.money("normhuur_minimum_eenpersoons_2025"), v.money("normhuur_minimum_meerpersoons_2025"),
					v.money("inkomensijkpunt_eenpersoons_2025"), v.money("inkomensijkpunt_meerpersoons_2025"),
					v.number("factor_a_eenpersoons_2025"), v.number("factor_b_eenpersoons_2025"),
					v.number("factor_a_meerpersoons_2025"), v.number("factor_b_meerpersoons_2025"),
					v.money("verlaging_eigen_bijdrage_2025"), v.money("minimum_basishuur_eenpersoons_2025"),
					v.money("minimum_basishuur_meerpersoons_2025"), v.money("servicekosten_maximum_2025"),
					v.money("vermogensgrens_per_persoon_2025"), v.money("vermogensgrens_partners_2025"),
					v.money("kindinkomensvrijstelling_2025")));
			System2026 current = p.optional(v -> new System2026(v.money("maximale_huurgrens_2026"),
					v.money("maximale_huurgrens_jongeren_2026"), v.money("kwaliteitskortingsgrens_2026"),
					v.money("aftoppingsgrens_klein_2026"), v.money("aftoppingsgrens_groot_2026"),
					v.money("basishuur_eenpersoons_2026"), v.money("basishuur_meerpersoons_2026"),
					v.money("inkomensijkpunt_eenpersoons_2026"), v.money("inkomensijkpunt_meerpersoons_2026"),
					v.rate("afbouwpercentage_eenpersoons_2026"), v.rate("afbouwpercentage_meerpersoons_2026"),
					v.money("kindinkomensvrijstelling_2026"), v.money("vermogensgrens_per_persoon_2026"),
					v.money("vermogensgrens_partners_2026")));
			if (old == null && current == null) {
				throw new ParameterView.MissingValue("huurtoeslag system");
			}
			return new Parameters(old, current, p.rate("deel_a_percentage"), p.rate("deel_b_percentage"),
					p.rate("deel_c_percentage"), p.months("minimumleeftijd"), p.months("jongerenleeftijd"),
					p.money("minimumbedrag"));
		});
		taperedBy(Question.INCOME, "inkomen", "minimumbedrag");
	}

	@Override
	public Set<Question> reads() {
		return EnumSet.of(Question.PARTNER, Question.INCOME, Question.ASSETS, Question.APPLICANT_AGE,
				Question.PARTNER_AGE, Question.RENT, Question.SERVICE_COSTS, Question.CHILDREN, Question.HOUSEMATES);
	}

	@Override
	public void evaluate(Facts f, Trace t) {
		Parameters p = parameters.at(f.referenceDate);
		t.check(LEEFTIJD, f.applicantAgeMonths >= p.minimumleeftijd);
		boolean rents = t.check(HUUR, f.rent.isPositive());
		boolean onePerson = f.persons() == 1;
		boolean young = everyoneYoung(f, p.jongerenleeftijd);
		Money ownLimit;
		Money perPersonLimit;
		Money vrijstelling;
		if (p.current != null) {
			ownLimit = f.partner ? p.current.vermogensgrensPartners : p.current.vermogensgrensPersoon;
			perPersonLimit = p.current.vermogensgrensPersoon;
			vrijstelling = p.current.kindvrijstelling;
		}
		else {
			ownLimit = f.partner ? p.old.vermogensgrensPartners : p.old.vermogensgrensPersoon;
			perPersonLimit = p.old.vermogensgrensPersoon;
			vrijstelling = p.old.kindvrijstelling;
		}
		boolean assetsOk = f.assets.atMost(ownLimit)
				&& f.housemateAssets.atMost(perPersonLimit.times(f.housemates.size()));
		t.check(VERMOGEN, assetsOk, f.assets.atMost(ownLimit) ? perPersonLimit : ownLimit,
				f.assets.atMost(ownLimit) ? f.housemateAssets : f.assets);
		Money income = t.step(S_REKENINKOMEN, f.income.plus(housemateIncome(f, vrijstelling)));
		BigDecimal exact;
		if (p.current != null) {
			exact = amount2026(f, t, p, p.current, onePerson, young, income);
		}
		else {
			exact = amount2025(f, t, p, p.old, onePerson, young, income);
		}
		if (exact == null || !rents) {
			return;
		}
		Money exactMonth = Money.ofEuros(exact.max(BigDecimal.ZERO), RoundingMode.HALF_UP);
		boolean positive = t.check(INKOMEN, exact.signum() > 0, null, exactMonth);
		Money month;
		Money year;
		if (p.current != null) {
			month = Awir.floorEuros(exact);
			year = month.times(12);
		}
		else {
			// Assumed for 2025 (no official example found): the yearly amount rounded to euros (Awir art. 14 lid 4),
			// the month that amount divided by 12 and rounded down, as the Dienst does for zorgtoeslag.
			year = Awir.yearlyOfMonth(exact.max(BigDecimal.ZERO));
			month = Awir.monthOf(year);
		}
		if (positive) {
			Awir.checkMinimum(t, MINIMUMBEDRAG, Awir.yearlyOfMonth(exact), p.minimumbedrag);
		}
		t.step(S_MAAND, month);
		t.amounts(year, month);
	}

	private static @Nullable BigDecimal amount2026(Facts f, Trace t, Parameters p, System2026 s, boolean onePerson,
			boolean young, Money income) {
		Money limit = young ? s.maximaleHuurgrensJongeren : s.maximaleHuurgrens;
		Money rent = t.step(S_REKENHUUR, f.rent.min(limit));
		Money base = t.step(S_BASISHUUR, onePerson ? s.basishuurEen : s.basishuurMeer);
		Money cap = f.persons() <= 2 ? s.aftoppingsgrensKlein : s.aftoppingsgrensGroot;
		BigDecimal total = parts(t, p, rent, base, s.kwaliteitskortingsgrens, cap, young);
		Money ijkpunt = onePerson ? s.ijkpuntEen : s.ijkpuntMeer;
		BigDecimal rate = onePerson ? s.afbouwEen : s.afbouwMeer;
		Money correction = t.step(S_CORRECTIE, Money.ofEuros(
				income.minus(ijkpunt).max(Money.ZERO).euros().multiply(rate).divide(TWELVE, 10, RoundingMode.HALF_UP),
				RoundingMode.HALF_UP));
		return total.subtract(correction.euros());
	}

	private static @Nullable BigDecimal amount2025(Facts f, Trace t, Parameters p, System2025 s, boolean onePerson,
			boolean young, Money income) {
		Money rent = t.step(S_REKENHUUR, f.rent.plus(f.serviceCosts.min(s.servicekostenMaximum)));
		Money limit = young ? s.maximaleHuurgrensJongeren : s.maximaleHuurgrens;
		t.check(MAXIMALE_HUURGRENS, rent.atMost(limit), limit, rent);
		Money ijkpunt = onePerson ? s.ijkpuntEen : s.ijkpuntMeer;
		Money norm;
		if (income.atMost(ijkpunt)) {
			norm = onePerson ? s.normhuurMinimumEen : s.normhuurMinimumMeer;
		}
		else {
			BigDecimal y = income.euros();
			BigDecimal a = onePerson ? s.aEen : s.aMeer;
			BigDecimal b = onePerson ? s.bEen : s.bMeer;
			norm = Money.ofEuros(a.multiply(y).multiply(y).add(b.multiply(y)), RoundingMode.CEILING);
		}
		t.step(S_NORMHUUR, norm);
		Money base = t.step(S_BASISHUUR,
				norm.minus(s.verlaging).max(onePerson ? s.minimumBasishuurEen : s.minimumBasishuurMeer));
		Money cap = f.persons() <= 2 ? s.aftoppingsgrensKlein : s.aftoppingsgrensGroot;
		return parts(t, p, rent, base, s.kwaliteitskortingsgrens, cap, young);
	}

	/** Art. 21: 100% up to the kwaliteitskortingsgrens, 65% up to the aftoppingsgrens, 40% above it. */
	private static BigDecimal parts(Trace t, Parameters p, Money rent, Money base, Money quality, Money cap,
			boolean young) {
		BigDecimal a = p.a.multiply(rent.min(quality).minus(base).max(Money.ZERO).euros());
		BigDecimal b = young ? BigDecimal.ZERO
				: p.b.multiply(rent.min(cap).minus(quality.max(base)).max(Money.ZERO).euros());
		BigDecimal c = young ? BigDecimal.ZERO : p.c.multiply(rent.minus(cap.max(base)).max(Money.ZERO).euros());
		t.step(S_A, Money.ofEuros(a, RoundingMode.HALF_UP));
		t.step(S_B, Money.ofEuros(b, RoundingMode.HALF_UP));
		t.step(S_C, Money.ofEuros(c, RoundingMode.HALF_UP));
		return a.add(b).add(c);
	}

	/** Everyone in the home is under the youth age and there are no children. */
	private static boolean everyoneYoung(Facts f, int age) {
		if (!f.children.isEmpty() || f.applicantAgeMonths >= age || f.partner && f.partnerAgeMonths >= age) {
			return false;
		}
		for (int i = 0; i < f.housemates.size(); i++) {
			if (f.housemateAgeMonths(i) >= age) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Medebewoners' income. When every housemate's income is known, each under 23 gets the kindinkomensvrijstelling;
	 * otherwise the total is taken without it (an upper bound).
	 */
	private static Money housemateIncome(Facts f, Money vrijstelling) {
		Money total = Money.ZERO;
		for (int i = 0; i < f.housemates.size(); i++) {
			Person h = f.housemates.get(i);
			if (!h.yearlyIncome().isKnown()) {
				return f.housemateIncome;
			}
			Money own = h.yearlyIncome().min();
			if (f.housemateAgeMonths(i) < CHILD_INCOME_AGE) {
				own = own.minus(vrijstelling).max(Money.ZERO);
			}
			total = total.plus(own);
		}
		return total;
	}

	@Override
	public List<Threshold> thresholds(Facts f) {
		Parameters p = parameters.at(f.referenceDate);
		List<Threshold> thresholds = new java.util.ArrayList<>();
		if (f.housemateAssets.isZero()) {
			Money own = p.current != null
					? (f.partner ? p.current.vermogensgrensPartners : p.current.vermogensgrensPersoon)
					: (f.partner ? p.old.vermogensgrensPartners : p.old.vermogensgrensPersoon);
			thresholds.add(Threshold.atMost("vermogen", Question.ASSETS, own));
		}
		if (p.old != null && !f.rent.isZero()) {
			boolean young = everyoneYoung(f, p.jongerenleeftijd);
			Money limit = young ? p.old.maximaleHuurgrensJongeren : p.old.maximaleHuurgrens;
			Money service = f.serviceCosts.min(p.old.servicekostenMaximum);
			thresholds.add(Threshold.atMost("maximale_huurgrens", Question.RENT, limit.minus(service)));
		}
		return thresholds;
	}

}
