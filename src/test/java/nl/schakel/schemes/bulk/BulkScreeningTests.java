// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.schakel.schemes.Period;
import nl.schakel.schemes.Schemes;

class BulkScreeningTests {

	private static final Schemes SCHEMES = Schemes.national();

	private static final Period MARCH_2026 = Period.month(2026, 3);

	private static final Screening NATIONAL = Screening.national(SCHEMES, LocalDate.of(2026, 3, 1), MARCH_2026);

	private static final String HEADER = "id,neighbourhood,applicant_age,applicant_income_year,"
			+ "applicant_net_income_month,applicant_assets,applicant_health_insured,partner,children_ages,"
			+ "housemates_ages,rent,service_costs,municipal_tax,receives\n";

	/** Single, 30, low income, social rent: zorgtoeslag and huurtoeslag. */
	private static final String LOW = ",30,18000,1300,2000,yes,no,none,none,600,20,400,";

	/** Single, 40, high income, no rent: nothing. */
	private static final String HIGH = ",40,90000,5000,200000,yes,no,none,none,0,0,400,";

	private record Run(BulkScreening.Summary summary, String results, String errors, String aggregates) {
	}

	private static Run run(String csv, Screening screening, int threads) throws IOException {
		StringWriter results = new StringWriter();
		StringWriter errors = new StringWriter();
		StringWriter aggregates = new StringWriter();
		BulkScreening.Summary summary = new BulkScreening(screening, false, threads).run(
				new BufferedReader(new StringReader(csv)), results, errors, aggregates, new BulkScreening.Progress());
		return new Run(summary, results.toString(), errors.toString(), aggregates.toString());
	}

	@Test
	void writesOneRowPerHouseholdInFileOrderWithStatusAmountAndFailingConditions() throws IOException {
		StringBuilder csv = new StringBuilder(HEADER);
		int n = BulkScreening.BATCH * 3 + 7;
		for (int i = 0; i < n; i++) {
			csv.append("hh-").append(i).append(i % 2 == 0 ? ",wijk-a" : ",wijk-b").append(i % 2 == 0 ? LOW : HIGH)
				.append('\n');
		}
		Run run = run(csv.toString(), NATIONAL.only(List.of("zorgtoeslag", "huurtoeslag")), 3);
		List<String> lines = run.results.lines().toList();
		assertThat(run.summary.households()).isEqualTo(n);
		assertThat(lines.getFirst()).isEqualTo("id,neighbourhood,zorgtoeslag_status,zorgtoeslag_amount_min,"
				+ "zorgtoeslag_amount_max,zorgtoeslag_receives,zorgtoeslag_failing,zorgtoeslag_unknown,"
				+ "huurtoeslag_status,huurtoeslag_amount_min,huurtoeslag_amount_max,huurtoeslag_receives,"
				+ "huurtoeslag_failing,huurtoeslag_unknown");
		for (int i = 0; i < n; i++) {
			assertThat(lines.get(i + 1)).startsWith("hh-" + i + ",");
		}
		assertThat(lines.get(1)).matches("hh-0,wijk-a,RECHT,\\d+\\.\\d\\d,\\d+\\.\\d\\d,no,,,RECHT,.*");
		assertThat(lines.get(2)).startsWith("hh-1,wijk-b,GEEN_RECHT,0.00,0.00,no,vermogen;inkomen").contains(",GEEN_RECHT,");
		assertThat(run.errors).isEqualTo("line,reason\n");
	}

	@Test
	void reportsEveryBadRowWithItsLineAndReasonAndGoesOn() throws IOException {
		String csv = HEADER + "ok-1,w" + LOW + "\n" + "bad-1,w,abc,1,1,1,yes,no,none,none,1,1,1,\n" + "\n"
				+ "bad-2,w,30,12.345,1,1,yes,no,none,none,1,1,1,\n" + "bad-3,w,30\n" + "ok-2,w" + HIGH + "\n"
				+ "bad-4,w,30,1,1,1,maybe,no,none,none,1,1,1,\n";
		Run run = run(csv, NATIONAL, 2);
		assertThat(run.summary.households()).isEqualTo(2);
		assertThat(run.summary.errors()).isEqualTo(4);
		assertThat(run.results.lines()).hasSize(3);
		assertThat(run.errors.lines().toList()).containsExactly("line,reason", "3,applicant_age: geen heel getal",
				"5,\"applicant_income_year: geen bedrag in euro's met hoogstens 2 decimalen, zoals 1234.56\"",
				"6,3 kolommen in plaats van 14", "8,\"applicant_health_insured: vul yes of no in (of ja/nee, 1/0)\"");
	}

	@Test
	void countsPerNeighbourhoodTheHouseholdsThatProbablyMissASchemeTheyDoNotReceive() throws IOException {
		String csv = HEADER + "1,wijk-a" + LOW + "\n" + "2,wijk-a" + LOW + "zorgtoeslag\n" + "3,wijk-a" + HIGH + "\n"
				+ "4,wijk-b" + LOW + "\n";
		Run run = run(csv, NATIONAL.only(List.of("zorgtoeslag")), 2);
		assertThat(run.aggregates.lines().toList()).containsExactly(
				"neighbourhood,scheme,households,recht,mogelijk,already_receiving,probably_missed",
				"wijk-a,zorgtoeslag,3,2,0,1,1", "wijk-b,zorgtoeslag,1,1,0,0,1");
	}

	@Test
	void anUnknownIncomeMakesTheSchemePossibleAndNamesTheUndecidedCondition() throws IOException {
		String csv = HEADER + "x,w,30,,1300,2000,yes,no,none,none,600,20,400,\n";
		Run run = run(csv, NATIONAL.only(List.of("zorgtoeslag")), 1);
		assertThat(run.results.lines().skip(1).findFirst().orElseThrow())
			.matches("x,w,MOGELIJK,0\\.00,\\d+\\.\\d\\d,no,,inkomen");
	}

	@Test
	void aHeaderWithAnUnknownColumnOrWithoutIdStopsTheRunBeforeAnythingIsWritten() {
		assertThatThrownBy(() -> run("id,salary\n1,2\n", NATIONAL, 1)).isInstanceOf(RowException.class)
			.hasMessageContaining("onbekende kolom 'salary'");
		assertThatThrownBy(() -> run("neighbourhood\nw\n", NATIONAL, 1)).isInstanceOf(RowException.class)
			.hasMessageContaining("'id' ontbreekt");
		assertThatThrownBy(() -> run("", NATIONAL, 1)).isInstanceOf(RowException.class).hasMessageContaining("leeg");
	}

	@Test
	void aScreeningOfAnUnknownSchemeIsRefused() {
		assertThatThrownBy(() -> NATIONAL.only(List.of("stadspas"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("stadspas");
	}

	@Test
	void aSecondScreeningAddsItsSchemesAfterTheFirst() throws IOException {
		Screening both = NATIONAL.only(List.of("zorgtoeslag")).and(NATIONAL.only(List.of("huurtoeslag")));
		assertThat(both.schemeIds()).containsExactly("zorgtoeslag", "huurtoeslag");
		Run run = run(HEADER + "1,w" + LOW + "\n", both, 1);
		assertThat(run.results.lines().skip(1).findFirst().orElseThrow()).startsWith("1,w,RECHT,")
			.contains(",RECHT,", ",no,");
	}

}
