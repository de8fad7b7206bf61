// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.schakel.signals.Triage.Facts;
import nl.schakel.signals.Triage.Finding;
import nl.schakel.signals.Triage.Rule;

class TriageTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 25);

	static final UUID LANDLORD = UUID.randomUUID();

	static final UUID WATER = UUID.randomUUID();

	static Facts rent(int monthsBehind) {
		return new Facts(LANDLORD, CreditorType.WONINGVERHUURDER, SignalKind.BETALINGSACHTERSTAND, 80_000L * monthsBehind,
				DAY.minusMonths(monthsBehind), DAY, null);
	}

	static Facts water(int daysBehind) {
		return new Facts(WATER, CreditorType.DRINKWATERBEDRIJF, SignalKind.BETALINGSACHTERSTAND, 9_000,
				DAY.minusDays(daysBehind), DAY, null);
	}

	static Finding finding(Triage.Assessment assessment, Rule rule) {
		return assessment.findings().stream().filter(f -> f.rule() == rule).findFirst().orElseThrow();
	}

	@Test
	void oneMonthOfRentAloneIsNormalAndSaysWhy() {
		var assessment = Triage.assess(TriagePolicy.EXAMPLE, List.of(rent(1)), DAY);
		assertThat(assessment.priority()).isEqualTo(Priority.NORMAL);
		assertThat(finding(assessment, Rule.RENT_MONTHS)).satisfies(f -> {
			assertThat(f.value()).isEqualTo(1);
			assertThat(f.threshold()).isEqualTo(2);
			assertThat(f.fired()).isFalse();
		});
		assertThat(finding(assessment, Rule.CREDITORS).value()).isEqualTo(1);
	}

	@Test
	void twoMonthsOfRentIsHigh() {
		var assessment = Triage.assess(TriagePolicy.EXAMPLE, List.of(rent(2)), DAY);
		assertThat(assessment.priority()).isEqualTo(Priority.HIGH);
		assertThat(finding(assessment, Rule.RENT_MONTHS).fired()).isTrue();
	}

	@Test
	void twoCreditorsAreHighAndScoreAboveOne() {
		var one = Triage.assess(TriagePolicy.EXAMPLE, List.of(rent(1)), DAY);
		var two = Triage.assess(TriagePolicy.EXAMPLE, List.of(rent(1), water(40)), DAY);
		assertThat(two.priority()).isEqualTo(Priority.HIGH);
		assertThat(finding(two, Rule.CREDITORS)).satisfies(f -> {
			assertThat(f.value()).isEqualTo(2);
			assertThat(f.fired()).isTrue();
		});
		assertThat(two.score()).isGreaterThan(one.score());
	}

	@Test
	void arrearsYoungerThanTheThresholdAreKeptButDoNotCount() {
		var assessment = Triage.assess(TriagePolicy.EXAMPLE, List.of(rent(1), water(10)), DAY);
		assertThat(assessment.priority()).isEqualTo(Priority.NORMAL);
		assertThat(finding(assessment, Rule.BELOW_THRESHOLD).value()).isEqualTo(1);
		assertThat(finding(assessment, Rule.BELOW_THRESHOLD).threshold()).isEqualTo(30);
	}

	@Test
	void repeatedSignalsOfOneCreditorRaiseTheScore() {
		var once = Triage.assess(TriagePolicy.EXAMPLE, List.of(rent(1)), DAY);
		var twice = Triage.assess(TriagePolicy.EXAMPLE, List.of(rent(1), rent(1)), DAY);
		assertThat(finding(twice, Rule.REPEATED).value()).isEqualTo(1);
		assertThat(twice.score()).isGreaterThan(once.score());
	}

	@Test
	void anEndOfSupplySignalIsUrgentWithItsDateUnlessTheMunicipalityChoosesOtherwise() {
		var end = new Facts(UUID.randomUUID(), CreditorType.ENERGIELEVERANCIER, SignalKind.EINDELEVERING, 30_000,
				DAY.minusDays(60), DAY, DAY.plusDays(28));
		var assessment = Triage.assess(TriagePolicy.EXAMPLE, List.of(end), DAY.plusDays(1));
		assertThat(assessment.priority()).isEqualTo(Priority.URGENT);
		assertThat(finding(assessment, Rule.END_OF_SUPPLY)).satisfies(f -> {
			assertThat(f.value()).isEqualTo(27);
			assertThat(f.date()).isEqualTo(DAY.plusDays(28));
		});
		var calm = new TriagePolicy(3, 3, 30, false, "test");
		assertThat(Triage.assess(calm, List.of(end), DAY).priority()).isEqualTo(Priority.NORMAL);
	}

}
