// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import nl.schakel.SchakelIntegrationTest;

/**
 * Enumerates every endpoint the application has and fails when one has no explicit line in {@link AccessRules},
 * then checks that an anonymous caller gets exactly what the line promises.
 */
@SchakelIntegrationTest
class AuthorisationMatrixTests {

	/** Framework endpoints that answer every path or are not ours to rule. */
	private static final Set<String> FRAMEWORK = Set.of("/error");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Autowired
	MockMvc mvc;

	record Endpoint(HttpMethod method, String pattern) {
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : handlers.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (FRAMEWORK.contains(pattern)) {
					continue;
				}
				(methods.isEmpty() ? Stream.of(RequestMethod.GET, RequestMethod.POST) : methods.stream())
					.forEach(m -> endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern)));
			}
		}
		return endpoints;
	}

	private static List<AccessRule> allRules() {
		return Stream.of(AccessRules.INFRASTRUCTURE, AccessRules.PAGES, AccessRules.API).flatMap(List::stream).toList();
	}

	private static String example(String pattern) {
		return pattern.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000").replace("/**", "/x");
	}

	private static AccessRule ruleFor(Endpoint endpoint) {
		String path = example(endpoint.pattern());
		for (AccessRule rule : allRules()) {
			PathPattern pattern = PathPatternParser.defaultInstance.parse(rule.pattern());
			boolean methodMatches = rule.method() == null || rule.method().equals(endpoint.method());
			if (methodMatches && pattern.matches(org.springframework.http.server.PathContainer.parsePath(path))) {
				return rule;
			}
		}
		return null;
	}

	@Test
	void theApplicationHasEndpointsToCheck() {
		assertThat(endpoints()).hasSizeGreaterThan(20);
	}

	@Test
	void everyEndpointHasAnExplicitRule() {
		List<Endpoint> missing = endpoints().stream().filter(e -> ruleFor(e) == null).toList();
		assertThat(missing).as("endpoints without a line in AccessRules").isEmpty();
	}

	@Test
	void anAnonymousCallerGetsWhatTheRulePromises() throws Exception {
		for (Endpoint endpoint : endpoints()) {
			AccessRule rule = ruleFor(endpoint);
			assertThat(rule).as("rule for " + endpoint).isNotNull();
			var result = mvc.perform(request(endpoint.method(), example(endpoint.pattern()))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
				.andReturn()
				.getResponse();
			int status = result.getStatus();
			String location = result.getRedirectedUrl();
			boolean refused = status == 401 || status == 403 || (status == 302 && location != null && location.endsWith("/login"));
			if (rule.access() instanceof Access.Public) {
				assertThat(refused).as(endpoint + " is public but refused anonymous with " + status).isFalse();
			}
			else {
				assertThat(refused).as(endpoint + " needs " + rule.access() + " but anonymous got " + status).isTrue();
			}
		}
	}

	@Test
	void aControllerPathThatNoRuleCoversIsRefusedWhileUnknownPathsMayFallThroughTo404() {
		var lastLine = new UnmappedRequests(handlers);
		var mapped = new org.springframework.mock.web.MockHttpServletRequest("GET", "/organisaties");
		var unknown = new org.springframework.mock.web.MockHttpServletRequest("GET", "/bestaat-niet");
		assertThat(lastLine.authorize(() -> null,
				new org.springframework.security.web.access.intercept.RequestAuthorizationContext(mapped)).isGranted())
			.isFalse();
		assertThat(lastLine.authorize(() -> null,
				new org.springframework.security.web.access.intercept.RequestAuthorizationContext(unknown)).isGranted())
			.isTrue();
	}

}
