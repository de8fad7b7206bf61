// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.organisation.AccountId;
import nl.schakel.organisation.Accounts;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Role;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.region.MunicipalityCode;

/** Signals in CSV and XLSX files, end to end through the pages, with the real intake and PostgreSQL. */
@SchakelIntegrationTest
class SignalFilesIntegrationTests {

	static final LocalDate SIGNAL_DATE = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(2);

	static final String DUTCH = SIGNAL_DATE.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));

	static final String HEADER = "Kenmerk;Naam;Postcode;Huisnummer;Achterstand;Achterstand sinds;Datum signaal";

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	record Creditor(OrganisationId id, SchakelUser user) {
	}

	Creditor creditor() {
		OrganisationId org = organisations.create("Waterbedrijf test " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.CREDITOR, null, List.of(new MunicipalityCode("0268")));
		AccountId id = accounts.createLocal(UUID.randomUUID() + "@water.test", "Wim Water", "a-long-enough-password",
				false);
		organisations.grant(org, id, Role.ORGANISATION_ADMIN);
		return new Creditor(org, accounts.load(id).orElseThrow());
	}

	static String row(String reference, String postcode, int number, String amount) {
		return reference + ";Test Persoon;" + postcode + ";" + number + ";" + amount + ";"
				+ SIGNAL_DATE.minusMonths(2).format(DateTimeFormatter.ofPattern("d-M-yyyy")) + ";" + DUTCH;
	}

	/** A water company's file: the type is not a column, so the mapping sets it. */
	static byte[] file(String... rows) {
		return (HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	String upload(SchakelUser user, String path, String name, byte[] content) throws Exception {
		String location = mvc
			.perform(multipart(path).file(new MockMultipartFile("bestand", name, "text/csv", content))
				.with(user(user))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith(path + "/");
		return location;
	}

	int stored(OrganisationId creditor) {
		return jdbc.sql("select count(*) from signal where creditor_id = ?").param(creditor.value()).query(Integer.class)
			.single();
	}

	@Test
	void oneBadRowAmongManyIsRefusedAloneAndNothingIsStoredBeforeConfirmation() throws Exception {
		Creditor c = creditor();
		String u = UUID.randomUUID().toString().substring(0, 6);
		String page = upload(c.user(), "/signalen/aanleveren", "signalen.csv",
				file(row("W-" + u + "-1", "6511 AB", 3, "123,45"), row("W-" + u + "-2", "9999", 4, "50"),
						row("W-" + u + "-3", "6512 CD", 5, "1.234,56")));
		// The type is not in the file: the page asks for it and stores nothing.
		mvc.perform(get(page).with(user(c.user())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies de kolom voor: Soort schuldeiser")));
		String form = "kolom-reference=0&kolom-name=1&kolom-postcode=2&kolom-house-number=3&kolom-amount=4"
				+ "&kolom-arrears-since=5&kolom-signal-date=6&soort=drinkwaterbedrijf";
		mvc.perform(post(page + "?" + form).with(user(c.user())).with(csrf()).param("actie", "bekijken"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("neemt Schakel 2 signalen aan")))
			.andExpect(content().string(containsString("De postcode klopt niet")));
		assertThat(stored(c.id())).isZero();

		mvc.perform(post(page + "?" + form).with(user(c.user())).with(csrf()).param("actie", "bevestigen"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 signalen aangenomen en opgeslagen. 1 regels niet")));
		assertThat(stored(c.id())).isEqualTo(2);
		assertThat(jdbc.sql("select arrears_cents from signal where creditor_id = ? order by arrears_cents")
			.param(c.id().value()).query(Long.class).list()).containsExactly(12_345L, 123_456L);

		String csv = mvc.perform(get(page + "/ontvangstbewijs.csv").with(user(c.user())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\"2\";\"W-" + u + "-1\";\"Aangenomen\"")
			.contains("\"3\";\"W-" + u + "-2\";\"Niet aangenomen\";\"De postcode klopt niet")
			.contains("\"4\";\"W-" + u + "-3\";\"Aangenomen\"");

		// The same file again, now with the saved mapping: recognised, nothing stored twice.
		String again = upload(c.user(), "/signalen/aanleveren", "signalen.csv",
				file(row("W-" + u + "-1", "6511 AB", 3, "123,45"), row("W-" + u + "-2", "9999", 4, "50"),
						row("W-" + u + "-3", "6512 CD", 5, "1.234,56")));
		mvc.perform(post(again).with(user(c.user())).with(csrf()).param("actie", "bevestigen"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 signalen aangenomen")));
		assertThat(stored(c.id())).isEqualTo(2);
	}

	@Test
	void aFileWithoutReferencesIsRecognisedByItsRowsWhenDeliveredAgain() throws Exception {
		Creditor c = creditor();
		byte[] content = ("Naam,Postcode,Huisnummer,Bedrag,Aantal maanden,Datum signaal,Soort schuldeiser\n"
				+ "Test Persoon,6513 EF,7,80.00,3," + SIGNAL_DATE + ",water\n").getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < 2; i++) {
			String page = upload(c.user(), "/signalen/aanleveren", "lijst.csv", content);
			mvc.perform(post(page).with(user(c.user())).with(csrf()).param("actie", "bevestigen"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("1 signalen aangenomen")));
		}
		assertThat(stored(c.id())).isEqualTo(1);
		assertThat(jdbc.sql("select arrears_since from signal where creditor_id = ?").param(c.id().value())
			.query(LocalDate.class).single()).isEqualTo(SIGNAL_DATE.minusMonths(3));
	}

	@Test
	void windows1252IsReadAsSuchAndOtherEncodingsAreRefused() throws Exception {
		Creditor c = creditor();
		String text = "Naam;Postcode;Huisnummer;Bedrag;Sinds;Datum signaal\r\nJosé Müller;6514 GH;9;10,00;"
				+ SIGNAL_DATE.minusMonths(1) + ";" + SIGNAL_DATE + "\r\n";
		String page = upload(c.user(), "/signalen/aanleveren", "excel.csv", text.getBytes(Charset.forName("windows-1252")));
		mvc.perform(get(page).with(user(c.user())))
			.andExpect(content().string(containsString("Schakel las de tekst als windows-1252.")));

		byte[] utf16 = text.getBytes(StandardCharsets.UTF_16);
		mvc.perform(multipart("/signalen/aanleveren").file(new MockMultipartFile("bestand", "u.csv", "text/csv", utf16))
			.with(user(c.user()))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Unicode-tekst (UTF-16)")));
		// 0x81 is neither UTF-8 nor Windows-1252.
		byte[] neither = ("Naam;Postcode\r\nA;B\r\nx\u0081y;6511 AB\r\n").getBytes(StandardCharsets.ISO_8859_1);
		mvc.perform(multipart("/signalen/aanleveren").file(new MockMultipartFile("bestand", "n.csv", "text/csv", neither))
			.with(user(c.user()))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("tekens in regel 3")));
		assertThat(stored(c.id())).isZero();
	}

	@Test
	void filesOfTheWrongKindOrSizeAreRefusedWhole() throws Exception {
		Creditor c = creditor();
		record Case(String name, byte[] content, String message) {
		}
		for (Case k : List.of(new Case("brief.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "geen CSV- of XLSX"),
				new Case("lijst.xlsx", file(row("X", "6511 AB", 1, "1")), "geen werkblad"),
				new Case("groot.csv", new byte[SignalFiles.MAX_BYTES + 1], "groter dan 5 MB"),
				new Case("leeg.csv", "Naam;Postcode\r\n".getBytes(StandardCharsets.UTF_8), "geen regels"))) {
			mvc.perform(multipart("/signalen/aanleveren")
				.file(new MockMultipartFile("bestand", k.name(), "application/octet-stream", k.content()))
				.with(user(c.user()))
				.with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString(k.message())));
		}
		assertThat(jdbc.sql("select count(*) from signal_upload where organisation_id = ?").param(c.id().value())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aWrongMappingStoresNothingAndAMappingStaysWithItsOrganisation() throws Exception {
		Creditor a = creditor();
		Creditor b = creditor();
		byte[] content = ("Ref,Wie,PC,Nr,Euro,Van,Op,Type\nM-" + UUID.randomUUID() + ",Test Persoon,6515 JK,2,99,"
				+ SIGNAL_DATE.minusMonths(2) + "," + SIGNAL_DATE + ",zorg\n").getBytes(StandardCharsets.UTF_8);
		String page = upload(a.user(), "/signalen/aanleveren", "eigen.csv", content);
		mvc.perform(post(page).with(user(a.user())).with(csrf()).param("actie", "bevestigen"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies de kolom voor: Postcode")))
			.andExpect(content().string(not(containsString("signalen opslaan"))));
		assertThat(stored(a.id())).isZero();

		String form = "kolom-reference=0&kolom-name=1&kolom-postcode=2&kolom-house-number=3&kolom-amount=4"
				+ "&kolom-arrears-since=5&kolom-signal-date=6&kolom-creditor-type=7";
		mvc.perform(post(page + "?" + form).with(user(a.user())).with(csrf()).param("actie", "bevestigen"))
			.andExpect(content().string(containsString("1 signalen aangenomen")));
		assertThat(stored(a.id())).isEqualTo(1);

		// A's saved mapping serves A's next file, and is not seen by B; B cannot open A's upload.
		String next = upload(a.user(), "/signalen/aanleveren", "eigen.csv", content);
		mvc.perform(get(next).with(user(a.user()))).andExpect(content().string(containsString("neemt Schakel 1 signalen")));
		String theirs = upload(b.user(), "/signalen/aanleveren", "eigen.csv", content);
		mvc.perform(get(theirs).with(user(b.user())))
			.andExpect(content().string(containsString("Kies de kolom voor: Postcode")));
		mvc.perform(get(next).with(user(b.user()))).andExpect(status().isNotFound());
		mvc.perform(get(next + "/ontvangstbewijs.csv").with(user(b.user()))).andExpect(status().isNotFound());
		mvc.perform(post(next).with(user(b.user())).with(csrf()).param("actie", "bevestigen"))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyCreditorsDeliverAndOnlyTheTeamImports() throws Exception {
		for (String login : List.of("maatje@schuldhulp.demo", "medewerker@nijmegen.demo", "wijkwerker@wijkteam.demo")) {
			SchakelUser other = accounts.loadForLogin(login).orElseThrow();
			mvc.perform(get("/signalen/aanleveren").with(user(other))).andExpect(status().isForbidden());
			mvc.perform(get("/vroegsignalering/import").with(user(other))).andExpect(status().isForbidden());
		}
		SchakelUser creditor = accounts.loadForLogin("incasso@waalkant.demo").orElseThrow();
		mvc.perform(get("/signalen/aanleveren").with(user(creditor))).andExpect(status().isOk());
		mvc.perform(get("/vroegsignalering/import").with(user(creditor))).andExpect(status().isForbidden());
		mvc.perform(get("/signalen/aanleveren")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aPlatformExportNamesItsCreditorsAndStaysInTheTeamsMunicipality() throws Exception {
		Creditor water = creditor();
		String name = organisations.byId(water.id()).orElseThrow().name();
		SchakelUser team = accounts.loadForLogin(SignalsDemo.TEAM_LOGIN).orElseThrow();
		String u = UUID.randomUUID().toString().substring(0, 6);
		var out = new ByteArrayOutputStream();
		try (var workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("Signalen");
			Object[][] cells = { { "Signaal ID", "Schuldeiser", "Type vaste last", "Voorletters", "Achternaam",
					"Postcode", "Huisnummer", "Bedrag", "Aantal maanden", "Aanleverdatum" },
					{ "P-" + u + "-1", name, "Water", "T.", "Persoon", "6516 LM", "11b", 45.5, 2.0, DUTCH },
					{ "P-" + u + "-2", "Onbekend Energiebedrijf", "Energie", "T.", "Persoon", "6516 LM", "11b", 80.0, 2.0,
							DUTCH },
					{ "P-" + u + "-3", name, "Water", "T.", "Persoon", "4001 AB", "3", 45.5, 2.0, DUTCH } };
			for (int r = 0; r < cells.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < cells[r].length; c++) {
					if (cells[r][c] instanceof Double d) {
						row.createCell(c).setCellValue(d);
					}
					else {
						row.createCell(c).setCellValue((String) cells[r][c]);
					}
				}
			}
			workbook.write(out);
		}
		String page = upload(team, "/vroegsignalering/import", "export.xlsx", out.toByteArray());
		mvc.perform(post(page).with(user(team)).with(csrf()).param("actie", "bevestigen"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 signalen aangenomen en opgeslagen. 2 regels niet")))
			.andExpect(content().string(containsString("Deze schuldeiser staat niet als organisatie in Schakel")))
			.andExpect(content().string(containsString("een gemeente die uw team niet bedient")));
		assertThat(jdbc.sql("select arrears_cents from signal where creditor_id = ?").param(water.id().value())
			.query(Long.class).list()).containsExactly(4_550L);
	}

}
