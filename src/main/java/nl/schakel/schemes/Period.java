// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.time.LocalDate;
import java.time.YearMonth;

/** The period a result is for: one calendar month or one calendar year. */
public record Period(LocalDate start, boolean wholeYear) {

	public static Period month(int year, int month) {
		return new Period(YearMonth.of(year, month).atDay(1), false);
	}

	public static Period year(int year) {
		return new Period(LocalDate.of(year, 1, 1), true);
	}

	/** Reads "2026" (a year) or "2026-03" (a month). */
	public static Period parse(String text) {
		String s = text.trim();
		if (s.length() == 4) {
			return year(Integer.parseInt(s));
		}
		YearMonth month = YearMonth.parse(s);
		return month(month.getYear(), month.getMonthValue());
	}

	public int year() {
		return start.getYear();
	}

	@Override
	public String toString() {
		return wholeYear ? Integer.toString(year()) : YearMonth.from(start).toString();
	}

}
