// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import nl.schakel.spreadsheet.SheetRow;

/**
 * Turns the rows of a creditor's file or a platform export, through a column mapping, into signals in the JSON form
 * of the intake API, so that they pass the very same checks. Cells are only translated, never judged: a date or
 * amount that cannot be read is passed on as text and refused by the intake with its reason. Pure.
 */
final class SignalSheet {

	/** Which column holds which field (by column index), and the creditor type when no column gives it. */
	record Mapping(Map<SignalColumn, Integer> columns, @Nullable CreditorType creditorType) {

		Mapping {
			columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
		}

	}

	/** A row as a signal: the line it came from, the creditor named in it (platform exports), and the signal. */
	record Row(int line, @Nullable String creditor, ObjectNode signal) {
	}

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");

	private static final Pattern SERIAL = Pattern.compile("\\d{4,5}(?:\\.\\d+)?");

	private static final Pattern NUMBER_WITH_ADDITION = Pattern.compile("(\\d{1,5})\\s*-?\\s*([A-Za-z0-9 ]{1,10})?");

	/** Day 0 of spreadsheet serial dates (the 1900 system, including its leap-year quirk from 1 March 1900). */
	private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

	private SignalSheet() {
	}

	/** A first guess at the mapping from the header names. */
	static Map<SignalColumn, Integer> suggest(List<String> header, boolean platform) {
		Map<SignalColumn, Integer> mapping = new EnumMap<>(SignalColumn.class);
		for (SignalColumn field : SignalColumn.values()) {
			if (field.platformOnly() && !platform) {
				continue;
			}
			for (int i = 0; i < header.size(); i++) {
				String name = header.get(i).strip().toLowerCase(Locale.ROOT);
				if (field.headers().contains(name) && !mapping.containsValue(i)) {
					mapping.put(field, i);
					break;
				}
			}
		}
		return mapping;
	}

	/** The fields that must be mapped and are not; empty when the mapping can be used. */
	static List<String> missing(Mapping mapping, boolean platform) {
		List<String> missing = new ArrayList<>();
		Map<SignalColumn, Integer> c = mapping.columns();
		if (platform && !c.containsKey(SignalColumn.CREDITOR)) {
			missing.add(SignalColumn.CREDITOR.key());
		}
		if (!c.containsKey(SignalColumn.CREDITOR_TYPE) && mapping.creditorType() == null) {
			missing.add(SignalColumn.CREDITOR_TYPE.key());
		}
		if (!c.containsKey(SignalColumn.NAME) && !c.containsKey(SignalColumn.SURNAME)) {
			missing.add(SignalColumn.NAME.key());
		}
		for (SignalColumn required : List.of(SignalColumn.POSTCODE, SignalColumn.HOUSE_NUMBER, SignalColumn.AMOUNT,
				SignalColumn.SIGNAL_DATE)) {
			if (!c.containsKey(required)) {
				missing.add(required.key());
			}
		}
		if (!c.containsKey(SignalColumn.ARREARS_SINCE) && !c.containsKey(SignalColumn.ARREARS_MONTHS)) {
			missing.add(SignalColumn.ARREARS_SINCE.key());
		}
		return missing;
	}

	/**
	 * The signal of each non-blank row after the header. Without a reference column, the reference is made from the
	 * row itself by {@code rowReference}, so that the same file delivered again is recognised.
	 */
	static List<Row> rows(List<SheetRow> body, Mapping mapping, JsonMapper json,
			java.util.function.Function<String, String> rowReference) {
		List<Row> rows = new ArrayList<>(body.size());
		for (SheetRow row : body) {
			if (row.blank()) {
				continue;
			}
			rows.add(new Row(row.number(), cell(row, mapping, SignalColumn.CREDITOR),
					signal(row, mapping, json, rowReference)));
		}
		return rows;
	}

