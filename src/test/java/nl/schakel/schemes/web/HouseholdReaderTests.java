// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.Tri;

class HouseholdReaderTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static HouseholdReader.Outcome read(String json) {
		return HouseholdReader.read(JSON.readTree(json), code -> code.equals("0268"));
	}

	@Test
	void leftOutFieldsAreUnknownAndEmptyListsAreNone() {
		HouseholdReader.Outcome o = read("""
				{"referenceDate": "2026-03-01", "household": {"applicant": {"age": 40}, "children": []}}
				""");
		assertThat(o.problems()).isEmpty();
		assertThat(o.request().period().toString()).isEqualTo("2026-03");
		assertThat(o.request().household().children()).isEmpty();
		assertThat(o.request().household().housemates()).isNull();
		assertThat(o.request().household().applicant().monthlyNetIncome()).isEqualTo(MoneyRange.UNKNOWN);
		assertThat(o.request().household().hasPartner()).isEqualTo(Tri.FALSE);
		assertThat(o.request().household().lowIncomeYears()).isNull();
	}

	@Test
	void amountsAreReadAsCentsFromStringsAndNumbers() {
		HouseholdReader.Outcome o = read("""
				{"referenceDate": "2026-03-01", "household": {"applicant": {"monthlyNetIncome": "1401.50", "assets": 2000.1},
				 "hasPartner": null}}
				""");
		assertThat(o.problems()).isEmpty();
		assertThat(o.request().household().applicant().monthlyNetIncome().min()).isEqualTo(Money.cents(140150));
		assertThat(o.request().household().applicant().assets().min()).isEqualTo(Money.cents(200010));
		assertThat(o.request().household().hasPartner()).isEqualTo(Tri.UNKNOWN);
	}

	@Test
	void everyProblemIsListedWithItsPointer() {
		HouseholdReader.Outcome o = read("""
				{"referenceDate": "2026-02-30", "period": "maart",
				 "household": {"applicant": {"birthDate": "2027-01-01", "yearlyIncome": "10.005", "working": "ja"},
				   "hasPartner": false, "partner": {"age": 30}, "lowIncomeYears": -1, "receives": ["Voedselbank"]}}
				""");
		assertThat(o.request()).isNull();
		assertThat(o.problems()).containsOnlyKeys("/referenceDate", "/period", "/household/applicant/birthDate",
				"/household/applicant/yearlyIncome",
				"/household/applicant/working", "/household/hasPartner", "/household/lowIncomeYears",
				"/household/receives/0");
	}

	@Test
	void aBirthDateAfterTheReferenceDateIsAProblem() {
		HouseholdReader.Outcome o = read("""
				{"referenceDate": "2026-03-01", "household": {"applicant": {"birthDate": "2027-01-01"}}}
				""");
		assertThat(o.problems()).containsEntry("/household/applicant/birthDate", "lies after the reference date");
		assertThat(LocalDate.parse("2026-03-01")).isBefore(LocalDate.parse("2027-01-01"));
	}

	@Test
	void aChildBornBeforeItsParentIsAProblem() {
		HouseholdReader.Outcome o = read("""
				{"referenceDate": "2026-03-01", "household": {"applicant": {"birthDate": "1990-01-01"},
				 "children": [{"birthDate": "1989-06-01"}]}}
				""");
		assertThat(o.problems()).containsEntry("/household/children/0/birthDate",
				"a child cannot be as old as or older than the applicant");
	}

}
