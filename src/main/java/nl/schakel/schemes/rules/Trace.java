// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Money;
import nl.schakel.schemes.Question;

/**
 * What one run of a scheme's rules found: each condition (held or not, with the limit for the explanation), each
 * calculation step, and the amounts. Arrays indexed by the scheme's condition and step numbers keep it cheap.
 */
public final class Trace {

	static final byte NOT_SEEN = 0;

	static final byte HOLDS = 1;

	static final byte FAILS = 2;

	/** Left to the municipality's judgement (a "beoordeling"): never decided by the engine. */
	static final byte JUDGED = 3;

	final byte[] conditions;

	final @Nullable Money[] limits;

	final @Nullable Money[] values;

	final @Nullable Money[] steps;

	Money perYear = Money.ZERO;

	Money perMonth = Money.ZERO;

	/** A question the rules cannot do without in this household; the result is then ONBEKEND. */
	@Nullable Question missing;

	/** No published value applies for this household on this date; the result is then ONBEKEND. */
	boolean noRules;

	Trace(int conditionCount, int stepCount) {
		conditions = new byte[conditionCount];
		limits = new Money[conditionCount];
		values = new Money[conditionCount];
		steps = new Money[stepCount];
	}

	/** Records a condition; {@code limit} and {@code value} fill {grens} and {waarde} in its explanation. */
	public boolean check(int condition, boolean holds, @Nullable Money limit, @Nullable Money value) {
		conditions[condition] = holds ? HOLDS : FAILS;
		limits[condition] = limit;
		values[condition] = value;
		return holds;
	}

	public boolean check(int condition, boolean holds) {
		return check(condition, holds, null, null);
	}

	/**
	 * Records a condition only the municipality can judge (for instance "uitzicht op inkomensverbetering"); the
	 * result is then at best MOGELIJK, never RECHT.
	 */
	public void judgedByMunicipality(int condition) {
		conditions[condition] = JUDGED;
	}

	public Money step(int step, Money value) {
		steps[step] = value;
		return value;
	}

	public void amounts(Money year, Money month) {
		perYear = year;
		perMonth = month;
	}

	/** Stops with ONBEKEND: the rules need an answer to this question for this household. */
	public void needs(Question question) {
		missing = question;
	}

	/** Stops with ONBEKEND: no published value applies to this household on this date. */
	public void noRules() {
		noRules = true;
	}

	/** Every recorded condition holds. */
	boolean entitled() {
		for (byte c : conditions) {
			if (c == FAILS) {
				return false;
			}
		}
		return true;
	}

	void clear() {
		Arrays.fill(conditions, NOT_SEEN);
		Arrays.fill(limits, null);
		Arrays.fill(values, null);
		Arrays.fill(steps, null);
		perYear = Money.ZERO;
		perMonth = Money.ZERO;
		missing = null;
		noRules = false;
	}

}
