// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Source;

/**
 * One dated parameter: each value applies from its date until the next one; a null value ends validity.
 *
 * @param name the parameter's name in its scheme file
 * @param unit how values are read
 * @param values ascending by date
 */
public record Parameter(String name, Unit unit, List<Value> values) {

	/**
	 * @param from first day the value applies
	 * @param value Money, BigDecimal or Integer by unit; null ends validity
	 * @param source the legal source of this value
	 * @param line line in the scheme file, for errors
	 */
	public record Value(LocalDate from, @Nullable Object value, Source source, int line) {
	}

	/** The value that applies on the date, or null when none does. */
	@Nullable Value at(LocalDate date) {
		Value found = null;
		for (Value v : values) {
			if (v.from().isAfter(date)) {
				break;
			}
			found = v;
		}
		return found == null || found.value() == null ? null : found;
	}

}
