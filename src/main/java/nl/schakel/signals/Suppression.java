// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Small-cell suppression for one column of a table with a published total. Primary: a cell the rule marks as
 * sensitive (typically a count below the threshold). Secondary: when exactly one cell of the column is hidden while
 * the total is shown, the total minus the visible cells would give it away, so the smallest other cell is hidden too
 * (CBS, "Statistische beveiliging": primary and secondary suppression). A secondary cell is marked differently, because
 * its value is not below the threshold.
 */
final class Suppression {

	/** How a cell is shown. */
	enum Mark {

		SHOWN, BELOW_THRESHOLD, SECONDARY

	}

	private Suppression() {
	}

	/**
	 * The mark of each cell. {@code totalShown}: whether the column's total is published; only then can a single
	 * hidden cell be derived from it.
	 */
	static List<Mark> protect(List<Long> cells, boolean totalShown, IntPredicate sensitive) {
		Map<Integer, Mark> marks = new LinkedHashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			marks.put(i, sensitive.test(i) ? Mark.BELOW_THRESHOLD : Mark.SHOWN);
		}
		long hidden = marks.values().stream().filter(m -> m != Mark.SHOWN).count();
		if (totalShown && hidden == 1) {
			IntStream.range(0, cells.size())
				.boxed()
				.filter(i -> marks.get(i) == Mark.SHOWN)
				.min(Comparator.comparing((Integer i) -> cells.get(i)).thenComparing(i -> i))
				.ifPresent(i -> marks.put(i, Mark.SECONDARY));
		}
		return new ArrayList<>(marks.values());
	}

	/** Counts below the threshold are sensitive, zero included: "0" and "3" look the same ("<10"). */
	static List<Mark> counts(List<Long> cells, long total, int threshold) {
		return protect(cells, total >= threshold, i -> cells.get(i) < threshold);
	}

}
