// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

/**
 * What a creditor may learn about its own signal: a coarse status, so that it can pause collection (the Landelijk
 * convenant vroegsignalering pauses collection when help is accepted and that is fed back), never the outcome itself,
 * the reason or anything about other creditors. The wording follows the examples in issue 6; the convenant's own
 * code list could not be read (docs/signals.md, "Feedback to creditors").
 */
public enum FeedbackStatus {

	/** Received; the municipality has not reached the household yet. */
	ONTVANGEN,
	/** The team spoke with the household. */
	CONTACT_GELEGD,
	/** The household accepted help (also after a referral): the convenant's pause of collection applies. */
	IN_HULPVERLENING,
	/** The case closed without the team ever reaching the household. */
	GEEN_CONTACT,
	/** The case closed otherwise (already solved, declined); the reason is not shared. */
	AFGESLOTEN

}
