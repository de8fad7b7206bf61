// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

/** What the engine can say about one scheme for one household. */
public enum Status {

	/** Every condition holds for everything we know: the household is entitled. */
	RECHT,
	/** At least one condition fails whatever the unanswered questions are. */
	GEEN_RECHT,
	/** The outcome depends on an answer not yet given, or on a judgement only the municipality can make. */
	MOGELIJK,
	/** Nothing can be said yet: a question the whole calculation rests on is open, or the period has no rules. */
	ONBEKEND

}
