// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.privacy.Bsn;
import nl.schakel.privacy.InvalidBsnException;

/** Fails when a BSN or an e-mail address reaches the logs, whatever path it takes. */
@SchakelIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyIntegrationTests {

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	private static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9A-Za-z])[0-9]{9}(?![0-9A-Za-z])");

	@Autowired
	MockMvc mvc;

	@Test
	void neitherBsnsNorEmailAddressesAppearInTheLogs(CapturedOutput output) throws Exception {
		String email = "geheim.persoon@voorbeeld.example";
		// A failed login with an e-mail address, a good one, an account created by an administrator,
		// a BSN logged by mistake and an invalid BSN in an exception.
		mvc.perform(formLogin("/login").user(email).password("not-the-password"));
		var login = mvc.perform(formLogin("/login").user("beheer@schakel.demo").password("schakel-demo-2026")).andReturn();
		var session = (MockHttpSession) login.getRequest().getSession(false);
		mvc.perform(post("/beheer/accounts").session(session)
			.with(csrf())
			.param("username", email)
			.param("displayName", "Geheim Persoon")
			.param("password", "een-lang-wachtwoord-123"));
		mvc.perform(get("/beheer/accounts").session(session));
		mvc.perform(get("/beheer/audit").session(session));
		LoggerFactory.getLogger(LogPrivacyIntegrationTests.class).warn("Careless log line with {}", new Bsn("111222333"));
		try {
			Bsn.parse("111222334");
		}
		catch (InvalidBsnException ex) {
			LoggerFactory.getLogger(LogPrivacyIntegrationTests.class).warn("Rejected input", ex);
		}

		// Log lines are structured JSON; other output (the demo banner, MockMvc's failure print) is not a log.
		String logs = output.getAll()
			.lines()
			.filter(line -> line.startsWith("{\"@timestamp\""))
			.map(line -> line.replaceFirst("\"@timestamp\":\"[^\"]*\"", ""))
			.collect(java.util.stream.Collectors.joining("\n"));
		assertThat(logs).contains("Careless log line").contains("Rejected input");
		assertThat(EMAIL.matcher(logs).results().map(r -> r.group()).toList()).as("e-mail addresses in logs").isEmpty();
		Matcher digits = NINE_DIGITS.matcher(logs);
		while (digits.find()) {
			assertThat(Bsn.isValid(digits.group())).as("a BSN in the logs: " + digits.group().substring(0, 2) + "...")
				.isFalse();
		}
		assertThat(logs).doesNotContain("111222333").doesNotContain("111222334");
	}

}
