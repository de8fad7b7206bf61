// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.schakel.SchakelIntegrationTest;

@SchakelIntegrationTest
class RegelingenApiIntegrationTests {

	/** Each test calls from its own address, so the rate limit of one test does not touch another. */
	private static final AtomicInteger ADDRESS = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

	private static String address() {
		return "192.0.2." + ADDRESS.getAndIncrement();
	}

	@Test
	void aHouseholdInNijmegenGetsEveryNationalSchemeAndTheLocalSchemesOfNijmegenWithExplanations() throws Exception {
		mvc.perform(from(post("/api/v1/regelingen/berekening"), address()).contentType(MediaType.APPLICATION_JSON)
			.content(RegelingenApi.EXAMPLE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value("2026-03"))
			.andExpect(jsonPath("$.ruleSetHash").isString())
			.andExpect(jsonPath("$.results[*].scheme", hasItem("zorgtoeslag")))
			.andExpect(jsonPath("$.results[*].scheme", hasItem("nijmegen-individuele-inkomenstoeslag")))
			.andExpect(jsonPath("$.results[*].scheme", not(hasItem("groningen-individuele-inkomenstoeslag"))))
			.andExpect(jsonPath("$.results[?(@.scheme == 'nijmegen-individuele-inkomenstoeslag')].status")
				.value("MOGELIJK"))
			.andExpect(jsonPath("$.results[?(@.scheme == 'nijmegen-individuele-inkomenstoeslag')].perYear.min")
				.value("575.00"))
			.andExpect(jsonPath("$.results[?(@.scheme == 'nijmegen-individuele-inkomenstoeslag')].municipality")
				.value("0268"))
			.andExpect(jsonPath("$.results[?(@.scheme == 'nijmegen-kindregeling-leergeld')].status").value("RECHT"))
			.andExpect(jsonPath("$.results[?(@.scheme == 'nijmegen-kindregeling-leergeld')].howToApply.link")
				.value("https://www.leergeldnijmegen.nl/"))
			.andExpect(jsonPath("$.results[?(@.scheme == 'nijmegen-meedoenregeling')].steps[0].id").value("norm"));
	}

	@Test
	void oneSchemeCanBeCalculatedAlone() throws Exception {
		mvc.perform(from(post("/api/v1/regelingen/nijmegen-meedoenregeling/berekening"), address())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"referenceDate": "2026-03-01", "household": {"municipality": "0268",
					 "applicant": {"age": 30, "monthlyNetIncome": "1700.00"}, "children": [], "housemates": []}}
					"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results", hasSize(1)))
			.andExpect(jsonPath("$.results[0].status").value("GEEN_RECHT"))
			.andExpect(jsonPath("$.results[0].failing[0].id").value("inkomen"))
			.andExpect(jsonPath("$.results[0].failing[0].explanation.nl")
				.value("Uw netto inkomen van € 1.700 per maand is hoger dan de grens van € 1.681,80."))
			.andExpect(jsonPath("$.results[0].failing[0].source.url").value("https://lokaleregelgeving.overheid.nl/CVDR461316"))
			.andExpect(jsonPath("$.results[0].distance.limit").value("1681.80"));
	}

	@Test
	void theOpenApiDescriptionDocumentsTheEndpointsWithAnExample() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/regelingen/berekening'].post.requestBody.content['application/json'].examples")
				.exists())
			.andExpect(jsonPath("$.paths['/api/v1/regelingen/{id}/berekening'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/regelingen'].get.parameters[0].name").value("gemeente"));
	}

	@Test
	void anUnknownSchemeIsNotFound() throws Exception {
		mvc.perform(from(post("/api/v1/regelingen/bestaat-niet/berekening"), address())
			.contentType(MediaType.APPLICATION_JSON).content(RegelingenApi.EXAMPLE))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Unknown scheme"));
	}

	@Test
	void theListShowsConditionsParametersAndSourcesOfTheMunicipality() throws Exception {
		mvc.perform(from(get("/api/v1/regelingen").param("gemeente", "0268"), address()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem("huurtoeslag")))
			.andExpect(jsonPath("$[*].id", hasItem("nijmegen-collectieve-zorgverzekering")))
			.andExpect(jsonPath("$[*].id", not(hasItem("groningen-individuele-inkomenstoeslag"))))
			.andExpect(jsonPath("$[?(@.id == 'nijmegen-collectieve-zorgverzekering')].conditions[1].rule.een_van[1].ontvangt")
				.value("voedselbank"))
			.andExpect(jsonPath("$[?(@.id == 'nijmegen-collectieve-zorgverzekering')].parameters[1].values[0].value")
				.value("130"))
			.andExpect(jsonPath("$[?(@.id == 'nijmegen-collectieve-zorgverzekering')].parameters[1].values[0].source.url")
				.value("https://www.gezondverzekerd.nl/gemeente/nijmegen/passende-zorg/"));
		mvc.perform(from(get("/api/v1/regelingen").param("gemeente", "9999"), address()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("/gemeente"));
	}

	@Test
	void anInvalidHouseholdGetsEveryProblemPerField() throws Exception {
		mvc.perform(from(post("/api/v1/regelingen/berekening"), address()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"referenceDate": "2026-03-01",
					 "household": {"municipality": "9999",
					   "applicant": {"age": 200, "monthlyNetIncome": "-5.00"},
					   "partner": {"age": 30},
					   "children": [{"age": 31}, {"age": 4}],
					   "rent": "abc", "colour": "blue"}}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.errors[*].pointer", containsInAnyOrder("/household/municipality",
					"/household/applicant/age", "/household/applicant/monthlyNetIncome", "/household/children/0/age",
					"/household/rent", "/household/colour")))
			.andExpect(jsonPath("$.errors[?(@.pointer == '/household/children/0/age')].detail")
				.value("a child cannot be as old as or older than the partner"));
	}

	@Test
	void malformedJsonIsABadRequestWithoutAStackTrace() throws Exception {
		mvc.perform(from(post("/api/v1/regelingen/berekening"), address()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"referenceDate\": \"2026-03-01\", \"household\": {"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value(""))
			.andExpect(jsonPath("$.errors[0].detail").value("the body is not valid JSON"))
			.andExpect(jsonPath("$.trace").doesNotExist());
		mvc.perform(from(post("/api/v1/regelingen/berekening"), address()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"household\": {\"applicant\": {}}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].pointer").value("/referenceDate"));
	}

	@Test
	void oneAddressIsLimitedAfterItsBurstAndOthersAreNot() throws Exception {
		// The test profile allows a burst of 40 and then 1 request a second.
		String busy = address();
		int allowed = 0;
		while (mvc.perform(from(get("/api/v1/regelingen"), busy)).andReturn().getResponse().getStatus() == 200) {
			allowed++;
			assertThat(allowed).as("requests before the limit").isLessThan(60);
		}
		assertThat(allowed).isGreaterThanOrEqualTo(40);
		mvc.perform(from(get("/api/v1/regelingen"), busy))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.title").value("Too many requests"));
		mvc.perform(from(get("/api/v1/regelingen"), address())).andExpect(status().isOk());
	}

}
