// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import static nl.schakel.signals.Suppression.Mark.BELOW_THRESHOLD;
import static nl.schakel.signals.Suppression.Mark.SECONDARY;
import static nl.schakel.signals.Suppression.Mark.SHOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.schakel.region.MunicipalityCode;

class SuppressionTests {

	@Test
	void countsBelowTheThresholdAreHiddenAndLargerOnesShown() {
		assertThat(Suppression.counts(List.of(0L, 3L, 12L, 40L, 7L), 62, 10))
			.containsExactly(BELOW_THRESHOLD, BELOW_THRESHOLD, SHOWN, SHOWN, BELOW_THRESHOLD);
	}

	@Test
	void aSingleHiddenCellGetsASecondOneSoTheTotalCannotGiveItAway() {
		// The attack: 68 - 40 = 28 would be the hidden cell. With the smallest other cell hidden too, 28 is a sum of two.
		assertThat(Suppression.counts(List.of(3L, 25L, 40L), 68, 10)).containsExactly(BELOW_THRESHOLD, SECONDARY, SHOWN);
	}

	@Test
	void aHiddenTotalNeedsNoSecondCell() {
		assertThat(Suppression.counts(List.of(3L, 4L), 7, 10)).containsExactly(BELOW_THRESHOLD, BELOW_THRESHOLD);
		assertThat(Suppression.protect(List.of(3L, 25L), false, i -> i == 0)).containsExactly(BELOW_THRESHOLD, SHOWN);
	}

	/** For many random columns: never exactly one hidden cell next to a shown total. */
	@Test
	void noColumnEverLeavesOneCellToWorkOut() {
		long seed = Long.getLong("properties.seed", 20261125L);
		int tries = Integer.getInteger("properties.tries", 2_000);
		Random random = new Random(seed);
		for (int t = 0; t < tries; t++) {
			int size = 1 + random.nextInt(12);
			List<Long> cells = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				cells.add((long) random.nextInt(random.nextBoolean() ? 15 : 200));
			}
			long total = cells.stream().mapToLong(Long::longValue).sum();
			List<Suppression.Mark> marks = Suppression.counts(cells, total, 10);
			long hidden = marks.stream().filter(m -> m != SHOWN).count();
			boolean ok = total < 10 || hidden != 1;
			for (int i = 0; i < size; i++) {
				ok &= cells.get(i) >= 10 || marks.get(i) == BELOW_THRESHOLD;
			}
			assertThat(ok).as("try %d, seed %d, cells %s, marks %s", t, seed, cells, marks).isTrue();
		}
	}

	@Test
	void theFiguresOfAMonthWithFewSignalsCannotBeWorkedOutFromTheYearTotal() {
		LocalDate jan = LocalDate.of(2025, 1, 1);
		List<SignalFigures.SignalTally> signals = new ArrayList<>();
		for (int m = 0; m < 12; m++) {
			signals.add(new SignalFigures.SignalTally(jan.plusMonths(m), CreditorType.WONINGVERHUURDER, "", m == 4 ? 2 : 30 + m));
		}
		SignalFigures.Figures f = SignalFigures.compute(new MunicipalityCode("0252"), 2025, 12, 10,
				new SignalFigures.Population(10_000, jan, "test"), List.of(), List.of(), signals, List.of());
		List<SignalFigures.Row> months = f.byMonth().rows();
		assertThat(months.get(4).signals().mark()).isEqualTo(SignalFigures.Mark.BELOW_THRESHOLD);
		assertThat(months.get(4).perThousand().mark()).isEqualTo(SignalFigures.Mark.BELOW_THRESHOLD);
		assertThat(f.byMonth().total().signals().shown()).isTrue();
		// The differencing attack: total minus every shown month.
		long shown = months.stream().filter(r -> r.signals().shown()).mapToLong(r -> r.signals().value().longValue()).sum();
		long rest = f.byMonth().total().signals().value().longValue() - shown;
		assertThat(rest).isNotEqualTo(2);
		assertThat(months.stream().filter(r -> !r.signals().shown()).count()).isEqualTo(2);
		// January has the fewest signals of the shown months, so it is hidden as the second cell.
		assertThat(months.get(0).signals().mark()).isEqualTo(SignalFigures.Mark.SECONDARY);
	}

	@Test
	void sharesOfFewHouseholdsAreHiddenAndTheMedianCountsEveryHousehold() {
		LocalDate jan = LocalDate.of(2025, 1, 1);
		List<SignalFigures.CaseTally> cases = List.of(new SignalFigures.CaseTally(jan, "wijk", true, true, 3, 20),
				new SignalFigures.CaseTally(jan, "wijk", true, false, 10, 15),
				new SignalFigures.CaseTally(jan, "wijk", false, null, null, 25),
				new SignalFigures.CaseTally(jan.plusMonths(1), "wijk", true, true, 40, 2),
				new SignalFigures.CaseTally(jan.plusMonths(2), "wijk", true, true, 5, 12),
				new SignalFigures.CaseTally(jan.plusMonths(2), "wijk", false, null, null, 18));
		SignalFigures.Figures f = SignalFigures.compute(new MunicipalityCode("0252"), 2025, 3, 10, null, List.of(),
				List.of(), List.of(), cases);
		SignalFigures.Row january = f.byMonth().rows().get(0);
		assertThat(january.households().value()).isEqualByComparingTo("60");
		assertThat(january.reachedShare().value()).isEqualByComparingTo("58");
		assertThat(january.acceptedShare().value()).isEqualByComparingTo("57");
		assertThat(january.medianDays().value()).isEqualByComparingTo("3");
		SignalFigures.Row february = f.byMonth().rows().get(1);
		assertThat(february.households().mark()).isEqualTo(SignalFigures.Mark.BELOW_THRESHOLD);
		assertThat(february.reachedShare().mark()).isEqualTo(SignalFigures.Mark.BELOW_THRESHOLD);
		assertThat(february.medianDays().mark()).isEqualTo(SignalFigures.Mark.BELOW_THRESHOLD);
		// One hidden cell next to a shown total would give February away: March is hidden as the second cell.
		SignalFigures.Row march = f.byMonth().rows().get(2);
		assertThat(march.households().mark()).isEqualTo(SignalFigures.Mark.SECONDARY);
		assertThat(march.reachedShare().mark()).isEqualTo(SignalFigures.Mark.SECONDARY);
		// All 12 reached in March accepted: the 0 who did not is a small cell too.
		assertThat(march.acceptedShare().mark()).isEqualTo(SignalFigures.Mark.BELOW_THRESHOLD);
		assertThat(f.byMonth().total().reachedShare().value()).isEqualByComparingTo("53");
		assertThat(f.byMonth().total().perThousand().mark()).isEqualTo(SignalFigures.Mark.NOT_RECORDED);
	}

}
