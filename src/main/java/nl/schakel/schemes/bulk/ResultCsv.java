// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.bulk;

import java.util.List;

import nl.schakel.schemes.ConditionResult;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.SchemeResult;

/**
 * The result file: one row per household with, for every scheme, its status, the amount as a range (euros with two
 * decimals; the period's amount, per month or per year), whether the household already receives it, and the ids of
 * the failing and of the undecided conditions, separated by semicolons.
 */
final class ResultCsv {

	static final List<String> PER_SCHEME = List.of("status", "amount_min", "amount_max", "receives", "failing",
			"unknown");

	private final List<String> ids;

	private final boolean wholeYear;

	ResultCsv(List<String> ids, boolean wholeYear) {
		this.ids = ids;
		this.wholeYear = wholeYear;
	}

	String header() {
		StringBuilder b = new StringBuilder("id,neighbourhood");
		for (String id : ids) {
			for (String column : PER_SCHEME) {
				b.append(',').append(id).append('_').append(column);
			}
		}
		return b.append('\n').toString();
	}

	void row(StringBuilder b, HouseholdCsv.Row row, List<SchemeResult> results) {
		cell(b, row.id());
		b.append(',');
		cell(b, row.neighbourhood());
		for (SchemeResult r : results) {
			MoneyRange amount = BulkScreening.amount(r, wholeYear);
			b.append(',').append(r.status().name()).append(',');
			euros(b, amount.min());
			b.append(',');
			if (amount.isUnbounded()) {
				// An open upper end stays empty rather than printing the engine's ceiling of a billion euros.
				b.append("");
			}
			else {
				euros(b, amount.max());
			}
			b.append(',').append(row.household().receives().contains(r.schemeId()) ? "yes" : "no").append(',');
			ids(b, r.failing());
			b.append(',');
			ids(b, r.undecided());
		}
		b.append('\n');
	}

	static void errorRow(StringBuilder b, long line, String reason) {
		b.append(line).append(',');
		cell(b, reason);
		b.append('\n');
	}

	private static void ids(StringBuilder b, List<ConditionResult> conditions) {
		for (int i = 0; i < conditions.size(); i++) {
			if (i > 0) {
				b.append(';');
			}
			b.append(conditions.get(i).id());
		}
	}

	static void euros(StringBuilder b, Money money) {
		long cents = money.cents();
		if (cents < 0) {
			b.append('-');
			cents = -cents;
		}
		b.append(cents / 100).append('.');
		long rest = cents % 100;
		if (rest < 10) {
			b.append('0');
		}
		b.append(rest);
	}

	/** Quotes a cell when it holds a comma, quote or line break, so a file's own ids come back as they were. */
	static void cell(StringBuilder b, String value) {
		boolean quote = false;
		for (int i = 0; i < value.length() && !quote; i++) {
			char c = value.charAt(i);
			quote = c == ',' || c == '"' || c == '\n' || c == '\r';
		}
		if (!quote) {
			b.append(value);
			return;
		}
		b.append('"').append(value.replace("\"", "\"\"")).append('"');
	}

}
