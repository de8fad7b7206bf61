// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.socialmap.HsdsSchemas.Kind;

/**
 * The official HSDS 3.0 examples import, come back out of the HSDS API unchanged (everything the example says is
 * still said) and valid against the strict schemas; importing twice changes nothing; bad documents change nothing.
 */
@SchakelIntegrationTest
class HsdsIntegrationTests {

	@Autowired
	Directory directory;

	@Autowired
	HsdsSchemas schemas;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private JsonNode example(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/hsds/3.0/examples/" + name)) {
			return json.readTree(in);
		}
	}

	private JsonNode fetch(String path) throws Exception {
		String body = mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body);
	}

	@BeforeEach
	void importTheExamples() throws IOException {
		directory.importDocument(Kind.SERVICE, example("service_full.json"), "test");
		directory.importDocument(Kind.ORGANIZATION, example("organization_full.json"), "test");
		directory.importDocument(Kind.SERVICE_AT_LOCATION, example("service_at_location_full.json"), "test");
		directory.importDocument(Kind.TAXONOMY, example("taxonomy.json"), "test");
	}

	@Test
	void theExamplesAreValidAgainstTheStrictSchemas() throws IOException {
		assertThat(schemas.violations(Kind.SERVICE, example("service_full.json"))).isEmpty();
		assertThat(schemas.violations(Kind.ORGANIZATION, example("organization_full.json"))).isEmpty();
		assertThat(schemas.violations(Kind.SERVICE_AT_LOCATION, example("service_at_location_full.json"))).isEmpty();
	}

	@Test
	void importingTheSameDocumentAgainChangesNothing() throws IOException {
		ImportReport again = directory.importDocument(Kind.SERVICE, example("service_full.json"), "test");
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isPositive();
	}

	@Test
	void aServiceComesBackAsItWentIn() throws Exception {
		JsonNode original = example("service_full.json");
		JsonNode served = fetch("/api/hsds/services/" + original.get("id").asString());
		assertThat(schemas.violations(Kind.SERVICE, served)).isEmpty();
		assertThat(missingOrDifferent("$", original, served)).isEmpty();
	}

	@Test
	void anOrganisationComesBackAsItWentIn() throws Exception {
		JsonNode original = example("organization_full.json");
		JsonNode served = fetch("/api/hsds/organizations/" + original.get("id").asString());
		assertThat(schemas.violations(Kind.ORGANIZATION, served)).isEmpty();
		ObjectNode expected = ((ObjectNode) original).deepCopy();
		// Nested services and locations are compared by identity: the API nests them in their own documents.
		expected.remove("services");
		expected.remove("locations");
		assertThat(missingOrDifferent("$", expected, served)).isEmpty();
		List<String> servedServiceIds = new ArrayList<>();
		served.get("services").forEach(s -> servedServiceIds.add(s.get("id").asString()));
		original.get("services").forEach(s -> assertThat(servedServiceIds).contains(s.get("id").asString()));
	}

	@Test
	void aServiceAtALocationComesBackValid() throws Exception {
		JsonNode original = example("service_at_location_full.json");
		JsonNode served = fetch("/api/hsds/service_at_locations/" + original.get("id").asString());
		assertThat(schemas.violations(Kind.SERVICE_AT_LOCATION, served)).isEmpty();
		assertThat(served.get("location").get("id").asString()).isEqualTo(original.get("location").get("id").asString());
	}

	@Test
	void everyListIsPagedAndEveryItemValidates() throws Exception {
		JsonNode services = fetch("/api/hsds/services?per_page=2");
		assertThat(services.get("page_number").asInt()).isEqualTo(1);
		assertThat(services.get("total_items").asInt()).isPositive();
		assertThat(services.get("contents").size()).isBetween(1, 2);
		for (JsonNode service : services.get("contents")) {
			assertThat(schemas.violations(Kind.SERVICE, service)).isEmpty();
		}
		for (JsonNode organization : fetch("/api/hsds/organizations").get("contents")) {
			assertThat(schemas.violations(Kind.ORGANIZATION, organization)).isEmpty();
		}
		for (JsonNode sal : fetch("/api/hsds/service_at_locations").get("contents")) {
			assertThat(schemas.violations(Kind.SERVICE_AT_LOCATION, sal)).isEmpty();
		}
		for (JsonNode term : fetch("/api/hsds/taxonomy_terms").get("contents")) {
			assertThat(schemas.violations(Kind.TAXONOMY_TERM, term)).isEmpty();
		}
		for (JsonNode taxonomy : fetch("/api/hsds/taxonomies").get("contents")) {
			assertThat(schemas.violations(Kind.TAXONOMY, taxonomy)).isEmpty();
		}
		assertThat(fetch("/api/hsds/").get("version").asString()).isEqualTo("3.0");
	}

	@Test
	void servicesCanBeFilteredByTaxonomyTerm() throws Exception {
		JsonNode original = example("service_full.json");
		String term = original.get("attributes").get(0).get("taxonomy_term").get("id").asString();
		JsonNode filtered = fetch("/api/hsds/services?taxonomy_term_id=" + term);
		assertThat(filtered.get("contents")).extracting(s -> s.get("id").asString())
			.contains(original.get("id").asString());
		JsonNode none = fetch("/api/hsds/services?taxonomy_term_id=" + UUID.randomUUID());
		assertThat(none.get("total_items").asInt()).isZero();
		assertThat(none.get("empty").asBoolean()).isTrue();
	}

	@Test
	void theApiIsOpenToOtherSitesAndRefusesNonsensePaging() throws Exception {
		mvc.perform(get("/api/hsds/services").header("Origin", "https://example.org"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"));
		mvc.perform(get("/api/hsds/services?page=0")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/hsds/services?per_page=100000")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/hsds/services/" + UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void anInvalidDocumentIsRefusedWholeWithEveryProblemNamed() throws IOException {
		long before = jdbc.sql("select count(*) from sm_service").query(Long.class).single();
		ObjectNode good = (ObjectNode) example("service_full.json").deepCopy();
		good.put("id", UUID.randomUUID().toString());
		ObjectNode bad = good.deepCopy();
		bad.put("id", UUID.randomUUID().toString());
		bad.remove("name");
		bad.put("colour", "blue");
		ObjectNode page = json.createObjectNode();
		page.putArray("contents").add(good).add(bad);
		assertThatThrownBy(() -> directory.importDocument(Kind.SERVICE, page, "test"))
			.isInstanceOfSatisfying(HsdsImportException.class, ex -> assertThat(ex.problems())
				.anySatisfy(p -> assertThat(p).startsWith("contents[1]").contains("name"))
				.anySatisfy(p -> assertThat(p).contains("colour")));
		assertThat(jdbc.sql("select count(*) from sm_service").query(Long.class).single()).isEqualTo(before);

		ObjectNode badId = good.deepCopy();
		badId.put("id", "not-a-uuid");
		assertThatThrownBy(() -> directory.importDocument(Kind.SERVICE, badId, "test"))
			.isInstanceOf(HsdsImportException.class);
	}

	@Test
	void aChangedServiceKeepsItsHistoryInHsdsMetadataShape() throws IOException {
		ObjectNode service = (ObjectNode) example("service_full.json").deepCopy();
		UUID id = UUID.randomUUID();
		service.put("id", id.toString());
		service.remove("service_at_locations");
		directory.importDocument(Kind.SERVICE, service, "test");
		service.put("name", "Nieuwe naam");
		ImportReport report = directory.importDocument(Kind.SERVICE, service, "curator");
		assertThat(report.updated()).isEqualTo(1);
		var changes = jdbc.sql("select field_name, replacement_value, updated_by from sm_change where resource_id = ? and last_action_type = 'update'")
			.param(id)
			.query((rs, n) -> rs.getString(1) + "=" + rs.getString(2) + " by " + rs.getString(3))
			.list();
		assertThat(changes).containsExactly("name=Nieuwe naam by curator");
	}

	/** Every field the expected document states, with the same value, recursively; arrays element by element. */
	private static List<String> missingOrDifferent(String path, JsonNode expected, JsonNode actual) {
		List<String> problems = new ArrayList<>();
		if (expected.isObject()) {
			if (!actual.isObject()) {
				problems.add(path + " is not an object");
				return problems;
			}
			for (var entry : expected.properties()) {
				JsonNode other = actual.get(entry.getKey());
				if (other == null) {
					problems.add(path + "." + entry.getKey() + " missing");
				}
				else {
					problems.addAll(missingOrDifferent(path + "." + entry.getKey(), entry.getValue(), other));
				}
			}
		}
		else if (expected.isArray()) {
			if (!actual.isArray() || actual.size() != expected.size()) {
				problems.add(path + " has another length");
				return problems;
			}
			for (int i = 0; i < expected.size(); i++) {
				problems.addAll(missingOrDifferent(path + "[" + i + "]", expected.get(i), actual.get(i)));
			}
		}
		else if (!expected.equals(actual)) {
			problems.add(path + ": expected " + expected + " but was " + actual);
		}
		return problems;
	}

}
