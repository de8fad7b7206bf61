// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An account as the system administrator sees it in the overview. */
public record AccountSummary(AccountId id, String username, String displayName, boolean systemAdmin, boolean enabled,
		@Nullable Instant lockedUntil, @Nullable Instant lastLoginAt) {

}