	private static ObjectNode signal(SheetRow row, Mapping mapping, JsonMapper json,
			java.util.function.Function<String, String> rowReference) {
		ObjectNode s = json.createObjectNode();
		String type = cell(row, mapping, SignalColumn.CREDITOR_TYPE);
		if (type != null) {
			s.put("creditorType", creditorType(type));
		}
		else if (mapping.creditorType() != null) {
			s.put("creditorType", mapping.creditorType().code());
		}
		String reference = cell(row, mapping, SignalColumn.REFERENCE);
		if (reference == null && !mapping.columns().containsKey(SignalColumn.REFERENCE)) {
			StringBuilder content = new StringBuilder();
			mapping.columns().values().stream().sorted().forEach(i -> content
				.append(i < row.cells().size() ? row.cells().get(i).strip() : "").append('\u001f'));
			reference = rowReference.apply(content.toString());
		}
		if (reference != null) {
			s.put("reference", reference);
		}
		String endOfSupply = cell(row, mapping, SignalColumn.END_OF_SUPPLY_DATE);
		String kind = cell(row, mapping, SignalColumn.KIND);
		s.put("kind", kind != null ? kind(kind) : endOfSupply != null ? "eindelevering" : "betalingsachterstand");

		ObjectNode person = s.putObject("person");
		String name = cell(row, mapping, SignalColumn.NAME);
		if (name == null) {
			List<String> parts = new ArrayList<>();
			for (SignalColumn part : List.of(SignalColumn.INITIALS, SignalColumn.INFIX, SignalColumn.SURNAME)) {
				String value = cell(row, mapping, part);
				if (value != null) {
					parts.add(value.strip());
				}
			}
			name = parts.isEmpty() ? null : String.join(" ", parts);
		}
		putText(person, "name", name);
		putText(person, "birthDate", date(cell(row, mapping, SignalColumn.BIRTH_DATE)));
		String bsn = cell(row, mapping, SignalColumn.BSN);
		putText(person, "bsn", bsn == null ? null : bsn.replaceAll("[\\s.]", ""));

		ObjectNode address = s.putObject("address");
		putText(address, "postcode", cell(row, mapping, SignalColumn.POSTCODE));
		String number = cell(row, mapping, SignalColumn.HOUSE_NUMBER);
		String addition = cell(row, mapping, SignalColumn.ADDITION);
		if (number != null) {
			Matcher m = NUMBER_WITH_ADDITION.matcher(number.strip());
			if (m.matches() && (m.group(2) == null || addition == null)) {
				address.put("houseNumber", Integer.parseInt(m.group(1)));
				if (m.group(2) != null) {
					addition = m.group(2).strip();
				}
			}
			else if (number.strip().matches("\\d{1,5}\\.0+")) {
				address.put("houseNumber", Integer.parseInt(number.strip().substring(0, number.strip().indexOf('.'))));
			}
			else {
				address.put("houseNumber", number);
			}
		}
		putText(address, "addition", addition);
		putText(address, "municipality", cell(row, mapping, SignalColumn.MUNICIPALITY));

		String phone = cell(row, mapping, SignalColumn.PHONE);
		String email = cell(row, mapping, SignalColumn.EMAIL);
		if (phone != null || email != null) {
			ObjectNode contact = s.putObject("contact");
			putText(contact, "phone", phone);
			putText(contact, "email", email);
		}

		String signalDate = date(cell(row, mapping, SignalColumn.SIGNAL_DATE));
		putText(s, "signalDate", signalDate);
		ObjectNode arrears = s.putObject("arrears");
		String amount = cell(row, mapping, SignalColumn.AMOUNT);
		Long cents = amount == null ? null : cents(amount);
		if (cents != null) {
			arrears.put("amountCents", cents);
		}
		else {
			putText(arrears, "amountCents", amount);
		}
		String since = date(cell(row, mapping, SignalColumn.ARREARS_SINCE));
		String months = cell(row, mapping, SignalColumn.ARREARS_MONTHS);
		if (since == null && months != null && signalDate != null) {
			since = monthsBefore(signalDate, months);
		}
		putText(arrears, "since", since);
		putText(s, "endOfSupplyDate", date(endOfSupply));

		List<SignalColumn> steps = List.of(SignalColumn.PRIOR_CONTACT, SignalColumn.PRIOR_DEBT_HELP,
				SignalColumn.PRIOR_REMINDER_DATE, SignalColumn.PRIOR_OFFER, SignalColumn.TENANT_OBJECTED);
		// Steps left blank on a row of an energy or water company are no steps, as an absent priorSteps in the API.
		if (steps.stream().anyMatch(step -> cell(row, mapping, step) != null)) {
			ObjectNode prior = s.putObject("priorSteps");
			putFlag(prior, "personalContactAttempted", cell(row, mapping, SignalColumn.PRIOR_CONTACT));
			putFlag(prior, "pointedToDebtHelp", cell(row, mapping, SignalColumn.PRIOR_DEBT_HELP));
			putText(prior, "writtenReminderDate", date(cell(row, mapping, SignalColumn.PRIOR_REMINDER_DATE)));
			putFlag(prior, "offeredToShareData", cell(row, mapping, SignalColumn.PRIOR_OFFER));
			putFlag(prior, "tenantObjected", cell(row, mapping, SignalColumn.TENANT_OBJECTED));
		}
		return s;
	}

