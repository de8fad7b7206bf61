// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.spreadsheet;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded spreadsheet, XLSX or CSV, as numbered rows of text. The kind is taken from the bytes, not the name: an
 * XLSX is a ZIP; anything else must be text. A file named .xlsx that is not a ZIP is refused.
 */
public final class Sheets {

	/** The rows of a file, and for CSV the encoding and separator it was read with (null for XLSX). */
	public record Sheet(List<SheetRow> rows, @Nullable Charset charset, char separator) {

		public Sheet {
			rows = List.copyOf(rows);
		}

		/** The first row, the column names; empty for an empty file. */
		public List<String> header() {
			return rows.isEmpty() ? List.of() : rows.getFirst().cells();
		}

		/** The rows after the header. */
		public List<SheetRow> body() {
			return rows.isEmpty() ? List.of() : rows.subList(1, rows.size());
		}

	}

	private Sheets() {
	}

	/**
	 * Reads a spreadsheet. With {@code windows1252} a CSV that is not UTF-8 is read as Windows-1252; without it such
	 * a file is refused with the line of the first wrong byte.
	 */
	public static Sheet read(byte[] content, String file, boolean windows1252) {
		if (ZipContents.looksLikeZip(content)) {
			return new Sheet(XlsxRows.read(content, file), null, ',');
		}
		if (file.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			throw new UnreadableFileException(file, null, "not-a-spreadsheet");
		}
		TextDecoding.Decoded decoded = windows1252 ? TextDecoding.utf8OrWindows1252(content, file)
				: new TextDecoding.Decoded(TextDecoding.utf8(content, file), StandardCharsets.UTF_8);
		char separator = CsvRows.separator(decoded.text());
		List<List<String>> cells;
		try {
			cells = CsvRows.parse(decoded.text(), separator);
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableFileException(file, null, "csv-quote");
		}
		List<SheetRow> rows = new ArrayList<>(cells.size());
		for (int i = 0; i < cells.size(); i++) {
			rows.add(new SheetRow(i + 1, cells.get(i)));
		}
		return new Sheet(rows, decoded.charset(), separator);
	}

}
