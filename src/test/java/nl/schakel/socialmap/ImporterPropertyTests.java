// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static nl.schakel.socialmap.PropertyRuns.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import nl.schakel.spreadsheet.CsvRows;
import nl.schakel.spreadsheet.SheetRow;
import nl.schakel.spreadsheet.TextDecoding;
import nl.schakel.spreadsheet.UnreadableFileException;
import nl.schakel.spreadsheet.XlsxRows;

/**
 * Thousands of generated files for the readers of the importers: whatever the bytes, a reader either gives rows or
 * says clearly why the file is unusable; it never fails in another way. Seed and tries: see {@link PropertyRuns}.
 */
class ImporterPropertyTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void anyBytesAreTextOrAClearEncodingProblem() {
		forAll(2000, in -> in.bytes(300), bytes -> {
			try {
				String text = TextDecoding.utf8(bytes, "f.csv");
				assertThat(text).isNotNull();
			}
			catch (UnreadableFileException ex) {
				assertThat(ex.code()).isIn("utf16", "binary", "encoding");
			}
		});
	}

	@Test
	void anyBytesAreAZipOrAClearProblem() {
		forAll(1000, in -> in.bytes(300), bytes -> {
			try {
				assertThat(XlsxRows.read(zipLike(bytes), "f.xlsx")).isNotNull();
			}
			catch (UnreadableFileException ex) {
				assertThat(ex.code()).isIn("not-a-spreadsheet", "not-a-zip", "zip-too-big");
			}
		});
	}

	@Test
	void anyPartnerListGivesDocumentsOrProblemsWithARow() {
		forAll(2000, in -> in.list(0, 6, () -> in.list(0, 8, () -> in.anyOf(() -> in.text(30), () -> cell(in)))),
				rows -> {
					List<SheetRow> lines = new ArrayList<>();
					lines.add(new SheetRow(1, List.of("Organisatie", "Naam", "Postcode", "Latitude", "Longitude",
							"Openingstijden", "E-mail", "Adres")));
					for (int i = 0; i < rows.size(); i++) {
						lines.add(new SheetRow(i + 2, rows.get(i)));
					}
					Map<SheetField, Integer> mapping = PartnerSheet.suggest(lines.getFirst().cells());
					List<ImportProblem> problems = new ArrayList<>();
					var documents = PartnerSheet.documents(lines, mapping, "prop", "f.csv", JSON, problems);
					assertThat(documents).isNotNull();
					assertThat(problems)
						.allSatisfy(p -> assertThat(p.line()).isNotNull().isBetween(2, rows.size() + 1));
				});
	}

	@Test
	void anyCsvTextParsesOrSaysTheQuoteIsOpen() {
		forAll(2000, in -> in.anyOf(() -> in.text(200), () -> in.pieces(40, "\"", "\"\"", ",", "\n", "\r\n", "\r", "a", " ")),
				text -> {
					try {
						assertThat(CsvRows.parse(text)).isNotNull();
					}
					catch (IllegalArgumentException ex) {
						assertThat(ex.getMessage()).contains("quoted");
					}
				});
	}

	@Test
	void anyOpeningHoursTextParsesOrGivesAReason() {
		forAll(2000, in -> in.anyOf(() -> in.text(60), () -> hours(in)), text -> {
			String problem = PartnerSheet.openingHours(text, new ArrayList<>(), JSON);
			assertThat(problem).isIn(null, "hours", "hours-order", "hours-overlap");
		});
	}

	@Test
	void anyTextInACsvCellSurvivesTheDatapackageWriter() {
		forAll(500, in -> in.text(40), cell -> {
			String csv = "id,name\r\n" + (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
					? "\"" + cell.replace("\"", "\"\"") + "\"" : cell) + ",x\r\n";
			List<List<String>> rows = CsvRows.parse(csv);
			assertThat(rows.get(1).getFirst()).isEqualTo(cell.replace("\r\n", "\n").equals(cell) ? cell : rows.get(1).getFirst());
			assertThat(new String(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(csv);
		});
	}

	/** A cell a partner could really type: a postcode, coordinate, opening hours, or something almost like them. */
	static String cell(RandomInputs in) {
		return in.anyOf(() -> in.oneOf("6511 AB", "0000 AA", "1234 SS", "100", "51.84", "5,86", "\"", "", "Café", "a,b",
				"line\nbreak"), () -> hours(in), () -> in.text(12, "0123456789ABZ .,-"));
	}

	/** Opening hours glued from the words the parser knows, so that many of them are (nearly) valid. */
	static String hours(RandomInputs in) {
		return in.pieces(10, "ma", "di", "wo", "do", "vr", "za", "zo", "maandag", "tu", "xx", " ", "-", " t/m ", ": ",
				"09:00", "12:30", "9.00", "17:00", "24:00", "12:60", "00:00", "-", " tot ", "–", " en ", " / ", ", ", ";",
				"\n");
	}

	/** Bytes that start like a ZIP file, so that readers get past the first check. */
	static byte[] zipLike(byte[] bytes) {
		byte[] zip = new byte[bytes.length + 4];
		zip[0] = 'P';
		zip[1] = 'K';
		zip[2] = 3;
		zip[3] = 4;
		System.arraycopy(bytes, 0, zip, 4, bytes.length);
		return zip;
	}

}
