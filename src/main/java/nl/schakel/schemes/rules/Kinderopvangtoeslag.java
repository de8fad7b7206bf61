// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.schakel.schemes.Childcare;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.Question;
import nl.schakel.schemes.Source;

/**
 * Kinderopvangtoeslag per month (Wet kinderopvang; Besluit kinderopvangtoeslag), rounded as in the Dienst
 * Toeslagen's 2026 leaflet: exact per child, the monthly total rounded down to whole euros.
 */
public final class Kinderopvangtoeslag extends Scheme<Kinderopvangtoeslag.Parameters> {

	static final int KINDEROPVANG = 0, WERK = 1, MINIMUMBEDRAG = 2;

	static final int S_KOSTEN = 0, S_EXACT = 1, S_MAAND = 2;

	private static final int FIRST_CHILD = 0, NEXT_CHILD = 1;

	record Parameters(IncomeTable percentages, Money dagopvang, Money buitenschoolse, Money gastouder, int maximumHours,
			Money minimumbedrag) {
	}


	public Kinderopvangtoeslag(SchemeDefinition definition) {
		super(definition, List.of("kinderopvang", "werk", "minimumbedrag"),
				List.of("kosten", "toeslag_exact", "maandbedrag"),
				p -> new Parameters(p.table("percentages"), p.money("maximale_uurprijs_dagopvang"),
						p.money("maximale_uurprijs_buitenschoolse_opvang"), p.money("maximale_uurprijs_gastouderopvang"),
						p.number("maximum_uren_per_maand").intValueExact(), p.money("minimumbedrag")));
	}

	@Override
	public Set<Question> reads() {
		return EnumSet.of(Question.PARTNER, Question.INCOME, Question.CHILDREN, Question.CHILDCARE, Question.WORK);
	}

	@Override
	public void evaluate(Facts f, Trace t) {
		Parameters p = parameters.at(f.referenceDate);
		int count = f.childcare.size();
		int first = -1;
		int[] hours = new int[count];
		Money[] costs = new Money[count];
		Money total = Money.ZERO;
		for (int i = 0; i < count; i++) {
			Childcare care = f.childcare.get(i);
			hours[i] = Math.min(Math.max(care.hours(), 0), p.maximumHours);
			Money price = care.hourlyPrice().min(switch (care.kind()) {
				case DAGOPVANG -> p.dagopvang;
				case BUITENSCHOOLSE_OPVANG -> p.buitenschoolse;
				case GASTOUDEROPVANG -> p.gastouder;
			});
			costs[i] = price.times(hours[i]);
			total = total.plus(costs[i]);
			// Leaflet stap 3: the child with the most hours is the first child; a tie goes to the highest costs.
			if (hours[i] > 0 && (first < 0 || hours[i] > hours[first]
					|| hours[i] == hours[first] && costs[i].greaterThan(costs[first]))) {
				first = i;
			}
		}
		boolean care = t.check(KINDEROPVANG, first >= 0);
		t.check(WERK, f.working && (!f.partner || f.partnerWorking));
		if (!care) {
			return;
		}
		t.step(S_KOSTEN, total);
		BigDecimal exact = BigDecimal.ZERO;
		for (int i = 0; i < count; i++) {
			BigDecimal share = p.percentages.lookup(f.income, i == first ? FIRST_CHILD : NEXT_CHILD);
			exact = exact.add(costs[i].euros().multiply(share));
		}
		t.step(S_EXACT, Money.ofEuros(exact, RoundingMode.HALF_UP));
		Money month = t.step(S_MAAND, Awir.floorEuros(exact));
		Awir.checkMinimum(t, MINIMUMBEDRAG, Awir.yearlyOfMonth(exact), p.minimumbedrag);
		t.amounts(month.times(12), month);
	}

}
