// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;

/** A resident reports an error anonymously; curators see it and mark it handled; others cannot see the queue. */
@SchakelIntegrationTest
class ErrorReportsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private UUID aService() {
		return jdbc.sql("select id from sm_service order by id limit 1").query(UUID.class).single();
	}

	private MockHttpSession logIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("schakel-demo-2026"))
			.andExpect(redirectedUrl("/mijn"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	@Test
	void aResidentReportsAnErrorAndACuratorHandlesIt() throws Exception {
		UUID service = aService();
		String message = "Het spreekuur is verhuisd " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(get("/hulp/" + service + "/melding")).andExpect(status().isOk());
		mvc.perform(post("/hulp/" + service + "/melding").with(csrf()).param("reden", "address").param("bericht", message))
			.andExpect(redirectedUrl("/hulp/" + service + "?gemeld"));

		MockHttpSession curator = logIn("curator@nijmegen.demo");
		mvc.perform(get("/redactie/meldingen").session(curator))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(message)));
		UUID report = jdbc.sql("select id from sm_report where message = ?").param(message).query(UUID.class).single();
		mvc.perform(post("/redactie/meldingen/" + report + "/afgehandeld").session(curator).with(csrf()))
			.andExpect(redirectedUrl("/redactie/meldingen"));
		mvc.perform(get("/redactie/meldingen").session(curator))
			.andExpect(content().string(Matchers.not(Matchers.containsString(message))));
	}

	@Test
	void aReportWithoutAReasonOrWithATooLongMessageIsShownAgainWithTheError() throws Exception {
		UUID service = aService();
		mvc.perform(post("/hulp/" + service + "/melding").with(csrf()).param("bericht", "iets"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Kies wat er niet klopt")))
			.andExpect(content().string(Matchers.containsString("Fout: ")))
			.andExpect(content().string(Matchers.containsString(">iets</textarea>")));
		mvc.perform(post("/hulp/" + service + "/melding").with(csrf()).param("reden", "other").param("bericht", "x".repeat(1001)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Gebruik hoogstens 1000 tekens")));
		mvc.perform(post("/hulp/" + UUID.randomUUID() + "/melding").with(csrf()).param("reden", "other"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOpenNowFilterIsKeptInTheFormAndInThePageLinks() throws Exception {
		mvc.perform(get("/hulp").param("q", "hulp").param("nu", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"nu\" name=\"nu\" value=\"true\" checked")));
	}

	@Test
	void onlyCuratorsStaffAndAdministratorsSeeTheQueue() throws Exception {
		mvc.perform(get("/redactie/meldingen").session(logIn("maatje@schuldhulp.demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/redactie/meldingen")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/redactie/meldingen").session(logIn("medewerker@nijmegen.demo"))).andExpect(status().isOk());
	}

}
