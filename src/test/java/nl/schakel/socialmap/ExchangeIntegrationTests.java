// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.organisation.ApiClients;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Scope;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.socialmap.HsdsSchemas.Kind;
import nl.schakel.spreadsheet.CsvRows;
import nl.schakel.spreadsheet.ZipContents;

/**
 * Export and import of the whole sociale kaart: the HSDS examples (JSON and the tabular CSVs) go in and come out
 * valid and unchanged; a partner's list goes in through a column mapping; the same file twice changes nothing; bad
 * files change nothing and say where and why.
 */
@SchakelIntegrationTest
class ExchangeIntegrationTests {

	private static final List<String> EXAMPLE_TABLES = List.of("accessibility", "addresses", "attributes", "contacts",
			"cost_options", "funding", "languages", "locations", "meta_table_descriptions", "metadata",
			"organization_identifiers", "organizations", "phones", "programs", "required_documents", "schedules",
			"service_areas", "service_at_location", "services", "taxonomies", "taxonomy_terms");

	@Autowired
	Exchange exchange;

	@Autowired
	HsdsSchemas schemas;

	@Autowired
	Tabular tabular;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClients apiClients;

	@Autowired
	Organisations organisations;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	private byte[] resource(String path) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/hsds/3.0/examples/" + path)) {
			return in.readAllBytes();
		}
	}

	private Map<String, byte[]> exampleTables() throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String table : EXAMPLE_TABLES) {
			files.put(table + ".csv", resource("csv/" + table + ".csv"));
		}
		return files;
	}

	private long changes() {
		return jdbc.sql("select count(*) from sm_change").query(Long.class).single();
	}

	@Test
	void theExamplesRoundTripThroughJsonAndTheDatapackage() throws Exception {
		for (String example : List.of("organization_full.json", "service_full.json", "service_at_location_full.json",
				"taxonomy.json", "taxonomy_term.json")) {
			Exchange.Outcome outcome = exchange.importFile("hsds-examples", example, resource(example),
					Exchange.Decision.NEW, false, "test");
			assertThat(outcome.problems()).as(example).isEmpty();
		}
		Exchange.Outcome tables = exchange.importTables("hsds-csv-examples", exampleTables(), Exchange.Decision.NEW,
				false, "test");
		assertThat(tables.problems()).isEmpty();
		assertThat(tables.committed()).isTrue();

		var exported = new ByteArrayOutputStream();
		exchange.writeJson(exported);
		JsonNode list = json.readTree(exported.toByteArray());
		assertThat(list.get("contents").size()).isEqualTo(list.get("total_items").asInt());
		for (JsonNode organization : list.get("contents")) {
			assertThat(schemas.violations(Kind.ORGANIZATION, organization)).as(organization.path("name").asString())
				.isEmpty();
		}
		JsonNode original = json.readTree(resource("organization_full.json"));
		JsonNode served = null;
		for (JsonNode organization : list.get("contents")) {
			if (organization.get("id").equals(original.get("id"))) {
				served = organization;
			}
		}
		assertThat(served).isNotNull();
		for (var field : original.properties()) {
			if (field.getValue().isValueNode()) {
				assertThat(served.get(field.getKey())).as(field.getKey()).isEqualTo(field.getValue());
			}
		}

		var zip = new ByteArrayOutputStream();
		exchange.writeDatapackage(zip);
		Map<String, byte[]> files = ZipContents.read(zip.toByteArray(), "export.zip");
		assertThat(files).containsKey("datapackage.json");
		for (Tabular.Resource resource : tabular.resources()) {
			List<List<String>> rows = CsvRows.parse(new String(files.get(resource.path()), StandardCharsets.UTF_8));
			assertThat(rows.getFirst()).as(resource.path()).isEqualTo(resource.columns());
		}
		// Every example row that belongs somewhere comes back with the same values. The HSDS examples reuse the ids of
		// child objects (phones, schedules, ...) under other parents in their JSON files, so for those the keys of the
		// parent are not compared: one id, one row, whichever parent came first.
		List<String> parents = List.of("organizations", "services", "locations", "service_at_location", "programs",
				"taxonomies", "taxonomy_terms");
		for (String table : List.of("organizations", "services", "locations", "phones", "schedules", "addresses",
				"service_at_location", "programs", "cost_options", "taxonomies", "taxonomy_terms")) {
			List<List<String>> in = CsvRows.parse(new String(resource("csv/" + table + ".csv"), StandardCharsets.UTF_8));
			List<List<String>> out = CsvRows.parse(new String(files.get(table + ".csv"), StandardCharsets.UTF_8));
			List<String> header = in.getFirst();
			for (List<String> row : in.subList(1, in.size())) {
				List<String> match = out.stream().filter(r -> r.getFirst().equals(row.getFirst())).findFirst().orElse(null);
				assertThat(match).as(table + " " + row.getFirst()).isNotNull();
				for (int c = 0; c < header.size(); c++) {
					if (!row.get(c).isEmpty() && (parents.contains(table) || c == 0 || !header.get(c).endsWith("_id"))) {
						assertThat(match.get(out.getFirst().indexOf(header.get(c)))).as(table + "." + header.get(c))
							.isEqualTo(row.get(c));
					}
				}
			}
		}
		// The export imports again: nothing new. Where the HSDS examples say two things about one id (a term embedded
		// in a service is an older copy than the stored term), the first import settles it; the second changes nothing.
		Exchange.Outcome once = exchange.importFile("export", "export.zip", zip.toByteArray(), Exchange.Decision.NEW,
				false, "test");
		assertThat(once.problems()).isEmpty();
		assertThat(once.report().created()).isZero();
		long before = changes();
		Exchange.Outcome again = exchange.importFile("export", "export.zip", zip.toByteArray(), Exchange.Decision.NEW,
				false, "test");
		assertThat(again.problems()).isEmpty();
		assertThat(again.report().created()).isZero();
		assertThat(again.report().updated()).isZero();
		assertThat(changes()).isEqualTo(before);
		var exportedAgain = new ByteArrayOutputStream();
		exchange.writeJson(exportedAgain);
		Exchange.Outcome jsonAgain = exchange.importFile("export", "export.json", exportedAgain.toByteArray(),
				Exchange.Decision.NEW, false, "test");
		assertThat(jsonAgain.problems()).isEmpty();
		assertThat(jsonAgain.report().created()).isZero();
		assertThat(jsonAgain.report().updated()).isZero();
		assertThat(changes()).isEqualTo(before);
	}

	@Test
	void theTablesOfADatapackageCanBeUploadedAsSeparateFilesForAPreview() throws IOException {
		UUID id = exchange.uploadTables("hsds-csv-examples", exampleTables(), "test");
		Exchange.Upload upload = exchange.pending(id).orElseThrow();
		assertThat(upload.format()).isEqualTo(Exchange.Format.DATAPACKAGE);
		Exchange.Outcome preview = exchange.preview(upload, null, java.util.Map.of());
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.committed()).isFalse();
		assertThat(preview.warnings()).extracting(ImportProblem::code).contains("not-linked", "not-kept");
		exchange.discard(id);
		assertThat(exchange.pending(id)).isEmpty();
	}

	private static String sheet(String unique) {
		return """
				Organisatie;Naam;Omschrijving;Adres;Postcode;Plaats;Telefoon;Openingstijden
				Buurtkamer %1$s;Koffie-ochtend %1$s;Samen koffie drinken;Molenstraat 1;6511 AB;Nijmegen;024-1234567;ma-vr 09:00-12:00
				Buurtkamer %1$s;Taalcafé %1$s;Nederlands oefenen;Molenstraat 1;6511 AB;Nijmegen;024-1234567;di 13:00-15:00 en 19:00-21:00
				""".formatted(unique);
	}

	@Test
	void aPartnersListImportsThroughTheMappingAndTwiceChangesNothing() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		byte[] csv = sheet(unique).getBytes(StandardCharsets.UTF_8);
		Exchange.Outcome preview = exchange.importFile("partner-" + unique, "lijst.csv", csv, null, true, "test");
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.committed()).isFalse();
		assertThat(preview.report().created()).isPositive();
		assertThat(preview.mapping()).containsKeys("organisation-name", "service-name", "postcode", "opening-hours");
		assertThat(jdbc.sql("select count(*) from sm_service where name = ?").param("Taalcafé " + unique)
			.query(Long.class).single()).isZero();

		Exchange.Outcome first = exchange.importFile("partner-" + unique, "lijst.csv", csv, null, false, "test");
		assertThat(first.committed()).isTrue();
		assertThat(jdbc.sql("select count(*) from sm_service where name = ?").param("Taalcafé " + unique)
			.query(Long.class).single()).isOne();
		long before = changes();
		Exchange.Outcome second = exchange.importFile("partner-" + unique, "lijst.csv", csv, null, false, "test");
		assertThat(second.report().created()).isZero();
		assertThat(second.report().updated()).isZero();
		assertThat(changes()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from sm_import_log where source = ?").param("partner-" + unique)
			.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from sm_import where source = ?").param("partner-" + unique)
			.query(Long.class).single()).isOne();
	}

	@Test
	void anXlsxListImports() throws IOException {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		var out = new ByteArrayOutputStream();
		try (var workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("Aanbod");
			String[][] cells = { { "Organisatie", "Naam", "Postcode", "Latitude", "Longitude" },
					{ "Kledingbank " + unique, "Kleding halen", "6512 CD", "51.84", "5.86" } };
			for (int r = 0; r < cells.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < cells[r].length; c++) {
					row.createCell(c).setCellValue(cells[r][c]);
				}
			}
			workbook.write(out);
		}
		Exchange.Outcome outcome = exchange.importFile("xlsx-" + unique, "lijst.xlsx", out.toByteArray(), null, false,
				"test");
		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.committed()).isTrue();
		assertThat(jdbc.sql("select count(*) from sm_organization where name = ?").param("Kledingbank " + unique)
			.query(Long.class).single()).isOne();
	}

	@Test
	void badRowsAreReportedWithLineAndColumnAndNothingChanges() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String csv = """
				Organisatie,Naam,Postcode,Latitude,Longitude,Openingstijden,E-mail
				Hulp %1$s,Goed,6511 AB,51.8,5.8,ma 09:00-12:00,info@example.org
				Hulp %1$s,Verkeerde postcode,0123 AB,,,,
				Hulp %1$s,Verkeerde plek,6511 AB,100,5.8,,
				Hulp %1$s,Tijden door elkaar,6511 AB,,,ma 09:00-12:00 en 11:00-13:00,
				Hulp %1$s,,6511 AB,,,,geen-mail
				""".formatted(unique);
		long services = jdbc.sql("select count(*) from sm_service").query(Long.class).single();
		Exchange.Outcome outcome = exchange.importFile("bad-" + unique, "lijst.csv", csv.getBytes(StandardCharsets.UTF_8),
				Exchange.Decision.NEW, false, "test");
		assertThat(outcome.committed()).isFalse();
		assertThat(outcome.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::code)
			.contains(org.assertj.core.groups.Tuple.tuple(3, "Postcode", "postcode"),
					org.assertj.core.groups.Tuple.tuple(4, "Latitude", "coordinates"),
					org.assertj.core.groups.Tuple.tuple(5, "Openingstijden", "hours-overlap"),
					org.assertj.core.groups.Tuple.tuple(6, "Naam", "required"),
					org.assertj.core.groups.Tuple.tuple(6, "E-mail", "email"));
		assertThat(jdbc.sql("select count(*) from sm_service").query(Long.class).single()).isEqualTo(services);
	}

	@Test
	void brokenEncodingsAndMalformedJsonGetAClearMessage() {
		byte[] latin1 = "Organisatie,Naam\nCafé,Koffie\n".getBytes(Charset.forName("windows-1252"));
		assertThat(exchange.importFile("enc", "lijst.csv", latin1, null, true, "test").problems())
			.extracting(ImportProblem::code, ImportProblem::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("encoding", 2));
		byte[] utf16 = "\uFEFFOrganisatie,Naam\n".getBytes(StandardCharsets.UTF_16);
		assertThat(exchange.importFile("enc", "lijst.csv", utf16, null, true, "test").problems())
			.extracting(ImportProblem::code).containsExactly("utf16");
		byte[] bom = "\uFEFFOrganisatie,Naam\nBuurthuis BOM,Koffie\n".getBytes(StandardCharsets.UTF_8);
		assertThat(exchange.importFile("enc", "lijst.csv", bom, null, true, "test").problems()).isEmpty();
		byte[] broken = "{\n  \"id\": \"x\",\n  \"name\": }".getBytes(StandardCharsets.UTF_8);
		assertThat(exchange.importFile("json", "kapot.json", broken, null, true, "test").problems())
			.extracting(ImportProblem::code, ImportProblem::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("json", 3));
	}

	@Test
	void aLikelyDuplicateWaitsForTheCuratorAndMergesIntoTheExistingOrganisation() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String first = "Organisatie,Naam,Telefoon\nStichting Wijkhuis %s,Spreekuur,024-7654321\n".formatted(unique);
		exchange.importFile("eerste-" + unique, "a.csv", first.getBytes(StandardCharsets.UTF_8), null, false, "test");
		String second = "Organisatie,Naam,Telefoon\nWijkhuis %s,Spreekuur,024-7654321\n".formatted(unique);
		Exchange.Outcome undecided = exchange.importFile("tweede-" + unique, "b.csv",
				second.getBytes(StandardCharsets.UTF_8), null, false, "test");
		assertThat(undecided.committed()).isFalse();
		assertThat(undecided.undecided()).extracting(DuplicateCandidate::table).contains("organization");
		Exchange.Outcome merged = exchange.importFile("tweede-" + unique, "b.csv", second.getBytes(StandardCharsets.UTF_8),
				Exchange.Decision.MERGE, false, "test");
		assertThat(merged.committed()).isTrue();
		assertThat(jdbc.sql("select count(*) from sm_organization where name ilike ?").param("%wijkhuis " + unique)
			.query(Long.class).single()).isOne();
		// The decision is remembered: the same file again is no duplicate and changes nothing.
		Exchange.Outcome again = exchange.importFile("tweede-" + unique, "b.csv", second.getBytes(StandardCharsets.UTF_8),
				null, false, "test");
		assertThat(again.duplicates()).isEmpty();
		assertThat(again.report().created()).isZero();
		assertThat(again.report().updated()).isZero();
	}

	@Test
	void anUploadAbove50MegabytesGetsAClearAnswerNotAResetConnection() throws Exception {
		var organisation = organisations.create("Partner " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.PARTNER, null, List.of(new MunicipalityCode("0268")));
		String key = apiClients.issue(organisation, "import", Set.of(Scope.DIRECTORY_WRITE)).key();
		var tooBig = upload(key, 51 * 1024 * 1024);
		assertThat(tooBig.statusCode()).isEqualTo(413);
		assertThat(tooBig.body()).contains("groter dan 50 MB");
		var big = upload(key, 20 * 1024 * 1024);
		assertThat(big.statusCode()).isEqualTo(422);
		assertThat(big.body()).contains("unmapped");
	}

	private java.net.http.HttpResponse<String> upload(String key, int size) throws Exception {
		String boundary = "grens" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"groot.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + size + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		java.util.Arrays.fill(body, head.length, body.length - tail.length, (byte) 'a');
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		var request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/directory/imports?dry_run=true"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-Api-Key", key)
			.header("Accept-Language", "nl")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try (var client = java.net.http.HttpClient.newHttpClient()) {
			return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
		}
	}

	@Test
	void theExportIsAnonymousWithCorsAndTheImportNeedsTheDirectoryWriteScope() throws Exception {
		mvc.perform(get("/api/hsds/export.zip").header("Origin", "https://example.org"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"));
		mvc.perform(get("/api/hsds/export.json")).andExpect(status().isOk());
		var organisation = organisations.create("Partner " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.PARTNER, null, List.of(new MunicipalityCode("0268")));
		String allowed = apiClients.issue(organisation, "import", Set.of(Scope.DIRECTORY_WRITE)).key();
		String other = apiClients.issue(organisation, "read", Set.of(Scope.ORGANISATIONS_READ)).key();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		var file = new MockMultipartFile("file", "lijst.csv", "text/csv",
				("Organisatie,Naam\nApi-partner " + unique + ",Spreekuur\n").getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/directory/imports").file(file).header("X-Api-Key", other))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/directory/imports").file(file).param("source", "api-" + unique)
			.header("X-Api-Key", allowed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(false))
			.andExpect(jsonPath("$.created").value(2));
		mvc.perform(multipart("/api/directory/imports").file(file).param("source", "api-" + unique)
			.param("dry_run", "false")
			.header("X-Api-Key", allowed))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.imported").value(true));
		var bad = new MockMultipartFile("file", "kapot.json", "application/json", "{".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/directory/imports").file(bad).header("X-Api-Key", allowed))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.problems[0].code").value("json"));
	}

}
