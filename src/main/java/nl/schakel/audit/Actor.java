// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Who read or wrote personal data: an account, an API client of an organisation, the system, or nobody known. */
public record Actor(Kind kind, String id, @Nullable UUID organisationId) {

	public enum Kind {

		ACCOUNT, API_CLIENT, SYSTEM, ANONYMOUS

	}

	public static final Actor SYSTEM = new Actor(Kind.SYSTEM, "schakel", null);

	public static final Actor ANONYMOUS = new Actor(Kind.ANONYMOUS, "-", null);

	public static Actor account(UUID accountId) {
		return new Actor(Kind.ACCOUNT, accountId.toString(), null);
	}

	public static Actor apiClient(UUID clientId, UUID organisationId) {
		return new Actor(Kind.API_CLIENT, clientId.toString(), organisationId);
	}

}
