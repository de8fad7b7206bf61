// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Source;

/**
 * A scheme's parameters, looked up once at load time for every date on which any of them changes. Evaluating a
 * household is then a search in a short array, with no maps, parsing or reflection.
 */
public final class Dated<T> {

	private final LocalDate[] starts;

	private final @Nullable Object[] values;

	private final List<List<Source>> sources;

	private Dated(LocalDate[] starts, @Nullable Object[] values, List<List<Source>> sources) {
		this.starts = starts;
		this.values = values;
		this.sources = sources;
	}

	/**
	 * Builds the typed parameters for every change date. Fails loudly when the rules ask for a parameter the file
	 * lacks, or when the file has a parameter the rules never read.
	 */
	public static <T> Dated<T> of(SchemeDefinition definition, Function<ParameterView, T> build) {
		TreeSet<LocalDate> dates = new TreeSet<>();
		definition.parameters().values().forEach(p -> p.values().forEach(v -> dates.add(v.from())));
		Set<String> used = new HashSet<>();
		LocalDate[] starts = dates.toArray(LocalDate[]::new);
		Object[] values = new Object[starts.length];
		List<List<Source>> sources = new ArrayList<>();
		for (int i = 0; i < starts.length; i++) {
			ParameterView view = new ParameterView(definition, starts[i], used);
			try {
				values[i] = build.apply(view);
			}
			catch (ParameterView.MissingValue missing) {
				values[i] = null;
			}
			sources.add(List.copyOf(view.sources()));
		}
		for (Parameter p : definition.parameters().values()) {
			if (!used.contains(p.name())) {
				throw new RuleFileException(definition.file(), p.values().getFirst().line(),
						"parameter '" + p.name() + "' is never used by the rules of " + definition.id());
			}
		}
		return new Dated<>(starts, values, List.copyOf(sources));
	}

	/** The parameters that apply on the date, or null when the rules do not cover it. */
	@SuppressWarnings("unchecked")
	public @Nullable T at(LocalDate date) {
		int i = index(date);
		return i < 0 ? null : (T) values[i];
	}

	/** The sources of the parameter values that apply on the date. */
	public List<Source> sourcesAt(LocalDate date) {
		int i = index(date);
		return i < 0 ? List.of() : sources.get(i);
	}

	/** The last date asked for and its index: a run asks for the same reference date many times. */
	private record Hit(LocalDate date, int index) {
	}

	// Not volatile: a Hit is immutable, so a thread that sees an older one only searches again.
	private @Nullable Hit last;

	private int index(LocalDate date) {
		Hit hit = last;
		if (hit != null && hit.date.equals(date)) {
			return hit.index;
		}
		int found = search(date);
		last = new Hit(date, found);
		return found;
	}

	private int search(LocalDate date) {
		int found = -1;
		for (int i = 0; i < starts.length && !starts[i].isAfter(date); i++) {
			found = i;
		}
		return found;
	}

}
