// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An API client as its organisation's admins see it; the key itself is never shown again. */
public record ApiClientSummary(ApiClientId id, String name, @Nullable String keyPrefix, List<Scope> scopes, Instant createdAt,
		@Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

	public boolean active() {
		return revokedAt == null;
	}

}
