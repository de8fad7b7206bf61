// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import nl.schakel.organisation.ApiClients;

/**
 * OAuth2 client credentials: the identity provider vouches for the client ({@code azp} or {@code client_id}); Schakel
 * decides its organisation and scopes from its own registration, so a token cannot grant itself more.
 */
class ClientCredentialsConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final ApiClients apiClients;

	ClientCredentialsConverter(ApiClients apiClients) {
		this.apiClients = apiClients;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String clientId = jwt.getClaimAsString("azp");
		if (clientId == null) {
			clientId = jwt.getClaimAsString("client_id");
		}
		if (clientId == null) {
			throw new InvalidBearerTokenException("The token names no client");
		}
		return apiClients.byOauthClientId(clientId)
			.map(ApiKeyAuthenticationFilter.ApiClientAuthentication::new)
			.orElseThrow(() -> new InvalidBearerTokenException("Unknown client"));
	}

}
