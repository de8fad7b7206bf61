// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import java.util.UUID;

/** Identifies an account of a person who logs in. */
public record AccountId(UUID value) {

	public static AccountId random() {
		return new AccountId(UUID.randomUUID());
	}

	public static AccountId parse(String text) {
		return new AccountId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
