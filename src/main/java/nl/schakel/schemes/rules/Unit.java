// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.math.BigDecimal;

import nl.schakel.schemes.Money;

/** The unit of a parameter; it decides how the value in the file is read. */
public enum Unit {

	/** An amount in euros with at most 2 decimals; read as {@link Money}. */
	EURO("euro"),
	/** A percentage such as 13.73; read as the fraction 0.1373 in a {@link BigDecimal}. */
	PROCENT("procent"),
	/** A plain decimal number, for factors; read as {@link BigDecimal}. */
	GETAL("getal"),
	/** A whole number of months (ages and periods); read as {@link Integer}. */
	MAANDEN("maanden"),
	/** Income bands: rows of [income up to and including, percentage, ...]; read as {@link IncomeTable}. */
	TABEL("tabel");

	private final String key;

	Unit(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	static Unit of(String key) {
		for (Unit unit : values()) {
			if (unit.key.equals(key)) {
				return unit;
			}
		}
		throw new IllegalArgumentException("unknown unit '" + key + "' (use euro, procent, getal, maanden or tabel)");
	}

	Object read(String text) {
		return switch (this) {
			case EURO -> Money.parse(text);
			case PROCENT -> new BigDecimal(text).movePointLeft(2);
			case GETAL -> new BigDecimal(text);
			case MAANDEN -> Integer.parseInt(text);
			case TABEL -> throw new IllegalArgumentException("a table is a list of rows");
		};
	}

}
