// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.schakel.schemes.Household;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Tri;

class HouseholdCsvTests {

	private static final HouseholdCsv ALL = HouseholdCsv.header(String.join(",", HouseholdCsv.COLUMNS));

	@Test
	void readsEveryColumnWithAmountsInEurosAndCents() {
		HouseholdCsv.Row row = ALL.parse("h1,BU02680101,0268,34,21000.50,1400,2500.07,yes,no,yes,36,12000,900,0,ja,"
				+ "nee,4;9,23,8000,612.30,18.50,390,zorgtoeslag;Huurtoeslag");
		Household h = row.household();
		assertThat(row.id()).isEqualTo("h1");
		assertThat(row.neighbourhood()).isEqualTo("BU02680101");
		assertThat(h.municipalityCode()).isEqualTo("0268");
		assertThat(h.applicant().age()).isEqualTo(34);
		assertThat(h.applicant().yearlyIncome()).isEqualTo(MoneyRange.exactly(Money.cents(2_100_050)));
		assertThat(h.applicant().assets()).isEqualTo(MoneyRange.exactly(Money.cents(250_007)));
		assertThat(h.applicant().healthInsured()).isEqualTo(Tri.TRUE);
		assertThat(h.applicant().working()).isEqualTo(Tri.FALSE);
		assertThat(h.hasPartner()).isEqualTo(Tri.TRUE);
		assertThat(h.partner().age()).isEqualTo(36);
		assertThat(h.partner().working()).isEqualTo(Tri.FALSE);
		assertThat(h.children()).extracting(p -> p.age()).containsExactly(4, 9);
		assertThat(h.housemates()).singleElement().satisfies(m -> {
			assertThat(m.age()).isEqualTo(23);
			assertThat(m.yearlyIncome()).isEqualTo(MoneyRange.exactly(Money.euros(8000)));
		});
		assertThat(h.rent()).isEqualTo(MoneyRange.exactly(Money.cents(61_230)));
		assertThat(h.serviceCosts()).isEqualTo(MoneyRange.exactly(Money.cents(1_850)));
		assertThat(h.municipalTax()).isEqualTo(MoneyRange.exactly(Money.euros(390)));
		assertThat(h.receives()).containsExactlyInAnyOrder("zorgtoeslag", "huurtoeslag");
		assertThat(h.childcare()).isNull();
	}

	@Test
	void anEmptyCellOrAMissingColumnIsUnknownAndNoneIsAnEmptyList() {
		HouseholdCsv few = HouseholdCsv.header("id,children_ages,housemates_ages");
		Household h = few.parse("h2,,none").household();
		assertThat(h.applicant().age()).isNull();
		assertThat(h.applicant().yearlyIncome()).isEqualTo(MoneyRange.UNKNOWN);
		assertThat(h.hasPartner()).isEqualTo(Tri.UNKNOWN);
		assertThat(h.children()).isNull();
		assertThat(h.housemates()).isEmpty();
		assertThat(h.rent()).isEqualTo(MoneyRange.UNKNOWN);
	}

	@Test
	void aPartnerAgeWithoutThePartnerColumnMeansThereIsAPartner() {
		HouseholdCsv few = HouseholdCsv.header("id,partner,partner_age");
		assertThat(few.parse("h,,40").household().hasPartner()).isEqualTo(Tri.TRUE);
		assertThat(few.parse("h,no,40").household().hasPartner()).isEqualTo(Tri.FALSE);
	}

	@Test
	void quotedCellsKeepTheirCommasAndQuotes() {
		HouseholdCsv few = HouseholdCsv.header("id,neighbourhood");
		HouseholdCsv.Row row = few.parse("\"a,\"\"b\"\"\",wijk");
		assertThat(row.id()).isEqualTo("a,\"b\"");
	}

	@Test
	void refusesImpossibleValuesWithTheColumnButNeverTheValue() {
		HouseholdCsv few = HouseholdCsv.header("id,applicant_age,children_ages,rent,housemates_ages,"
				+ "housemates_income_year");
		assertThatThrownBy(() -> few.parse("h,200,,,,")).hasMessage("applicant_age: moet tussen 0 en 120 liggen");
		assertThatThrownBy(() -> few.parse("h,16,,,,")).hasMessage("applicant_age: de aanvrager is jonger dan 18");
		assertThatThrownBy(() -> few.parse("h,30,19,,,")).hasMessage("children_ages: moet tussen 0 en 17 liggen");
		assertThatThrownBy(() -> few.parse("h,30,,-5,,")).hasMessageStartingWith("rent: ");
		assertThatThrownBy(() -> few.parse("h,30,,,25;30,100")).hasMessage(
				"housemates_income_year: 1 bedragen voor 2 medebewoners");
		assertThatThrownBy(() -> few.parse(",30,,,,")).hasMessage("id: leeg");
		assertThatThrownBy(() -> few.parse("\"h,30,,,,")).hasMessage("een aanhalingsteken wordt niet gesloten");
	}

	@Test
	void aRepeatedColumnIsRefused() {
		assertThatThrownBy(() -> HouseholdCsv.header("id,rent,rent")).hasMessageContaining("2 keer");
	}

}
