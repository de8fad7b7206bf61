// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static nl.schakel.socialmap.PropertyRuns.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;

/**
 * Generated inputs against the running application: the residents' search, the HSDS API's parameters and the
 * importers never answer with a server error, and an import that is not committed changes nothing. Seed and tries:
 * see {@link PropertyRuns}.
 */
@SchakelIntegrationTest
class ExchangePropertyIntegrationTests {

	/** Each try is a request or an import against the database, so fewer than in the readers' tests. */
	private static final int TRIES = 150;

	@Autowired
	MockMvc mvc;

	@Autowired
	Exchange exchange;

	@Autowired
	JdbcClient jdbc;

	record Search(String q, String onderwerp, String postcode, String dag, String km, String pagina) {
	}

	@Test
	void theResidentsSearchNeverFails() {
		forAll(TRIES, in -> new Search(anything(in), anything(in), anything(in), anything(in), in.number(), in.number()),
				s -> {
					int status = mvc.perform(get("/hulp").param("q", s.q())
						.param("onderwerp", s.onderwerp())
						.param("postcode", s.postcode())
						.param("dag", s.dag())
						.param("km", s.km())
						.param("pagina", s.pagina())
						.param("gemeente", s.q())
						.param("taal", s.onderwerp())).andReturn().getResponse().getStatus();
					assertThat(status).isLessThan(500);
				});
	}

	record ServicesQuery(String page, String perPage, String organizationId, String termId) {
	}

	@Test
	void theHsdsServicesParametersNeverFail() {
		forAll(TRIES, in -> new ServicesQuery(in.number(), in.number(), anything(in), anything(in)), s -> {
			int status = mvc.perform(get("/api/hsds/services").param("page", s.page())
				.param("per_page", s.perPage())
				.param("organization_id", s.organizationId())
				.param("taxonomy_term_id", s.termId())).andReturn().getResponse().getStatus();
			assertThat(status).isIn(200, 400);
		});
	}

	@Test
	void aGeneratedPartnerListIsImportedWholeOrNotAtAll() {
		forAll(TRIES, in -> in.list(1, 4, () -> in.list(5, 5, () -> in.anyOf(() -> in.text(20), () -> ImporterPropertyTests.cell(in)))),
				rows -> {
					var csv = new StringBuilder("Organisatie,Naam,Postcode,Openingstijden,Latitude\n");
					for (List<String> row : rows) {
						for (int c = 0; c < row.size(); c++) {
							csv.append(c > 0 ? "," : "").append('"').append(row.get(c).replace("\"", "\"\"")).append('"');
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
				});
	}

	record Upload(byte[] bytes, String name, String text) {
	}

	@Test
	void anyUploadedBytesChangeNothingUnlessTheyAreAValidFile() {
		forAll(TRIES, in -> new Upload(in.bytes(400), in.oneOf("a.json", "a.csv", "a.xlsx", "a.zip", "a.txt", "a"), in.text(60)),
				upload -> {
					long before = changes();
					for (byte[] content : List.of(upload.bytes(), upload.text().getBytes(StandardCharsets.UTF_8),
							ImporterPropertyTests.zipLike(upload.bytes()))) {
						try {
							Exchange.Outcome outcome = exchange.importFile("property-test", upload.name(), content,
									Exchange.Decision.SKIP, false, "property-test");
							assertThat(outcome.committed() || changes() == before).isTrue();
						}
						catch (UnusableFileException ex) {
							assertThat(ex.problems()).isNotEmpty();
							assertThat(changes()).isEqualTo(before);
						}
					}
				});
	}

	/** Any text, text from the characters that break parsers and queries, or a known edge. */
	private static String anything(RandomInputs in) {
		return in.anyOf(() -> in.text(40), () -> in.text(12, "0123456789ABZ -%<>'\";&="),
				() -> in.oneOf("6511", "6511 AB", "0000", "9999ZZ", "-1", "99999999999", "", " ", "%00", "<script>"));
	}

	private long changes() {
		return jdbc.sql("select count(*) from sm_change").query(Long.class).single();
	}

}
