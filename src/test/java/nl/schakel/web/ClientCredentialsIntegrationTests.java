// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.organisation.ApiClientPrincipal;
import nl.schakel.organisation.ApiClients;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Scope;
import nl.schakel.region.MunicipalityCode;

/** OAuth2 client credentials: the token names the client; Schakel's own registration decides what it may do. */
@SchakelIntegrationTest
class ClientCredentialsIntegrationTests {

	@Autowired
	ApiClients apiClients;

	@Autowired
	Organisations organisations;

	private static Jwt token(String claim, String clientId, String scope) {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.claim(claim, clientId)
			.claim("scope", scope)
			.issuedAt(Instant.parse("2026-11-25T09:00:00Z"))
			.expiresAt(Instant.parse("2026-11-25T10:00:00Z"))
			.build();
	}

	@Test
	void aRegisteredClientGetsItsRegisteredScopesNotTheTokens() {
		OrganisationId water = organisations.create("Waterbedrijf " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.CREDITOR, null, List.of(new MunicipalityCode("0281")));
		String clientId = "water-" + UUID.randomUUID();
		apiClients.registerOauthClient(water, "Incasso", clientId, Set.of(Scope.SIGNALS_WRITE));

		var authentication = new ClientCredentialsConverter(apiClients).convert(token("azp", clientId, "metrics:read"));
		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_API_CLIENT", "SCOPE_signals:write");
		assertThat(((ApiClientPrincipal) authentication.getPrincipal()).organisationId()).isEqualTo(water);
		assertThat(new ClientCredentialsConverter(apiClients).convert(token("client_id", clientId, "")).isAuthenticated())
			.isTrue();
	}

	@Test
	void anUnknownClientIsRefused() {
		assertThatThrownBy(() -> new ClientCredentialsConverter(apiClients).convert(token("azp", "stranger", "signals:write")))
			.isInstanceOf(InvalidBearerTokenException.class);
	}

}
