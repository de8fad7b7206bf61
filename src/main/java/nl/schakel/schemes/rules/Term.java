// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Question;

/**
 * The fixed vocabulary of conditions for local schemes, over the household model. When a municipality needs a
 * condition that is not here, a developer adds a term (with tests); staff never write formulas.
 */
public enum Term {

	/** Net income of the gezin per month is at most this percentage of the bijstandsnorm that applies to it. */
	INKOMEN_TOT_PROCENT_VAN_NORM("inkomen_tot_procent_van_norm", Argument.PARAMETER, Unit.PROCENT,
			Question.NET_INCOME),
	/**
	 * The same against the norm without the vakantietoeslag (95% of the norm, Participatiewet art. 19 lid 3), as
	 * some municipalities publish their limits.
	 */
	INKOMEN_TOT_PROCENT_VAN_NORM_ZONDER_VAKANTIETOESLAG("inkomen_tot_procent_van_norm_zonder_vakantietoeslag",
			Argument.PARAMETER, Unit.PROCENT, Question.NET_INCOME),
	/** Net income of the gezin per month is at most this amount. */
	INKOMEN_TOT("inkomen_tot", Argument.PARAMETER, Unit.EURO, Question.NET_INCOME),
	/** Vermogen is at most the vermogensgrens of the Participatiewet (art. 34 lid 3) for the household. */
	VERMOGEN_TOT_VERMOGENSGRENS("vermogen_tot_vermogensgrens", Argument.YES, null, Question.ASSETS),
	/** Vermogen is at most this amount. */
	VERMOGEN_TOT("vermogen_tot", Argument.PARAMETER, Unit.EURO, Question.ASSETS),
	/** The applicant is at least this old (in months). */
	LEEFTIJD_VANAF("leeftijd_vanaf", Argument.PARAMETER, Unit.MAANDEN, Question.APPLICANT_AGE),
	/** The applicant is younger than this (in months). */
	LEEFTIJD_ONDER("leeftijd_onder", Argument.PARAMETER, Unit.MAANDEN, Question.APPLICANT_AGE),
	/** The applicant or the partner has reached the pensioenleeftijd (AOW age) of the Participatiewet. */
	PENSIOENLEEFTIJD_BEREIKT("pensioenleeftijd_bereikt", Argument.YES, null, Question.APPLICANT_AGE,
			Question.PARTNER_AGE),
	/** There is a partner. */
	HEEFT_PARTNER("heeft_partner", Argument.YES, null),
	/** There is at least one child under 18 in the household. */
	HEEFT_KINDEREN("heeft_kinderen", Argument.YES, null, Question.CHILDREN),
	/** At least one child is at least {@code vanaf} and younger than {@code onder} months old. */
	KIND_IN_LEEFTIJD("kind_in_leeftijd", Argument.AGE_RANGE, Unit.MAANDEN, Question.CHILDREN),
	/** The household lives in the scheme's municipality. */
	WOONT_IN_GEMEENTE("woont_in_gemeente", Argument.YES, null),
	/** The household already receives the scheme with this id. */
	ONTVANGT("ontvangt", Argument.SCHEME, null),
	/** The gezin has lived on a low income for at least this many months (counted in whole years). */
	LAAG_INKOMEN_MINIMAAL("laag_inkomen_minimaal", Argument.PARAMETER, Unit.MAANDEN, Question.LOW_INCOME_YEARS),
	/**
	 * Something only the municipality can judge (for instance "geen uitzicht op inkomensverbetering"); the result
	 * is then at best MOGELIJK. Only as a whole condition, not inside all/any/not.
	 */
	BEOORDELING_GEMEENTE("beoordeling_gemeente", Argument.YES, null),
	/**
	 * Bijzondere bijstand: the costs are higher than the draagkracht, so something is left to pay. Only in the
	 * template bijzondere_bijstand, and only as a whole condition.
	 */
	KOSTEN_BOVEN_DRAAGKRACHT("kosten_boven_draagkracht", Argument.YES, null, Question.NET_INCOME);

	/** What follows the term's key in the file. */
	enum Argument {
		/** {@code ja} */
		YES,
		/** the name of a parameter of the scheme */
		PARAMETER,
		/** {@code {vanaf: parameter, onder: parameter}} */
		AGE_RANGE,
		/** a scheme id */
		SCHEME
	}

	private final String key;

	final Argument argument;

	final @Nullable Unit unit;

	final Set<Question> reads;

	Term(String key, Argument argument, @Nullable Unit unit, Question... reads) {
		this.key = key;
		this.argument = argument;
		this.unit = unit;
		this.reads = reads.length == 0 ? Set.of() : EnumSet.of(reads[0], reads);
	}

	public String key() {
		return key;
	}

	/** What follows the key: yes, parameter, age-range or scheme; for the editor's choices. */
	public String argumentKind() {
		return argument.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The unit of the parameter the term takes; null when it takes none. */
	public @Nullable String unitKey() {
		return unit == null ? null : unit.key();
	}

	/** Norm-based terms also read what the bijstandsnorm depends on. */
	Set<Question> reads() {
		if (this != INKOMEN_TOT_PROCENT_VAN_NORM && this != INKOMEN_TOT_PROCENT_VAN_NORM_ZONDER_VAKANTIETOESLAG
				&& this != KOSTEN_BOVEN_DRAAGKRACHT
				&& this != VERMOGEN_TOT_VERMOGENSGRENS) {
			return reads;
		}
		Set<Question> all = EnumSet.copyOf(reads);
		all.addAll(EnumSet.of(Question.PARTNER, Question.APPLICANT_AGE, Question.PARTNER_AGE, Question.CHILDREN));
		if (this != VERMOGEN_TOT_VERMOGENSGRENS) {
			all.add(Question.HOUSEMATES);
		}
		return all;
	}

	static @Nullable Term of(String key) {
		for (Term t : values()) {
			if (t.key.equals(key)) {
				return t;
			}
		}
		return null;
	}

}
