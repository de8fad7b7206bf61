// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.schakel.schemes.Decision;
import nl.schakel.schemes.Evaluation;
import nl.schakel.schemes.Household;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.Person;
import nl.schakel.schemes.SchemeResult;
import nl.schakel.schemes.Schemes;

/** The cheap decision must say exactly what the full evaluation says, for every scheme and household. */
class DecisionAgreementTests {

	private static final Schemes SCHEMES = Schemes.bundled();

	private static final LocalDate DATE = LocalDate.of(2026, 3, 1);

	private static final Period PERIOD = Period.month(2026, 3);

	@Test
	void decisionsAgreeWithTheFullEvaluationOnTwoThousandSyntheticHouseholds() throws IOException {
		StringWriter csv = new StringWriter();
		new SyntheticHouseholds(7).write(2_000, csv);
		String[] lines = csv.toString().split("\n");
		HouseholdCsv reader = HouseholdCsv.header(lines[0]);
		int compared = 0;
		for (int i = 1; i < lines.length; i++) {
			Household h = reader.parse(lines[i]).household();
			// The synthetic households live in one municipality; half move to Nijmegen so its local schemes count.
			if (i % 2 == 0) {
				h = h.withMunicipality("0268");
			}
			compared += assertAgree(h);
		}
		assertThat(compared).isGreaterThan(2_000 * 6);
	}

	@Test
	void decisionsAgreeForPartlyUnknownHouseholds() {
		assertAgree(Household.unknown().withMunicipality("0268"));
		assertAgree(Household.single(Person.unknown().withAge(40)
			.withMonthlyNetIncome(new MoneyRange(Money.euros(900), Money.euros(1_400)))).withMunicipality("0268"));
	}

	private static int assertAgree(Household h) {
		Evaluation full = SCHEMES.evaluate(h, DATE, PERIOD);
		List<Decision> decisions = SCHEMES.decide(h, DATE, PERIOD);
		assertThat(decisions).extracting(Decision::schemeId)
			.containsExactlyElementsOf(full.results().stream().map(SchemeResult::schemeId).toList());
		for (Decision d : decisions) {
			SchemeResult r = full.result(d.schemeId()).orElseThrow();
			assertThat(d.status()).as("%s for %s", d.schemeId(), h).isEqualTo(r.status());
			assertThat(d.perYear()).as("%s for %s", d.schemeId(), h).isEqualTo(r.perYear());
		}
		return decisions.size();
	}

}
