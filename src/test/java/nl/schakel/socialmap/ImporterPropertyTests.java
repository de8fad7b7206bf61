// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import tools.jackson.databind.json.JsonMapper;

/**
 * Thousands of generated files for the readers of the importers: whatever the bytes, a reader either gives rows or
 * says clearly why the file is unusable; it never fails in another way. Tries: -Djqwik.tries.default=N.
 */
class ImporterPropertyTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Property(tries = 2000)
	void anyBytesAreTextOrAClearEncodingProblem(@ForAll @Size(max = 300) byte[] bytes) {
		try {
			String text = TextDecoding.utf8(bytes, "f.csv");
			assertThat(text).isNotNull();
		}
		catch (UnusableFileException ex) {
			assertThat(ex.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.code()).isIn("utf16", "binary", "encoding"));
		}
	}

	@Property(tries = 1000)
	void anyBytesAreAZipOrAClearProblem(@ForAll @Size(max = 300) byte[] bytes) {
		try {
			assertThat(XlsxRows.read(zipLike(bytes), "f.xlsx")).isNotNull();
		}
		catch (UnusableFileException ex) {
			assertThat(ex.problems()).isNotEmpty();
		}
	}

	@Property(tries = 2000)
	void anyPartnerListGivesDocumentsOrProblemsWithARow(@ForAll @Size(max = 6) List<@Size(max = 8) List<@StringLength(max = 30) String>> rows) {
		List<XlsxRows.Line> lines = new ArrayList<>();
		lines.add(new XlsxRows.Line(1, List.of("Organisatie", "Naam", "Postcode", "Latitude", "Longitude", "Openingstijden",
				"E-mail", "Adres")));
		for (int i = 0; i < rows.size(); i++) {
			lines.add(new XlsxRows.Line(i + 2, rows.get(i)));
		}
		Map<SheetField, Integer> mapping = PartnerSheet.suggest(lines.getFirst().cells());
		List<ImportProblem> problems = new ArrayList<>();
		var documents = PartnerSheet.documents(lines, mapping, "prop", "f.csv", JSON, problems);
		assertThat(documents).isNotNull();
		assertThat(problems).allSatisfy(p -> assertThat(p.line()).isNotNull().isBetween(2, rows.size() + 1));
	}

	@Property(tries = 2000)
	void anyCsvTextParsesOrSaysTheQuoteIsOpen(@ForAll @StringLength(max = 200) String text) {
		try {
			assertThat(CsvRows.parse(text)).isNotNull();
		}
		catch (IllegalArgumentException ex) {
			assertThat(ex.getMessage()).contains("quoted");
		}
	}

	@Property(tries = 2000)
	void anyOpeningHoursTextParsesOrGivesAReason(@ForAll @StringLength(max = 60) String text) {
		String problem = PartnerSheet.openingHours(text, new ArrayList<>(), JSON);
		assertThat(problem).isIn(null, "hours", "hours-order", "hours-overlap");
	}

	@Property(tries = 500)
	void anyTextInACsvCellSurvivesTheDatapackageWriter(@ForAll @StringLength(max = 40) String cell) {
		String csv = "id,name\r\n" + (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
				? "\"" + cell.replace("\"", "\"\"") + "\"" : cell) + ",x\r\n";
		List<List<String>> rows = CsvRows.parse(csv);
		assertThat(rows.get(1).getFirst()).isEqualTo(cell.replace("\r\n", "\n").equals(cell) ? cell : rows.get(1).getFirst());
		assertThat(new String(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(csv);
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
