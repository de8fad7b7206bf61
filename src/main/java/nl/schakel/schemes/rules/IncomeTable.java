// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.math.BigDecimal;
import java.util.List;

import nl.schakel.schemes.Money;

/**
 * Income bands with a percentage per column, as in the bijlage of the Besluit kinderopvangtoeslag. Bands are
 * inclusive: a row applies up to and including its income.
 */
public final class IncomeTable {

	private final long[] upTo;

	private final BigDecimal[][] columns;

	IncomeTable(List<Money> bounds, List<List<BigDecimal>> columns) {
		this.upTo = bounds.stream().mapToLong(Money::cents).toArray();
		this.columns = new BigDecimal[columns.size()][];
		for (int c = 0; c < columns.size(); c++) {
			this.columns[c] = columns.get(c).toArray(BigDecimal[]::new);
		}
	}

	/** The fraction in the column (0-based, after the income) for the income: 96 in the file gives 0.96. */
	public BigDecimal lookup(Money income, int column) {
		int low = 0;
		int high = upTo.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (upTo[mid] >= income.cents()) {
				high = mid;
			}
			else {
				low = mid + 1;
			}
		}
		return columns[column][low];
	}

	int rows() {
		return upTo.length;
	}

}
