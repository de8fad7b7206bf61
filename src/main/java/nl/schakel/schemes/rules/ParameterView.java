// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Money;
import nl.schakel.schemes.Source;

/** The parameters of one scheme file as they apply on one date. Used only while loading, never per household. */
public final class ParameterView {

	/** No value applies on the date: the period is not covered. */
	static final class MissingValue extends RuntimeException {

		MissingValue(String name) {
			super(name, null, false, false);
		}

	}

	private final SchemeDefinition definition;

	private final LocalDate date;

	private final Set<Source> sources = new LinkedHashSet<>();

	private final Set<String> used;

	ParameterView(SchemeDefinition definition, LocalDate date, Set<String> used) {
		this.definition = definition;
		this.date = date;
		this.used = used;
	}

	public LocalDate date() {
		return date;
	}

	public Money money(String name) {
		return (Money) required(name, Unit.EURO);
	}

	/** A percentage as a fraction: 13.73 in the file gives 0.1373. */
	public BigDecimal rate(String name) {
		return (BigDecimal) required(name, Unit.PROCENT);
	}

	public BigDecimal number(String name) {
		return (BigDecimal) required(name, Unit.GETAL);
	}

	public int months(String name) {
		return (Integer) required(name, Unit.MAANDEN);
	}

	public IncomeTable table(String name) {
		return (IncomeTable) required(name, Unit.TABEL);
	}

	/** A value that may be missing for this date without making the whole scheme unusable. */
	public @Nullable Money optionalMoney(String name) {
		Object value = lookup(name, Unit.EURO);
		return value == null ? null : (Money) value;
	}

	/** A group of values that may all be missing on this date (for instance the rules of another system year). */
	public <T> @Nullable T optional(java.util.function.Function<ParameterView, T> group) {
		try {
			return group.apply(this);
		}
		catch (MissingValue missing) {
			return null;
		}
	}

	Set<Source> sources() {
		return sources;
	}

	private Object required(String name, Unit unit) {
		Object value = lookup(name, unit);
		if (value == null) {
			throw new MissingValue(name);
		}
		return value;
	}

	private @Nullable Object lookup(String name, Unit unit) {
		Parameter parameter = definition.parameters().get(name);
		if (parameter == null) {
			throw new RuleFileException(definition.file(), 0,
					"the rules of " + definition.id() + " need parameter '" + name + "', which the file does not define");
		}
		if (parameter.unit() != unit) {
			throw new RuleFileException(definition.file(), parameter.values().getFirst().line(),
					"parameter '" + name + "' must have unit " + unit.key() + ", not " + parameter.unit().key());
		}
		used.add(name);
		Parameter.Value value = parameter.at(date);
		if (value == null) {
			return null;
		}
		sources.add(value.source());
		return value.value();
	}

}
