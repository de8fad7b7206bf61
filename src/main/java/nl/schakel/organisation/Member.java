// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

/** A member as shown to colleagues: personal data, so every read is audited. */
public record Member(AccountId accountId, String displayName, String username, Role role) {

}
