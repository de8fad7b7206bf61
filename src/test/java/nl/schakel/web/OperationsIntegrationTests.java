// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;

@SchakelIntegrationTest
class OperationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void livenessAndReadinessProbesAnswer() throws Exception {
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void aRequestIdIsEchoedWhenSafeAndReplacedWhenNot() throws Exception {
		mvc.perform(get("/").header("X-Request-Id", "abc12345-test"))
			.andExpect(header().string("X-Request-Id", "abc12345-test"));
		String replaced = mvc.perform(get("/").header("X-Request-Id", "<script>alert(1)</script>"))
			.andReturn()
			.getResponse()
			.getHeader("X-Request-Id");
		assertThat(replaced).matches("[0-9a-f-]{36}");
	}

	@Test
	void errorsAreFriendlyPagesOrProblemDetailsWithoutStackTraces() throws Exception {
		var http = new Http(port);
		var badRequest = http.get("/organisaties/not-a-uuid", "text/html");
		assertThat(badRequest.statusCode()).isEqualTo(400);
		assertThat(badRequest.body()).contains("Dat ging niet goed").doesNotContain("Exception").doesNotContain("at nl.");
		var notFound = http.get("/organisaties/00000000-0000-0000-0000-000000000000", "text/html");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.body()).contains("Deze pagina bestaat niet").contains("<html lang=\"nl\"");
		var unknown = http.get("/bestaat-niet?lang=en", "text/html");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("This page does not exist");
		var apiNotFound = http.get("/api/v1/organisations/00000000-0000-0000-0000-000000000000", "application/json");
		assertThat(apiNotFound.statusCode()).isEqualTo(404);
		var apiBad = http.get("/api/v1/organisations/nope", "application/json");
		assertThat(apiBad.statusCode()).isEqualTo(400);
		assertThat(apiBad.headers().firstValue("Content-Type")).get().asString().contains("application/problem+json");
		assertThat(apiBad.body()).contains("\"status\":400").doesNotContain("Exception");
	}

	@Test
	void theOpenApiDescriptionListsThePublicApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/municipalities']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/organisations/{id}']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me']").exists());
	}

}
