// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: double-quoted cells with "" for a quote, CRLF or LF line ends. The separator is a comma, or a
 * semicolon as Dutch spreadsheet programs write it (the comma is their decimal sign).
 */
public final class CsvRows {

	private CsvRows() {
	}

	/** Comma-separated text; throws IllegalArgumentException when a quoted cell is not closed. */
	public static List<List<String>> parse(String text) {
		return parse(text, ',');
	}

	/** The separator of this text: a semicolon when the first line has semicolons and no commas, else a comma. */
	public static char separator(String text) {
		int end = text.indexOf('\n');
		String first = end < 0 ? text : text.substring(0, end);
		return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
	}

	/** Text with the given separator; throws IllegalArgumentException when a quoted cell is not closed. */
	public static List<List<String>> parse(String text, char separator) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
		for (int i = 0; i < input.length(); i++) {
			char c = input.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < input.length() && input.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == separator) {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("A quoted cell is not closed");
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

}
