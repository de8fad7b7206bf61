// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.bulk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.schakel.schemes.Household;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.SchemeResult;
import nl.schakel.schemes.Schemes;

/**
 * The schemes a bulk run evaluates: a pure function from a household to one result per scheme, in the order of
 * {@link #schemeIds()}. Thread-safe and free of Spring, so it can run on many cores or inside Spark. Local schemes
 * join by composing another screening with {@link #and(Screening)}.
 */
public interface Screening {

	/** The ids of the schemes, in the order {@link #screen(Household)} returns their results. */
	List<String> schemeIds();

	/** One result per scheme id, in order. */
	List<SchemeResult> screen(Household household);

	/**
	 * The schemes of the engine, read on the reference date, for the period. The income distance is left out: the
	 * result file does not show it, and it costs a third of the time.
	 */
	static Screening national(Schemes schemes, LocalDate referenceDate, Period period) {
		// Local schemes are evaluated only for households of their municipality, so a row would have a varying number
		// of results: the national screening takes the national schemes alone; local ones join through and(...).
		List<String> national = schemes.nationalDefinitions().stream().map(d -> d.id()).toList();
		Schemes engine = (national.size() == schemes.ids().size() ? schemes : schemes.only(national))
			.withoutIncomeDistance();
		return of(engine.ids(), household -> engine.evaluate(household, referenceDate, period).results());
	}

	/** Some of the national schemes, in the given order: only those are evaluated. */
	static Screening national(Schemes schemes, LocalDate referenceDate, Period period, List<String> ids) {
		return national(schemes.only(ids), referenceDate, period);
	}

	/** A subset of this screening's schemes, in the given order; an unknown id is an error. */
	default Screening only(List<String> ids) {
		List<String> all = schemeIds();
		int[] index = new int[ids.size()];
		for (int i = 0; i < index.length; i++) {
			index[i] = all.indexOf(ids.get(i));
			if (index[i] < 0) {
				throw new IllegalArgumentException("Unknown scheme: " + ids.get(i) + "; known: " + all);
			}
		}
		Screening whole = this;
		return of(ids, household -> {
			List<SchemeResult> results = whole.screen(household);
			List<SchemeResult> picked = new ArrayList<>(index.length);
			for (int i : index) {
				picked.add(results.get(i));
			}
			return picked;
		});
	}

	/** This screening followed by another, for instance the local schemes of one municipality. */
	default Screening and(Screening other) {
		List<String> ids = new ArrayList<>(schemeIds());
		ids.addAll(other.schemeIds());
		Screening first = this;
		return of(ids, household -> {
			List<SchemeResult> results = new ArrayList<>(first.screen(household));
			results.addAll(other.screen(household));
			return results;
		});
	}

	static Screening of(List<String> ids, Function<Household, List<SchemeResult>> function) {
		List<String> copy = List.copyOf(ids);
		if (copy.stream().distinct().count() != copy.size()) {
			throw new IllegalArgumentException("A scheme appears twice: " + copy);
		}
		return new Screening() {

			@Override
			public List<String> schemeIds() {
				return copy;
			}

			@Override
			public List<SchemeResult> screen(Household household) {
				return function.apply(household);
			}

		};
	}

}
