// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nl.schakel.schemes.Childcare;
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

	/**
	 * Every band of the published 2026 percentage table, at both of its ends: one child with 100 hours at 10 euros
	 * (first child) and one with 50 hours at 9 euros (next child), so the exact amount shows both percentages.
	 */
	@TestFactory
	Stream<DynamicTest> kinderopvangtoeslagPercentageTable2026() {
		return CsvTable.read("schemes/kinderopvangtoeslag.table.csv").stream().flatMap(row -> Stream
			.of(row.get("inkomen_van"), row.get("inkomen_tot_en_met"))
			.filter(income -> !income.equals("99999999"))
			.map(income -> DynamicTest.dynamicTest("kinderopvangtoeslag 2026 at an income of " + income, () -> {
				Household h = Household.single(adult().withWorking(Tri.TRUE)
					.withYearlyIncome(MoneyRange.exactly(Money.parse(income))))
					.withChildren(List.of(Person.unknown().withAge(2), Person.unknown().withAge(6)))
					.withChildcare(List.of(new Childcare(0, Childcare.Kind.DAGOPVANG, 100, Money.euros(10)),
							new Childcare(1, Childcare.Kind.BUITENSCHOOLSE_OPVANG, 50, Money.euros(9))));
				SchemeResult r = SCHEMES.evaluate(h, Period.month(2026, 1)).result("kinderopvangtoeslag")
					.orElseThrow();
				BigDecimal expected = new BigDecimal(row.get("pct_eerste_kind")).multiply(BigDecimal.TEN)
					.add(new BigDecimal(row.get("pct_volgend_kind")).multiply(new BigDecimal("4.5")));
				assertThat(r.step("toeslag_exact")).isEqualTo(MoneyRange.exactly(Money.ofEuros(expected,
						RoundingMode.HALF_UP)));
			})));
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