	private static @Nullable String cell(SheetRow row, Mapping mapping, SignalColumn field) {
		Integer column = mapping.columns().get(field);
		if (column == null || column >= row.cells().size()) {
			return null;
		}
		String value = row.cells().get(column).strip();
		return value.isEmpty() ? null : value;
	}

	private static void putText(ObjectNode node, String field, @Nullable String value) {
		if (value != null) {
			node.put(field, value);
		}
	}

	private static void putFlag(ObjectNode node, String field, @Nullable String value) {
		if (value == null) {
			return;
		}
		switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "ja", "j", "yes", "y", "true", "waar", "1", "x" -> node.put(field, true);
			case "nee", "n", "no", "false", "onwaar", "0" -> node.put(field, false);
			default -> node.put(field, value);
		}
	}

	/** The code of the creditor type a platform or creditor writes in its own words; unknown words pass unchanged. */
	static String creditorType(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (CreditorType.fromCode(t).isPresent()) {
			return t;
		}
		if (t.contains("huur") || t.contains("woning") || t.contains("verhuur") || t.contains("corporatie")) {
			return CreditorType.WONINGVERHUURDER.code();
		}
		if (t.contains("energie") || t.contains("gas") || t.contains("stroom") || t.contains("elektr")
				|| t.contains("warmte")) {
			return CreditorType.ENERGIELEVERANCIER.code();
		}
		if (t.contains("water")) {
			return CreditorType.DRINKWATERBEDRIJF.code();
		}
		if (t.contains("zorg")) {
			return CreditorType.ZORGVERZEKERAAR.code();
		}
		return text;
	}

	private static String kind(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (t.contains("eind")) {
			return "eindelevering";
		}
		if (t.contains("achterstand")) {
			return "betalingsachterstand";
		}
		return text;
	}

	/** A date as ISO text from 2026-11-23, 23-11-2026, 23/11/2026 or a spreadsheet serial; other text unchanged. */
	static @Nullable String date(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			Matcher iso = ISO.matcher(text);
			if (iso.matches()) {
				return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3))).toString();
			}
			Matcher dayFirst = DAY_FIRST.matcher(text);
			if (dayFirst.matches()) {
				return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
						Integer.parseInt(dayFirst.group(1))).toString();
			}
			if (SERIAL.matcher(text).matches()) {
				return SERIAL_EPOCH.plusDays((long) Double.parseDouble(text)).toString();
			}
		}
		catch (DateTimeException | NumberFormatException ex) {
			return text;
		}
		return text;
	}

	/**
	 * Euros as written in Dutch or English, "€ 1.234,56", "1234,56", "1234.56", as whole cents; null when it is not
	 * an amount of whole cents (the intake then refuses it). Where both a dot and a comma appear, the last is the
	 * decimal sign; a lone comma is a decimal comma.
	 */
	static @Nullable Long cents(String text) {
		String t = text.replace("€", "").replace("EUR", "").replaceAll("\\s", "");
		int dot = t.lastIndexOf('.');
		int comma = t.lastIndexOf(',');
		if (dot >= 0 && comma >= 0) {
			t = dot > comma ? t.replace(",", "") : t.replace(".", "").replace(',', '.');
		}
		else if (comma >= 0) {
			if (t.indexOf(',') != comma) {
				return null;
			}
			t = t.replace(',', '.');
		}
		if (!t.matches("-?\\d+(\\.\\d+)?")) {
			return null;
		}
		try {
			BigDecimal euros = new BigDecimal(t);
			BigDecimal cents = euros.movePointRight(2);
			// A spreadsheet stores 1234.56 as a binary fraction; a difference far below a cent is that, not a cent.
			BigDecimal whole = cents.setScale(0, RoundingMode.HALF_UP);
			if (cents.subtract(whole).abs().compareTo(new BigDecimal("0.0001")) > 0) {
				return null;
			}
			return whole.longValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable String monthsBefore(String signalDate, String months) {
		try {
			int m = new BigDecimal(months.replace(',', '.')).setScale(0, RoundingMode.DOWN).intValueExact();
			if (m < 0 || m > 1200) {
				return null;
			}
			return LocalDate.parse(signalDate).minusMonths(m).toString();
		}
		catch (ArithmeticException | NumberFormatException | DateTimeException ex) {
			return null;
		}
	}

}
