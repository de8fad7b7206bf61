// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.schakel.organisation.ApiClientPrincipal;
import nl.schakel.organisation.ApiClients;
import nl.schakel.organisation.Scope;

/**
 * Authenticates machine clients by a scoped API key in {@code Authorization: Bearer sk_...} or {@code X-Api-Key}.
 * A wrong key is answered 401 at once, so that a client with a typo never silently acts as anonymous.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private final ApiClients apiClients;

	ApiKeyAuthenticationFilter(ApiClients apiClients) {
		this.apiClients = apiClients;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = presentedKey(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		var client = apiClients.authenticate(key);
		if (client.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiClientAuthentication(client.get()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static String presentedKey(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.startsWith("Bearer sk_")) {
			return header.substring("Bearer ".length()).trim();
		}
		String apiKey = request.getHeader("X-Api-Key");
		return apiKey == null || apiKey.isBlank() ? null : apiKey.trim();
	}

	/** The authentication of an API client: {@code ROLE_API_CLIENT} plus one {@code SCOPE_} authority per scope. */
	static final class ApiClientAuthentication extends AbstractAuthenticationToken {

		private static final long serialVersionUID = 1L;

		private final ApiClientPrincipal principal;

		ApiClientAuthentication(ApiClientPrincipal principal) {
			super(authoritiesOf(principal));
			this.principal = principal;
			setAuthenticated(true);
		}

		static List<GrantedAuthority> authoritiesOf(ApiClientPrincipal principal) {
			List<GrantedAuthority> authorities = new ArrayList<>();
			authorities.add(new SimpleGrantedAuthority("ROLE_API_CLIENT"));
			for (Scope scope : principal.scopes()) {
				authorities.add(new SimpleGrantedAuthority(scope.authority()));
			}
			return authorities;
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public ApiClientPrincipal getPrincipal() {
			return principal;
		}

	}

}
