// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.organisation.Accounts;

@SchakelIntegrationTest
class WebSecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	private String newAccount() {
		String username = UUID.randomUUID() + "@test.example";
		accounts.createLocal(username, "Test", "a-long-enough-password", false);
		return username;
	}

	@Test
	void everyPageCarriesAStrictContentSecurityPolicyAndSecurityHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().exists("Permissions-Policy"))
			.andExpect(header().exists("X-Request-Id"));
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
	}

	@Test
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/gemeente").param("postcode", "6511 AB")).andExpect(status().isForbidden());
		mvc.perform(post("/gemeente").param("postcode", "6511 AB").with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void aGoodLoginLandsOnMySchakelWithANewSessionId() throws Exception {
		String username = newAccount();
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = mvc.perform(formLogin("/login").user(username).password("a-long-enough-password"))
			.andExpect(redirectedUrl("/mijn"))
			.andReturn();
		MockHttpSession after = (MockHttpSession) result.getRequest().getSession(false);
		assertThat(after).isNotNull();
		assertThat(after.getId()).isNotEqualTo(before);
		mvc.perform(get("/mijn").session(after)).andExpect(status().isOk());
	}

	@Test
	void aWrongPasswordGoesBackToTheLoginPage() throws Exception {
		String username = newAccount();
		mvc.perform(formLogin("/login").user(username).password("wrong-password-here"))
			.andExpect(redirectedUrl("/login?fout"));
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
		String username = newAccount();
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(username).password("wrong-password-" + i))
				.andExpect(redirectedUrl("/login?fout"));
		}
		mvc.perform(formLogin("/login").user(username).password("a-long-enough-password"))
			.andExpect(redirectedUrl("/login?fout"));
	}

	@Test
	void protectedPagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/mijn")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/beheer/audit")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aMemberIsNotASystemAdministrator() throws Exception {
		MvcResult login = mvc.perform(formLogin("/login").user("wijkwerker@wijkteam.demo").password("schakel-demo-2026"))
			.andExpect(redirectedUrl("/mijn"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		mvc.perform(get("/beheer").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void unknownAddressesGetAFriendlyNotFoundPageRatherThanALogin() throws Exception {
		mvc.perform(get("/bestaat-niet").accept("text/html")).andExpect(status().isNotFound());
	}

}
