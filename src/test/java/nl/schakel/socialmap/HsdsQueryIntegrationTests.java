// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.socialmap.HsdsSchemas.Kind;

/** The query parameters of the HSDS 3.0 OpenAPI on the demo sociale kaart; every item still validates. */
@SchakelIntegrationTest
class HsdsQueryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	HsdsSchemas schemas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ServiceSearch search;

	@Autowired
	java.time.Clock clock;

	private JsonNode fetch(String path) throws Exception {
		return json.readTree(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	private static List<String> names(JsonNode list) {
		List<String> names = new ArrayList<>();
		list.get("contents").forEach(item -> names.add(item.get("name").asString()));
		return names;
	}

	@Test
	void searchRanksServicesByMeaningAndCombinesWithOtherFilters() throws Exception {
		JsonNode food = fetch("/api/hsds/services?search=eten&per_page=10");
		assertThat(food.get("total_items").asLong()).isPositive();
		UUID best = search.search(SearchQuery.forText("eten", java.time.LocalDate.now(clock))).hits().getFirst().serviceId();
		assertThat(food.at("/contents/0/id").asString()).as("ranked like the residents' search").isEqualTo(best.toString());
		for (JsonNode service : food.get("contents")) {
			assertThat(schemas.violations(Kind.SERVICE, service)).isEmpty();
		}
		String organization = food.get("contents").get(0).get("organization_id").asString();
		JsonNode oneOrganisation = fetch("/api/hsds/services?search=eten&organization_id=" + organization);
		assertThat(oneOrganisation.get("total_items").asLong()).isPositive()
			.isLessThanOrEqualTo(food.get("total_items").asLong());
		oneOrganisation.get("contents")
			.forEach(s -> assertThat(s.get("organization_id").asString()).isEqualTo(organization));
		assertThat(fetch("/api/hsds/services?search=qxzvwplk").get("total_items").asLong()).isZero();
	}

	@Test
	void servicesByTaxonomyAndModifiedAfterAndTheMinimalList() throws Exception {
		JsonNode all = fetch("/api/hsds/services?per_page=1");
		JsonNode ofOurTaxonomy = fetch("/api/hsds/services?per_page=1&taxonomy_id=" + NeedsTaxonomy.TAXONOMY_ID);
		assertThat(ofOurTaxonomy.get("total_items").asLong()).isPositive()
			.isLessThanOrEqualTo(all.get("total_items").asLong());
		assertThat(fetch("/api/hsds/services?taxonomy_id=" + UUID.randomUUID()).get("total_items").asLong()).isZero();
		assertThat(fetch("/api/hsds/services?modified_after=2999-01-01").get("total_items").asLong()).isZero();
		assertThat(fetch("/api/hsds/services?per_page=1&modified_after=2000-01-01T00:00:00Z").get("total_items"))
			.isEqualTo(all.get("total_items"));
		JsonNode minimal = fetch("/api/hsds/services?minimal=true&per_page=3");
		JsonNode first = minimal.get("contents").get(0);
		assertThat(first.propertyNames()).containsExactlyInAnyOrder("id", "modified_date");
	}

	@Test
	void servicesAtLocationsByPostcodeAndProximity() throws Exception {
		JsonNode inArea = fetch("/api/hsds/service_at_locations?postcode=6536&per_page=100");
		assertThat(inArea.get("total_items").asLong()).isPositive();
		for (JsonNode sal : inArea.get("contents")) {
			assertThat(schemas.violations(Kind.SERVICE_AT_LOCATION, sal)).isEmpty();
			assertThat(sal.at("/location/addresses/0/postal_code").asString()).startsWith("6536");
			assertThat(sal.at("/service/organization/name").asString()).isNotEmpty();
		}
		JsonNode near = fetch("/api/hsds/service_at_locations?postcode=6536&proximity=3000&per_page=100");
		JsonNode far = fetch("/api/hsds/service_at_locations?postcode=6536&proximity=100000&per_page=1");
		assertThat(near.get("total_items").asLong()).isGreaterThanOrEqualTo(inArea.get("total_items").asLong())
			.isLessThan(far.get("total_items").asLong());
		for (JsonNode sal : near.get("contents")) {
			assertThat(sal.at("/location/latitude").asDouble()).isBetween(51.78, 51.86);
		}
	}

	@Test
	void organisationsAndTaxonomyTermsBySearchAndFullServices() throws Exception {
		JsonNode found = fetch("/api/hsds/organizations?search=voedsel&full_service=true");
		assertThat(names(found)).isNotEmpty().allMatch(name -> name.toLowerCase().contains("voedsel")
				|| jdbc.sql("select doc ->> 'description' from sm_organization where name = ?").param(name)
					.query(String.class).single().toLowerCase().contains("voedsel"));
		for (JsonNode organization : found.get("contents")) {
			assertThat(schemas.violations(Kind.ORGANIZATION, organization)).isEmpty();
			assertThat(organization.at("/services/0/service_at_locations")).isNotNull();
		}
		assertThat(names(fetch("/api/hsds/taxonomy_terms?search=schuld"))).contains("Schuldhulp");
		assertThat(fetch("/api/hsds/taxonomies?search=zzzz").get("total_items").asLong()).isZero();
		assertThat(fetch("/api/hsds/organizations?search=100%25").get("total_items").asLong()).isZero();
	}

	@Test
	void ndjsonStreamsEveryMatchOneDocumentPerLine() throws Exception {
		var response = mvc.perform(get("/api/hsds/services?format=ndjson")).andExpect(status().isOk()).andReturn();
		assertThat(response.getResponse().getContentType()).startsWith("application/x-ndjson");
		String[] lines = response.getResponse().getContentAsString().split("\n");
		long total = fetch("/api/hsds/services?per_page=1").get("total_items").asLong();
		assertThat(lines).hasSize((int) total);
		assertThat(schemas.violations(Kind.SERVICE, json.readTree(lines[lines.length - 1]))).isEmpty();
	}

	@Test
	void nonsenseParametersGetAProblemThatNamesTheParameter() throws Exception {
		mvc.perform(get("/api/hsds/services?modified_after=gisteren")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("modified_after"));
		mvc.perform(get("/api/hsds/services?format=xml")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("format"));
		mvc.perform(get("/api/hsds/service_at_locations?proximity=1000")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("proximity"));
		mvc.perform(get("/api/hsds/service_at_locations?postcode=0123")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("postcode"));
		mvc.perform(get("/api/hsds/service_at_locations?postcode=6536&proximity=-5")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/hsds/services?search=" + "x".repeat(201))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("search"));
		mvc.perform(get("/api/hsds/services?organization_id=geen-uuid")).andExpect(status().isBadRequest());
	}

}
