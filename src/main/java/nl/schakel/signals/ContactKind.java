// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

/** How the team tried to reach a household; a home visit is the "erop af" of vroegsignalering. */
public enum ContactKind {

	LETTER, PHONE, SMS, EMAIL, HOME_VISIT

}
