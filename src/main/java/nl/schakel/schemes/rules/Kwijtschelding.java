// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Money;
import nl.schakel.schemes.Question;
import nl.schakel.schemes.Source;

/**
 * Kwijtschelding van gemeentelijke belastingen: the national calculation (Uitvoeringsregeling Invorderingswet 1990
 * art. 11-16) with the municipality's choices as parameters. See the scheme file for what is not modelled.
 */
public final class Kwijtschelding extends Scheme<Kwijtschelding.Parameters> {

	static final int AANSLAG = 0, VERMOGEN = 1, BETALINGSCAPACITEIT = 2;

	static final int S_NORM = 0, S_KOSTEN = 1, S_INKOMEN = 2, S_CAPACITEIT = 3, S_AANGEWEND = 4, S_VRIJ = 5,
			S_VERMOGEN = 6, S_AANSLAG = 7, S_KWIJTSCHELDING = 8;

	private static final String COST = "percentage_kosten_van_bestaan_";

	private static final String CAPACITY = "percentage_betalingscapaciteit_";

	private static final String RAISE = "verhoging_vrijstelling_";

	private static final String MAXIMUM_RAISE = "verhoging_vrijstelling_gehuwden";

	/** Regeling medeoverheden art. 4: a single parent may get 90%, a single person 75% of the couples' raise. */
	private static final BigDecimal SINGLE_PARENT = new BigDecimal("0.90"), SINGLE = new BigDecimal("0.75");

	record Parameters(BigDecimal costShare, BigDecimal capacityShare, Map<String, BigDecimal> costShareBy,
			Map<String, BigDecimal> capacityShareBy, Map<String, Money> raiseBy) {
	}


	private final AlgemeneBijstand bijstand;

	public Kwijtschelding(SchemeDefinition definition, AlgemeneBijstand bijstand) {
		super(definition, List.of("aanslag", "vermogen", "betalingscapaciteit"),
				List.of("bijstandsnorm", "kosten_van_bestaan", "netto_besteedbaar_inkomen", "betalingscapaciteit",
						"aangewende_betalingscapaciteit", "vrijgelaten_vermogen", "vermogen", "aanslag",
						"kwijtschelding"),
				p -> {
			Map<String, BigDecimal> costBy = new HashMap<>();
			Map<String, BigDecimal> capacityBy = new HashMap<>();
			Map<String, Money> raiseBy = new HashMap<>();
			Money maximumRaise = p.money(MAXIMUM_RAISE);
			for (String name : definition.parameters().keySet()) {
				if (name.startsWith(COST)) {
					BigDecimal share = p.optional(v -> v.rate(name));
					if (share != null) {
						costBy.put(name.substring(COST.length()), share);
					}
				}
				else if (name.startsWith(CAPACITY)) {
					BigDecimal share = p.optional(v -> v.rate(name));
					if (share != null) {
						capacityBy.put(name.substring(CAPACITY.length()), share);
					}
				}
				else if (name.startsWith(RAISE) && !name.equals(MAXIMUM_RAISE)) {
					Money raise = p.optional(v -> v.money(name));
					if (raise != null && raise.greaterThan(maximumRaise)) {
						int line = definition.parameters().get(name).values().getFirst().line();
						throw new RuleFileException(definition.file(), line, name + " is more than the " + maximumRaise
								+ " the Regeling kwijtschelding belastingen medeoverheden art. 4 allows");
					}
					if (raise != null) {
						raiseBy.put(name.substring(RAISE.length()), raise);
					}
				}
			}
			return new Parameters(p.rate("percentage_kosten_van_bestaan"), p.rate("percentage_betalingscapaciteit"),
					Map.copyOf(costBy), Map.copyOf(capacityBy), Map.copyOf(raiseBy));
		});
		taperedBy(Question.NET_INCOME, "betalingscapaciteit");
		this.bijstand = bijstand;
	}

	@Override
	public Set<Question> reads() {
		return EnumSet.of(Question.PARTNER, Question.NET_INCOME, Question.ASSETS, Question.APPLICANT_AGE,
				Question.PARTNER_AGE, Question.CHILDREN, Question.HOUSEMATES, Question.MUNICIPAL_TAX);
	}

	@Override
	public boolean covers(LocalDate date) {
		return parameters.at(date) != null && bijstand.covers(date);
	}

	@Override
	public void evaluate(Facts f, Trace t) {
		Parameters p = parameters.at(f.referenceDate);
		Money tax = t.step(S_AANSLAG, f.municipalTax);
		boolean hasTax = t.check(AANSLAG, tax.isPositive());
		Money norm = bijstand.norm(f, t);
		if (norm == null) {
			return;
		}
		t.step(S_NORM, norm);
		String municipality = f.municipality == null ? "" : f.municipality;
		BigDecimal costShare = p.costShareBy.getOrDefault(municipality, p.costShare);
		Money cost = t.step(S_KOSTEN, Money.ofEuros(norm.euros().multiply(costShare), RoundingMode.HALF_UP));
		Money income = t.step(S_INKOMEN, f.netIncome);
		Money capacity = t.step(S_CAPACITEIT, income.minus(cost).max(Money.ZERO).times(12));
		BigDecimal capacityShare = p.capacityShareBy.getOrDefault(municipality, p.capacityShare);
		Money used = t.step(S_AANGEWEND, Money.ofEuros(capacity.euros().multiply(capacityShare), RoundingMode.HALF_UP));
		Money raise = p.raiseBy.getOrDefault(municipality, Money.ZERO);
		if (!f.partner) {
			raise = Money.ofEuros(raise.euros().multiply(f.children.isEmpty() ? SINGLE : SINGLE_PARENT),
					RoundingMode.HALF_UP);
		}
		Money exempt = t.step(S_VRIJ, cost.plus(raise));
		Money assets = t.step(S_VERMOGEN, f.assets.minus(exempt).max(Money.ZERO));
		if (!hasTax) {
			return;
		}
		boolean assetsShort = t.check(VERMOGEN, assets.compareTo(tax) < 0, tax, assets);
		// With too much vermogen the capacity is still checked against the whole bill, so that every reason shows.
		Money left = assetsShort ? tax.minus(assets) : tax;
		t.check(BETALINGSCAPACITEIT, used.compareTo(left) < 0, left, used);
		Money remitted = t.step(S_KWIJTSCHELDING, tax.minus(assets).minus(used).max(Money.ZERO));
		t.amounts(remitted,
				Money.ofEuros(remitted.euros().divide(BigDecimal.valueOf(12), 2, RoundingMode.FLOOR), RoundingMode.UNNECESSARY));
	}

}
