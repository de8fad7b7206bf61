// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The dated parameter values of a local scheme as a spreadsheet (XLSX), for staff who keep their tables in Excel: one
 * row per value with its date and source. An edited sheet is read back all or nothing: one bad row refuses the whole
 * sheet, with the row, the column and the reason of every bad row.
 */
public final class ParameterSheets {

	/** The columns, in order; the header row must have them. */
	public static final List<String> COLUMNS = List.of("parameter", "eenheid", "vanaf", "waarde", "bron_titel",
			"bron_url");

	/** At most this many rows are read; a parameter table is small. */
	static final int MAX_ROWS = 2_000;

	private ParameterSheets() {
	}

	/** The parameters of a scheme document as an XLSX workbook; values are text cells, so no amount becomes a float. */
	@SuppressWarnings("unchecked")
	public static byte[] export(Map<String, Object> document) {
		try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("parameters");
			Row header = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(COLUMNS.get(c));
			}
			int r = 1;
			for (Map.Entry<String, Object> p : parameters(document).entrySet()) {
				Map<String, Object> parameter = (Map<String, Object>) p.getValue();
				for (Object item : (List<Object>) parameter.get("waarden")) {
					Map<String, Object> value = (Map<String, Object>) item;
					Map<String, Object> source = (Map<String, Object>) value.get("bron");
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(p.getKey());
					row.createCell(1).setCellValue(String.valueOf(parameter.get("eenheid")));
					row.createCell(2).setCellValue(String.valueOf(value.get("vanaf")));
					row.createCell(3).setCellValue(value.get("waarde") == null ? "" : String.valueOf(value.get("waarde")));
					row.createCell(4).setCellValue(String.valueOf(source.get("titel")));
					row.createCell(5).setCellValue(String.valueOf(source.get("url")));
				}
			}
			for (int c = 0; c < COLUMNS.size(); c++) {
				sheet.setColumnWidth(c, c == 4 ? 60 * 256 : 24 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The document with the values of every parameter in the sheet replaced by the sheet's rows; parameters not in
	 * the sheet keep their values. The result still has to pass {@link SchemeDrafts#check(String)}.
	 *
	 * @throws SchemeEditException code {@code sheet} with a problem per bad row (line = row number as the
	 * spreadsheet shows it, path = column name, code = the reason)
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> apply(Map<String, Object> document, byte[] xlsx) {
		List<SchemeProblem> problems = new ArrayList<>();
		Map<String, List<Object>> values = new LinkedHashMap<>();
		Map<String, Object> parameters = parameters(document);
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0);
			if (sheet == null || sheet.getRow(0) == null || !COLUMNS.equals(row(sheet.getRow(0)))) {
				throw new SchemeEditException("sheet", List.of(new SchemeProblem("sheet-header", null, 1,
						String.join(", ", COLUMNS))));
			}
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw new SchemeEditException("sheet", List.of(new SchemeProblem("sheet-size", null, MAX_ROWS, "")));
			}
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || row(row).stream().allMatch(String::isEmpty)) {
					continue;
				}
				read(row, r + 1, parameters, values, problems);
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof SchemeEditException edit) {
				throw edit;
			}
			throw new SchemeEditException("sheet", List.of(new SchemeProblem("sheet-file", null, 0, "")));
		}
		if (!problems.isEmpty()) {
			throw new SchemeEditException("sheet", problems);
		}
		Map<String, Object> copy = (Map<String, Object>) nl.schakel.schemes.rules.SchemeDocuments.plain(document);
		Map<String, Object> target = parameters(copy);
		values.forEach((name, list) -> ((Map<String, Object>) target.get(name)).put("waarden", list));
		return copy;
	}

	@SuppressWarnings("unchecked")
	private static void read(Row row, int number, Map<String, Object> parameters, Map<String, List<Object>> values,
			List<SchemeProblem> problems) {
		List<String> cells = row(row);
		String name = cells.get(0);
		int before = problems.size();
		Map<String, Object> parameter = (Map<String, Object>) parameters.get(name);
		if (parameter == null) {
			problems.add(new SchemeProblem("sheet-parameter", "parameter", number, name));
			return;
		}
		String unit = String.valueOf(parameter.get("eenheid"));
		if (!unit.equals(cells.get(1))) {
			problems.add(new SchemeProblem("sheet-unit", "eenheid", number, unit));
		}
		String from = date(row.getCell(2), cells.get(2));
		if (from == null) {
			problems.add(new SchemeProblem("sheet-date", "vanaf", number, cells.get(2)));
		}
		String value = cells.get(3);
		if (!value.isEmpty() && !valid(unit, value)) {
			problems.add(new SchemeProblem("sheet-value", "waarde", number, unit));
		}
		if (cells.get(4).isBlank()) {
			problems.add(new SchemeProblem("sheet-source-title", "bron_titel", number, ""));
		}
		if (!cells.get(5).startsWith("https://")) {
			problems.add(new SchemeProblem("sheet-source-url", "bron_url", number, ""));
		}
		if (problems.size() > before) {
			return;
		}
		List<Object> list = values.computeIfAbsent(name, k -> new ArrayList<>());
		if (!list.isEmpty() && from.compareTo((String) ((Map<String, Object>) list.getLast()).get("vanaf")) <= 0) {
			problems.add(new SchemeProblem("sheet-order", "vanaf", number, name));
			return;
		}
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("vanaf", from);
		entry.put("waarde", value.isEmpty() ? null : value);
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("titel", cells.get(4));
		source.put("url", cells.get(5));
		entry.put("bron", source);
		list.add(entry);
	}

	private static boolean valid(String unit, String value) {
		try {
			switch (unit) {
				case "euro" -> Money.parse(value);
				case "procent", "getal" -> new BigDecimal(value);
				case "maanden" -> Integer.parseInt(value);
				default -> {
					return false;
				}
			}
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static @Nullable String date(@Nullable Cell cell, String text) {
		if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		try {
			return LocalDate.parse(text).toString();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The first six cells as text; a number keeps its decimals as typed, without a float's noise. */
	private static List<String> row(Row row) {
		DataFormatter format = new DataFormatter();
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < COLUMNS.size(); c++) {
			Cell cell = row.getCell(c);
			if (cell == null) {
				cells.add("");
			}
			else if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
				cells.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
			}
			else {
				cells.add(format.formatCellValue(cell).strip());
			}
		}
		return cells;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parameters(Map<String, Object> document) {
		Object parameters = document.get("parameters");
		return parameters instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

}
