// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

/** Where a case stands in the work queue: end-of-supply first, then high, then the rest. */
public enum Priority {

	URGENT, HIGH, NORMAL

}
