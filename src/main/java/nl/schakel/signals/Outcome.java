// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

/** How a case ends; closing a case records one outcome and its date. */
public enum Outcome {

	HELP_ACCEPTED(FeedbackStatus.IN_HULPVERLENING),
	REFERRED_DEBT_HELP(FeedbackStatus.IN_HULPVERLENING),
	/** Referred to a partner in the sociale kaart; the case keeps which service. */
	REFERRED_PARTNER(FeedbackStatus.IN_HULPVERLENING),
	ALREADY_SOLVED(FeedbackStatus.AFGESLOTEN),
	/** The municipality's number of attempts passed without reaching anyone; set by itself, or by hand. */
	NO_CONTACT(FeedbackStatus.GEEN_CONTACT),
	DECLINED(FeedbackStatus.AFGESLOTEN);

	private final FeedbackStatus feedback;

	Outcome(FeedbackStatus feedback) {
		this.feedback = feedback;
	}

	/** What the creditors of the case learn: coarser than the outcome. */
	public FeedbackStatus feedback() {
		return feedback;
	}

}
