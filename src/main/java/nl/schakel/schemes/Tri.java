// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

/** Three-valued logic (Kleene): a fact or condition is true, false or not known yet. */
public enum Tri {

	TRUE, FALSE, UNKNOWN;

	public static Tri of(boolean value) {
		return value ? TRUE : FALSE;
	}

	/** FALSE as soon as one side is FALSE; TRUE only when both are TRUE. */
	public Tri and(Tri other) {
		if (this == FALSE || other == FALSE) {
			return FALSE;
		}
		return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
	}

	/** TRUE as soon as one side is TRUE; FALSE only when both are FALSE. */
	public Tri or(Tri other) {
		if (this == TRUE || other == TRUE) {
			return TRUE;
		}
		return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
	}

	public Tri not() {
		return switch (this) {
			case TRUE -> FALSE;
			case FALSE -> TRUE;
			case UNKNOWN -> UNKNOWN;
		};
	}

	/** The value two evaluations agree on, or UNKNOWN when they differ. */
	public Tri merge(Tri other) {
		return this == other ? this : UNKNOWN;
	}

	public boolean isKnown() {
		return this != UNKNOWN;
	}

}
