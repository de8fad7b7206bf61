// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import nl.schakel.socialmap.MapTiles;
import nl.schakel.organisation.ApiClients;
import nl.schakel.organisation.OidcAccountService;

/**
 * Two filter chains: the stateless JSON API (API keys or OAuth2 client-credentials tokens, CORS for reading) and
 * the pages (session login, CSRF, strict headers). Both take their rules from {@link AccessRules} and deny the rest.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline script or style anywhere: htmx is told not to inject its indicator style (see layout). */
	static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy(null);

	/** The policy; a configured map tile server may serve images, nothing else comes from elsewhere. */
	static String contentSecurityPolicy(@Nullable String tileOrigin) {
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"
				+ (tileOrigin == null ? "" : " " + tileOrigin)
				+ "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
				+ "form-action 'self'; frame-ancestors 'none'";
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiClients apiClients, ObjectProvider<JwtDecoder> jwtDecoder,
			MapTiles tiles, @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers) throws Exception {
		var unmapped = new UnmappedRequests(handlers);
		http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
			.authorizeHttpRequests(rules -> {
				apply(rules, AccessRules.API);
				// Anything not in the matrix is refused unless no controller handles it (see UnmappedRequests).
				rules.anyRequest().access(unmapped);
			})
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.cors(cors -> cors.configurationSource(readOnlyCors()))
			.headers(headers -> strictHeaders(headers, contentSecurityPolicy(tiles.origin())))
			.addFilterBefore(new ApiKeyAuthenticationFilter(apiClients), BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		if (jwtDecoder.getIfAvailable() != null) {
			http.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(new ClientCredentialsConverter(apiClients))));
		}
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, ApiClients apiClients,
			ObjectProvider<ClientRegistrationRepository> oidcClients, OidcAccountService oidcAccounts, MapTiles tiles,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers) throws Exception {
		var unmapped = new UnmappedRequests(handlers);
		http.authorizeHttpRequests(rules -> {
			apply(rules, AccessRules.INFRASTRUCTURE);
			apply(rules, AccessRules.PAGES);
			rules.anyRequest().access(unmapped);
		})
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/mijn").failureUrl("/login?fout"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?uitgelogd"))
			.sessionManagement(s -> s.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterBefore(new ApiKeyAuthenticationFilter(apiClients), BasicAuthenticationFilter.class)
			.headers(headers -> strictHeaders(headers, contentSecurityPolicy(tiles.origin())));
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/login").userInfoEndpoint(u -> u.oidcUserService(oidcAccounts)));
		}
		return http.build();
	}

	private static void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
			List<AccessRule> matrix) {
		for (AccessRule rule : matrix) {
			var matcher = rule.method() == null ? rules.requestMatchers(rule.pattern())
					: rules.requestMatchers(rule.method(), rule.pattern());
			switch (rule.access()) {
				case Access.Public p -> matcher.permitAll();
				case Access.Authenticated a -> matcher.authenticated();
				case Access.AnyOf any -> matcher.hasAnyAuthority(any.authorities().toArray(String[]::new));
			}
		}
	}

	private static void strictHeaders(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers,
			String policy) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
			.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(f -> f.deny())
			.permissionsPolicyHeader(p -> p.policy("geolocation=(self), camera=(), microphone=(), payment=()"));
	}

	private static UrlBasedCorsConfigurationSource readOnlyCors() {
		var config = new CorsConfiguration();
		config.addAllowedOrigin("*");
		config.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
		config.addAllowedHeader("*");
		config.setAllowCredentials(false);
		var source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", config);
		source.registerCorsConfiguration("/v3/api-docs/**", config);
		return source;
	}

}
