// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.spreadsheet;

import java.util.List;

/** One row of a sheet or CSV file: its number as a spreadsheet program shows it (the header is 1), and its cells. */
public record SheetRow(int number, List<String> cells) {

	public SheetRow {
		cells = List.copyOf(cells);
	}

	/** Whether every cell is empty or blank: such rows are skipped, not refused. */
	public boolean blank() {
		return cells.stream().allMatch(String::isBlank);
	}

}
