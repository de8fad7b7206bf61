// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.BeforeProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;

/**
 * Generated inputs against the running application: the residents' search, the HSDS API's parameters and the
 * importers never answer with a server error, and an import that is not committed changes nothing. jqwik runs on the
 * JUnit Platform beside Jupiter; the Spring test context is the shared one, loaded through its TestContextManager.
 * Tries: {@code jqwik.tries.default} in junit-platform.properties, or {@code -Djqwik.tries.default=N}.
 */
@SchakelIntegrationTest
class ExchangePropertyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Exchange exchange;

	@Autowired
	JdbcClient jdbc;

	@BeforeProperty
	void injectTheSharedSpringContext() throws Exception {
		new TestContextManager(getClass()).prepareTestInstance(this);
	}

	@Provide
	Arbitrary<String> anything() {
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
				Arbitraries.strings().withChars("0123456789ABZ -%<>'\";&=").ofMaxLength(12),
				Arbitraries.of("6511", "6511 AB", "0000", "9999ZZ", "-1", "99999999999", "", " ", "%00", "<script>"));
	}

	@Provide
	Arbitrary<String> numbers() {
		return Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf), Arbitraries.longs().map(String::valueOf),
				Arbitraries.of("0", "-1", "1e9", "NaN", "", "abc", "2147483648"));
	}

	@Property
	void theResidentsSearchNeverFails(@ForAll("anything") String q, @ForAll("anything") String onderwerp,
			@ForAll("anything") String postcode, @ForAll("anything") String dag, @ForAll("numbers") String km,
			@ForAll("numbers") String pagina) throws Exception {
		int status = mvc.perform(get("/hulp").param("q", q).param("onderwerp", onderwerp).param("postcode", postcode)
			.param("dag", dag).param("km", km).param("pagina", pagina).param("gemeente", q).param("taal", onderwerp))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isLessThan(500);
	}

	@Property
	void theHsdsServicesParametersNeverFail(@ForAll("numbers") String page, @ForAll("numbers") String perPage,
			@ForAll("anything") String organizationId, @ForAll("anything") String termId) throws Exception {
		int status = mvc.perform(get("/api/hsds/services").param("page", page).param("per_page", perPage)
			.param("organization_id", organizationId).param("taxonomy_term_id", termId))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isIn(200, 400);
	}

	@Provide
	Arbitrary<String> cells() {
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20),
				Arbitraries.of("6511 AB", "0000 AA", "1234 SS", "ma 09:00-12:00", "ma 09:00-12:00 en 11:00-13:00",
						"di 17:00-09:00", "100", "51.84", "5,86", "\"", "", "Café", "a,b", "line\nbreak"));
	}

	@Property
	void aGeneratedPartnerListIsImportedWholeOrNotAtAll(
			@ForAll @Size(min = 1, max = 4) List<@Size(5) List<@net.jqwik.api.From("cells") String>> rows) {
		var csv = new StringBuilder("Organisatie,Naam,Postcode,Openingstijden,Latitude\n");
		for (List<String> row : rows) {
			for (int c = 0; c < row.size(); c++) {
				String cell = row.get(c);
				csv.append(c > 0 ? "," : "").append('"').append(cell.replace("\"", "\"\"")).append('"');
			}
			csv.append('\n');
		}
		long before = changes();
		Exchange.Outcome outcome = exchange.importFile("property-test", "lijst.csv",
				csv.toString().getBytes(StandardCharsets.UTF_8), Exchange.Decision.NEW, false, "property-test");
		if (!outcome.committed()) {
			assertThat(changes()).isEqualTo(before);
		}
		else {
			assertThat(outcome.problems()).isEmpty();
		}
		assertThat(outcome.problems()).allSatisfy(p -> assertThat(p.messageKey()).startsWith("import.problem."));
	}

	@Property
	void anyUploadedBytesChangeNothingUnlessTheyAreAValidFile(@ForAll @Size(max = 400) byte[] bytes,
			@ForAll("names") String name, @ForAll @StringLength(max = 60) String text) {
		long before = changes();
		for (byte[] content : List.of(bytes, text.getBytes(StandardCharsets.UTF_8), ImporterPropertyTests.zipLike(bytes))) {
			try {
				Exchange.Outcome outcome = exchange.importFile("property-test", name, content, Exchange.Decision.SKIP,
						false, "property-test");
				assertThat(outcome.committed() || changes() == before).isTrue();
			}
			catch (UnusableFileException ex) {
				assertThat(ex.problems()).isNotEmpty();
				assertThat(changes()).isEqualTo(before);
			}
		}
	}

	@Provide
	Arbitrary<String> names() {
		return Arbitraries.of("a.json", "a.csv", "a.xlsx", "a.zip", "a.txt", "a");
	}

	private long changes() {
		return jdbc.sql("select count(*) from sm_change").query(Long.class).single();
	}

}
