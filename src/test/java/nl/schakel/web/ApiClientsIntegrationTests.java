// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.organisation.AccountId;
import nl.schakel.organisation.Accounts;
import nl.schakel.organisation.ApiClients;
import nl.schakel.organisation.IssuedApiKey;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Role;
import nl.schakel.organisation.Scope;
import nl.schakel.region.MunicipalityCode;

@SchakelIntegrationTest
class ApiClientsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClients apiClients;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	private OrganisationId creditor() {
		return organisations.create("Woningcorporatie " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.CREDITOR, null, List.of(new MunicipalityCode("0268")));
	}

	@Test
	void aClientWithAValidKeyKnowsWhoItIs() throws Exception {
		OrganisationId creditor = creditor();
		IssuedApiKey issued = apiClients.issue(creditor, "Incasso-systeem", Set.of(Scope.SIGNALS_WRITE));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.key()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organisationId").value(creditor.toString()))
			.andExpect(jsonPath("$.scopes", hasItem("signals:write")));
		mvc.perform(get("/api/v1/me").header("X-Api-Key", issued.key())).andExpect(status().isOk());
	}

	@Test
	void onlyAHashOfTheKeyIsStored() {
		IssuedApiKey issued = apiClients.issue(creditor(), "Systeem", Set.of(Scope.SIGNALS_WRITE));
		String stored = jdbc.sql("select key_hash from api_client where id = ?")
			.param(issued.clientId().value())
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(issued.key()).hasSize(64);
		assertThat(issued.toString()).doesNotContain(issued.key());
	}

	@Test
	void aWrongOrRevokedKeyIsRefusedAtOnce() throws Exception {
		OrganisationId creditor = creditor();
		IssuedApiKey issued = apiClients.issue(creditor, "Systeem", Set.of(Scope.SIGNALS_WRITE));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.key() + "x"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""));
		mvc.perform(get("/api/v1/organisations").header("X-Api-Key", "sk_nope_nope")).andExpect(status().isUnauthorized());

		AccountId admin = accounts.createLocal(UUID.randomUUID() + "@test.example", "Beheer", "a-long-enough-password", false);
		organisations.grant(creditor, admin, Role.ORGANISATION_ADMIN);
		apiClients.revoke(creditor, issued.clientId(), accounts.load(admin).orElseThrow());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.key())).andExpect(status().isUnauthorized());
	}

	@Test
	void withoutAKeyTheApiAnswers401NotALoginPage() throws Exception {
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
	}

	@Test
	void metricsNeedTheMetricsScope() throws Exception {
		OrganisationId municipality = organisations.create("Monitoring " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.MUNICIPALITY, null, List.of(new MunicipalityCode("0268")));
		IssuedApiKey metrics = apiClients.issue(municipality, "Prometheus", Set.of(Scope.METRICS_READ));
		IssuedApiKey signals = apiClients.issue(municipality, "Iets anders", Set.of(Scope.SIGNALS_WRITE));
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + metrics.key()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + signals.key()))
			.andExpect(status().isForbidden());
	}

	@Test
	void publicOpenDataNeedsNoKeyAndAllowsCrossOriginReading() throws Exception {
		mvc.perform(get("/api/v1/municipalities").header("Origin", "https://example.org"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"))
			.andExpect(jsonPath("$.length()").value(342));
		mvc.perform(get("/api/v1/municipalities/placement").param("postcode", "12"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid postcode"));
	}

}
