// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Household;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Person;
import nl.schakel.schemes.Tri;

/**
 * The household file format of bulk screening (documented in docs/schemes.md, "Bulk screening"): CSV with a header,
 * comma-separated, amounts in euros with at most two decimals and a decimal point, lists separated by semicolons, an
 * empty cell for "not known". Columns may come in any order; only {@code id} is required, and a missing column
 * means "not known" for every row.
 */
public final class HouseholdCsv {

	/** Every column the format knows, in the order of the documentation. */
	public static final List<String> COLUMNS = List.of("id", "neighbourhood", "municipality", "applicant_age",
			"applicant_income_year", "applicant_net_income_month", "applicant_assets", "applicant_health_insured",
			"applicant_working", "partner", "partner_age", "partner_income_year", "partner_net_income_month",
			"partner_assets", "partner_health_insured", "partner_working", "children_ages", "housemates_ages",
			"housemates_income_year", "rent", "service_costs", "municipal_tax", "receives");

	private static final int MAX_AGE = 120;

	private static final int MAX_LIST = 20;

	private static final Money MAX_AMOUNT = Money.euros(100_000_000);

	private final int[] index;

	private final int width;

	private HouseholdCsv(int[] index, int width) {
		this.index = index;
		this.width = width;
	}

	/** Reads the header line; an unknown or repeated column, or a missing id column, is an error. */
	public static HouseholdCsv header(String line) {
		List<String> names = split(stripBom(line));
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i).trim().toLowerCase(Locale.ROOT);
			if (!COLUMNS.contains(name)) {
				throw new RowException("onbekende kolom '" + name + "'; bekende kolommen: " + String.join(", ", COLUMNS));
			}
			if (positions.put(name, i) != null) {
				throw new RowException("kolom '" + name + "' staat er 2 keer in");
			}
		}
		if (!positions.containsKey("id")) {
			throw new RowException("de kolom 'id' ontbreekt");
		}
		int[] index = new int[COLUMNS.size()];
		for (int c = 0; c < index.length; c++) {
			index[c] = positions.getOrDefault(COLUMNS.get(c), -1);
		}
		return new HouseholdCsv(index, names.size());
	}

	/** One row as a household with its id and neighbourhood; a bad value throws a {@link RowException}. */
	public Row parse(String line) {
		List<String> cells = split(line);
		if (cells.size() != width) {
			throw new RowException(cells.size() + " kolommen in plaats van " + width);
		}
		String id = cell(cells, 0);
		if (id == null) {
			throw new RowException("id: leeg");
		}
		String neighbourhood = cell(cells, 1);
		Person applicant = person(cells, 3, "applicant");
		Tri hasPartner = yesNo(cells, 9);
		Person partner = person(cells, 10, "partner");
		if (hasPartner == Tri.UNKNOWN && partner.ageKnown()) {
			hasPartner = Tri.TRUE;
		}
		List<Person> children = ages(cells, 16, true);
		List<Person> housemates = ages(cells, 17, false);
		List<MoneyRange> housemateIncomes = amounts(cells, 18);
		if (housemates != null && housemateIncomes != null) {
			if (housemateIncomes.size() != housemates.size()) {
				throw new RowException("housemates_income_year: " + housemateIncomes.size() + " bedragen voor "
						+ housemates.size() + " medebewoners");
			}
			List<Person> withIncome = new ArrayList<>(housemates.size());
			for (int i = 0; i < housemates.size(); i++) {
				withIncome.add(housemates.get(i).withYearlyIncome(housemateIncomes.get(i)));
			}
			housemates = withIncome;
		}
		Household household = new Household(applicant, hasPartner,
				hasPartner == Tri.FALSE ? Person.unknown() : partner, children, housemates, amount(cells, 19),
				amount(cells, 20), cell(cells, 2), receives(cells, 22), null, amount(cells, 21));
		return new Row(id, neighbourhood == null ? "" : neighbourhood, household);
	}

	/** A parsed row: the file's own household id, the neighbourhood to count it in, and the household. */
	public record Row(String id, String neighbourhood, Household household) {
	}

	private Person person(List<String> cells, int first, String role) {
		Integer age = wholeNumber(cells, first, MAX_AGE);
		Person person = new Person(null, age, amount(cells, first + 1), amount(cells, first + 2),
				amount(cells, first + 3), yesNo(cells, first + 4), Tri.FALSE, yesNo(cells, first + 5));
		if (role.equals("applicant") && age != null && age < 18) {
			throw new RowException("applicant_age: de aanvrager is jonger dan 18");
		}
		return person;
	}

	private @Nullable String cell(List<String> cells, int column) {
		int i = index[column];
		if (i < 0) {
			return null;
		}
		String value = cells.get(i).trim();
		return value.isEmpty() ? null : value;
	}

	private MoneyRange amount(List<String> cells, int column) {
		String value = cell(cells, column);
		return value == null ? MoneyRange.UNKNOWN : MoneyRange.exactly(money(value, COLUMNS.get(column)));
	}

	private static Money money(String value, String column) {
		Money money;
		try {
			money = Money.parse(value);
		}
		catch (IllegalArgumentException | ArithmeticException e) {
			throw new RowException(column + ": geen bedrag in euro's met hoogstens 2 decimalen, zoals 1234.56");
		}
		if (money.cents() < 0 || money.greaterThan(MAX_AMOUNT)) {
			throw new RowException(column + ": een bedrag moet tussen 0 en 100.000.000 euro liggen");
		}
		return money;
	}

	private @Nullable Integer wholeNumber(List<String> cells, int column, int max) {
		String value = cell(cells, column);
		return value == null ? null : number(value, COLUMNS.get(column), max);
	}

	private static int number(String value, String column, int max) {
		int n;
		try {
			n = Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			throw new RowException(column + ": geen heel getal");
		}
		if (n < 0 || n > max) {
			throw new RowException(column + ": moet tussen 0 en " + max + " liggen");
		}
		return n;
	}

	private Tri yesNo(List<String> cells, int column) {
		String value = cell(cells, column);
		if (value == null) {
			return Tri.UNKNOWN;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "yes", "ja", "true", "1" -> Tri.TRUE;
			case "no", "nee", "false", "0" -> Tri.FALSE;
			default -> throw new RowException(COLUMNS.get(column) + ": vul yes of no in (of ja/nee, 1/0)");
		};
	}

	/** A list of ages; "none" is an empty list, an empty cell is "not known". */
	private @Nullable List<Person> ages(List<String> cells, int column, boolean children) {
		String value = cell(cells, column);
		if (value == null) {
			return null;
		}
		if (value.equalsIgnoreCase("none") || value.equalsIgnoreCase("geen")) {
			return List.of();
		}
		String name = COLUMNS.get(column);
		String[] parts = value.split(";", -1);
		if (parts.length > MAX_LIST) {
			throw new RowException(name + ": meer dan " + MAX_LIST + " personen");
		}
		List<Person> people = new ArrayList<>(parts.length);
		for (String part : parts) {
			int age = number(part, name, children ? 17 : MAX_AGE);
			// Housemates count as kostendelers: the file format has no way yet to mark a student or commercial renter.
			people.add(Person.unknown().withAge(age).withKostendelerExempt(Tri.FALSE));
		}
		return people;
	}

	private @Nullable List<MoneyRange> amounts(List<String> cells, int column) {
		String value = cell(cells, column);
		if (value == null) {
			return null;
		}
		String[] parts = value.split(";", -1);
		List<MoneyRange> list = new ArrayList<>(parts.length);
		for (String part : parts) {
			list.add(part.isBlank() ? MoneyRange.UNKNOWN : MoneyRange.exactly(money(part, COLUMNS.get(column))));
		}
		return list;
	}

	private Set<String> receives(List<String> cells, int column) {
		String value = cell(cells, column);
		if (value == null) {
			return Set.of();
		}
		Set<String> ids = new LinkedHashSet<>();
		for (String part : value.split(";")) {
			if (!part.isBlank()) {
				ids.add(part.trim().toLowerCase(Locale.ROOT));
			}
		}
		return ids;
	}

	private static String stripBom(String line) {
		return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
	}

	/** Splits one CSV line (RFC 4180 quoting, no line breaks inside a cell). */
	static List<String> split(String line) {
		List<String> cells = new ArrayList<>(24);
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int n = line.length();
		for (int i = 0; i < n; i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < n && line.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new RowException("een aanhalingsteken wordt niet gesloten");
		}
		cells.add(cell.toString());
		return cells;
	}

}
