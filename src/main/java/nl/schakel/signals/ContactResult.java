// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.util.EnumSet;
import java.util.Set;

/** What came of one contact attempt, and for which kinds of attempt that result can happen. */
public enum ContactResult {

	/** A conversation took place: by phone, at the door, or an answer to a letter, SMS or e-mail. */
	REACHED(EnumSet.allOf(ContactKind.class)),
	/** Nobody answered: the phone, the door, or no reply to a message. */
	NOT_REACHED(EnumSet.allOf(ContactKind.class)),
	/** The household does not live at the address (any more). */
	WRONG_ADDRESS(EnumSet.of(ContactKind.LETTER, ContactKind.HOME_VISIT)),
	/** The phone number or e-mail address does not work or belongs to someone else. */
	WRONG_CONTACT(EnumSet.of(ContactKind.PHONE, ContactKind.SMS, ContactKind.EMAIL)),
	/** Sent; whether it reached anyone is not known yet. */
	SENT(EnumSet.of(ContactKind.LETTER, ContactKind.SMS, ContactKind.EMAIL));

	private final Set<ContactKind> kinds;

	ContactResult(Set<ContactKind> kinds) {
		this.kinds = kinds;
	}

	public boolean fits(ContactKind kind) {
		return kinds.contains(kind);
	}

}
