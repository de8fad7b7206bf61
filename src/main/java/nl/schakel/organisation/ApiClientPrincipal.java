// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

import nl.schakel.audit.Actor;
import nl.schakel.audit.AuditedPrincipal;

/** An authenticated API client acting for its organisation with a fixed set of scopes. */
public record ApiClientPrincipal(ApiClientId clientId, OrganisationId organisationId, String name, Set<Scope> scopes)
		implements AuditedPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public Actor auditActor() {
		return Actor.apiClient(clientId.value(), organisationId.value());
	}

}
