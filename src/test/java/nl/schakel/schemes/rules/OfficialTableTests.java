// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nl.schakel.schemes.Household;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.Person;
import nl.schakel.schemes.SchemeResult;
import nl.schakel.schemes.Schemes;
import nl.schakel.schemes.Tri;

/** Every row of the official tables the Dienst Toeslagen publishes, reproduced to the euro. */
class OfficialTableTests {

	private static final Schemes SCHEMES = Schemes.national();

	@TestFactory
	Stream<DynamicTest> zorgtoeslagMonthlyTables() {
		return CsvTable.read("schemes/zorgtoeslag.table.csv").stream().map(row -> DynamicTest.dynamicTest(
				row.get("id") + " (" + row.get("bron").substring(0, Math.min(60, row.get("bron").length())) + ")",
				() -> {
					if (row.get("match").startsWith("NEE")) {
						Assumptions.abort("Published row contradicts the published income limit: " + row.get("match"));
					}
					SchemeResult r = zorgtoeslag(row);
					assertThat(r.perMonth()).isEqualTo(MoneyRange.exactly(Money.parse(row.get("verwacht_maand"))));
				}));
	}

	private static SchemeResult zorgtoeslag(Map<String, String> row) {
		Person applicant = adult().withYearlyIncome(MoneyRange.exactly(Money.parse(row.get("toetsingsinkomen"))));
		Household h = Household.single(applicant);
		if ("ja".equals(row.get("toeslagpartner"))) {
			h = h.withPartner(adult().withYearlyIncome(MoneyRange.ZERO));
		}
		return SCHEMES.evaluate(h, Period.year(Integer.parseInt(row.get("jaar")))).result("zorgtoeslag").orElseThrow();
	}

	static Person adult() {
		return Person.unknown().withAge(35).withAssets(MoneyRange.ZERO).withHealthInsured(Tri.TRUE)
			.withMonthlyNetIncome(MoneyRange.ZERO).withKostendelerExempt(Tri.FALSE);
	}

}
