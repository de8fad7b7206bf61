// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.spreadsheet;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first sheet of an XLSX workbook (Office Open XML, ISO/IEC 29500) as rows of text, streaming the sheet
 * with StAX so a large sheet never becomes a tree in memory. Only what a list of rows needs: shared and inline
 * strings, numbers and booleans as written; formulas give their cached value. Rows are numbered as in the sheet.
 */
public final class XlsxRows {

	private static final Pattern CELL_REFERENCE = Pattern.compile("([A-Z]+)([0-9]+)");

	private static final Pattern FIRST_SHEET = Pattern.compile("<sheet\\b[^>]*\\br:id=\"([^\"]+)\"");

	private XlsxRows() {
	}

	public static List<SheetRow> read(byte[] bytes, String file) {
		Map<String, byte[]> parts = ZipContents.read(bytes, file);
		byte[] sheet = parts.get(firstSheetPath(parts));
		if (sheet == null) {
			throw new UnreadableFileException(file, null, "not-a-spreadsheet");
		}
		try {
			List<String> shared = parts.containsKey("xl/sharedStrings.xml") ? sharedStrings(parts.get("xl/sharedStrings.xml"))
					: List.of();
			return rows(sheet, shared);
		}
		catch (XMLStreamException | RuntimeException ex) {
			throw new UnreadableFileException(file, null, "not-a-spreadsheet");
		}
	}

	private static String firstSheetPath(Map<String, byte[]> parts) {
		byte[] workbook = parts.get("xl/workbook.xml");
		byte[] relations = parts.get("xl/_rels/workbook.xml.rels");
		if (workbook != null && relations != null) {
			Matcher sheet = FIRST_SHEET.matcher(new String(workbook, java.nio.charset.StandardCharsets.UTF_8));
			if (sheet.find()) {
				Matcher target = Pattern
					.compile("<Relationship\\b[^>]*\\bId=\"" + Pattern.quote(sheet.group(1)) + "\"[^>]*\\bTarget=\"([^\"]+)\"")
					.matcher(new String(relations, java.nio.charset.StandardCharsets.UTF_8));
				Matcher reversed = Pattern
					.compile("<Relationship\\b[^>]*\\bTarget=\"([^\"]+)\"[^>]*\\bId=\"" + Pattern.quote(sheet.group(1)) + "\"")
					.matcher(new String(relations, java.nio.charset.StandardCharsets.UTF_8));
				String path = target.find() ? target.group(1) : reversed.find() ? reversed.group(1) : null;
				if (path != null) {
					return path.startsWith("/") ? path.substring(1) : "xl/" + path;
				}
			}
		}
		return "xl/worksheets/sheet1.xml";
	}

	private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
	}

	private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
		List<String> strings = new ArrayList<>();
		XMLStreamReader in = reader(xml);
		StringBuilder current = null;
		boolean inText = false;
		boolean inPhonetic = false;
		while (in.hasNext()) {
			int event = in.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (in.getLocalName()) {
					case "si" -> current = new StringBuilder();
					case "rPh" -> inPhonetic = true;
					case "t" -> inText = !inPhonetic;
					default -> {
					}
				}
			}
			else if (event == XMLStreamConstants.CHARACTERS && inText && current != null) {
				current.append(in.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				switch (in.getLocalName()) {
					case "si" -> {
						strings.add(current == null ? "" : current.toString());
						current = null;
					}
					case "rPh" -> inPhonetic = false;
					case "t" -> inText = false;
					default -> {
					}
				}
			}
		}
		return strings;
	}

	private static List<SheetRow> rows(byte[] xml, List<String> shared) throws XMLStreamException {
		List<SheetRow> lines = new ArrayList<>();
		XMLStreamReader in = reader(xml);
		List<String> cells = null;
		int rowNumber = 0;
		int column = 0;
		String type = null;
		StringBuilder value = null;
		boolean collecting = false;
		while (in.hasNext()) {
			int event = in.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (in.getLocalName()) {
					case "row" -> {
						String r = in.getAttributeValue(null, "r");
						rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
						cells = new ArrayList<>();
						column = 0;
					}
					case "c" -> {
						String reference = in.getAttributeValue(null, "r");
						if (reference != null) {
							Matcher m = CELL_REFERENCE.matcher(reference);
							if (m.matches()) {
								column = columnIndex(m.group(1));
							}
						}
						type = in.getAttributeValue(null, "t");
						value = new StringBuilder();
					}
					case "v", "t" -> collecting = value != null;
					default -> {
					}
				}
			}
			else if (event == XMLStreamConstants.CHARACTERS && collecting) {
				value.append(in.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				switch (in.getLocalName()) {
					case "v", "t" -> collecting = false;
					case "c" -> {
						if (cells != null && column < 16_384) {
							while (cells.size() < column) {
								cells.add("");
							}
							cells.add(cellText(type, value == null ? "" : value.toString(), shared));
						}
						column++;
						value = null;
					}
					case "row" -> {
						if (cells != null) {
							lines.add(new SheetRow(rowNumber, cells));
						}
						cells = null;
					}
					default -> {
					}
				}
			}
		}
		return lines;
	}

	private static String cellText(String type, String raw, List<String> shared) {
		if ("s".equals(type)) {
			int index = Integer.parseInt(raw.strip());
			return index >= 0 && index < shared.size() ? shared.get(index) : "";
		}
		if ("b".equals(type)) {
			return "1".equals(raw.strip()) ? "TRUE" : "FALSE";
		}
		return raw;
	}

	private static int columnIndex(String letters) {
		int index = 0;
		for (char c : letters.toCharArray()) {
			index = index * 26 + (c - 'A' + 1);
		}
		return index - 1;
	}

}
