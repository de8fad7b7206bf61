// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web.schemeeditor;

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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.organisation.AccountId;
import nl.schakel.organisation.Accounts;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Role;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.schemes.Household;
import nl.schakel.schemes.LocalSchemes;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.Person;
import nl.schakel.schemes.SchemeDrafts;
import nl.schakel.schemes.Schemes;
import nl.schakel.schemes.Tri;

/**
 * The scheme editor end to end against PostgreSQL: drafts, four eyes, dates of effect, stale drafts, tampered fields,
 * parameter sheets, and who may see what. Each test makes its own municipality organisation and scheme, in Tiel
 * (0281), which has no shipped local schemes, so no other test sees them.
 */
@SchakelIntegrationTest
class SchemeEditorIntegrationTests {

	private static final MunicipalityCode TIEL = new MunicipalityCode("0281");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	LocalSchemes schemes;

	@Autowired
	SchemeDrafts drafts;

	/** Two members of staff of one new municipality organisation in Tiel. */
	record Team(SchakelUser author, SchakelUser reviewer) {
	}

	Team team() {
		OrganisationId org = organisations.create("Gemeente test " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.MUNICIPALITY, null, List.of(TIEL));
		return new Team(member(org, "Ans Auteur"), member(org, "Rik Reviewer"));
	}

	SchakelUser member(OrganisationId org, String name) {
		AccountId id = accounts.createLocal(UUID.randomUUID() + "@gemeente.test", name, "a-long-enough-password", false);
		organisations.grant(org, id, Role.MUNICIPAL_STAFF);
		return accounts.load(id).orElseThrow();
	}

	static String newId() {
		return "tiel-test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String yaml(String id, String amount, String validFrom) {
		String source = "{titel: \"Testbron\", url: \"https://example.org/bron\"}";
		return """
				id: %s
				gemeente: "0281"
				sjabloon: vast_bedrag
				naam: {nl: Testregeling, en: Test scheme}
				uitleg: {nl: Een regeling om te testen., en: A scheme for testing.}
				bron: %s
				geldig_vanaf: %s
				aanvragen: {link: "https://example.org/aanvragen"}
				documenten: []
				telt_als_inkomen: nee
				parameters:
				  inkomensgrens:
				    eenheid: euro
				    waarden:
				      - {vanaf: 2025-01-01, waarde: "1500", bron: %s}
				  bijdrage:
				    eenheid: euro
				    waarden:
				      - {vanaf: 2025-01-01, waarde: "%s", bron: %s}
				voorwaarden:
				  woonplaats:
				    voorwaarde: {woont_in_gemeente: ja}
				    bron: %s
				    uitleg_niet: {nl: Alleen voor inwoners., en: Only for residents.}
				  inkomen:
				    voorwaarde: {inkomen_tot: inkomensgrens}
				    bron: %s
				    uitleg_niet: {nl: Uw inkomen is te hoog., en: Your income is too high.}
				bedrag:
				  - per_jaar: bijdrage
				""".formatted(id, source, validFrom, source, amount, source, source, source);
	}

	/** Imports a YAML file as the author and has the reviewer approve it: version 1 of a new scheme. */
	String published(Team team, String amount) {
		String id = newId();
		UUID draft = importYaml(team.author(), yaml(id, amount, "2025-01-01"));
		decide(team.reviewer(), draft, true, "Klopt met het besluit.");
		assertThat(schemes.current(id)).isPresent();
		return id;
	}

	UUID importYaml(SchakelUser user, String yaml) {
		try {
			String location = mvc.perform(multipart("/beheer/regelingen/import")
				.file(new MockMultipartFile("bestand", "regeling.yaml", "application/yaml",
						yaml.getBytes(StandardCharsets.UTF_8)))
				.with(user(user)).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
			return UUID.fromString(location.substring(location.lastIndexOf('/') + 1).replace("?opgeslagen", ""));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	String decide(SchakelUser user, UUID draft, boolean approve, String comment) {
		try {
			return mvc.perform(post("/beheer/regelingen/concepten/" + draft + (approve ? "/goedkeuren" : "/afwijzen"))
				.param("opmerking", comment).with(user(user)).with(csrf()))
				.andReturn().getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	String statusOf(UUID draft) {
		return jdbc.sql("select status from schemes_local_draft where id = ?").param(draft).query(String.class).single();
	}

	long draftsOf(String id) {
		return jdbc.sql("select count(*) from schemes_local_draft where scheme_id = ?").param(id).query(Long.class)
			.single();
	}

	static MoneyRange perYear(Schemes engine, String id, LocalDate on) {
		Household household = Household.single(Person.unknown().withAge(40)
			.withMonthlyNetIncome(MoneyRange.exactly(Money.euros(1200))).withAssets(MoneyRange.ZERO)
			.withHealthInsured(Tri.TRUE)).withMunicipality("0281");
		return engine.evaluateOne(household, on, Period.year(on.getYear()), id).orElseThrow().result(id).orElseThrow()
			.perYear();
	}

	@Test
	void aSecondMemberOfStaffApprovesADraftAndItAppliesOnlyFromItsValidityDate() throws Exception {
		Team team = team();
		String id = published(team, "150");
		// The author changes the amount from 2030; until then the first version keeps applying.
		String location = mvc.perform(post("/beheer/regelingen/" + id + "/yaml")
			.param("yaml", yaml(id, "175", "2030-01-01")).param("versie", "1").param("toelichting", "Nieuw bedrag")
			.with(user(team.author())).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		UUID draft = UUID.fromString(location.replaceAll(".*/concepten/([0-9a-f-]{36}).*", "$1"));
		mvc.perform(get("/beheer/regelingen/concepten/" + draft).with(user(team.reviewer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("parameters.bijdrage.waarden[2025-01-01].waarde")))
			.andExpect(content().string(containsString("Was: 150")))
			.andExpect(content().string(containsString("Wordt: 175")))
			.andExpect(content().string(containsString("id=\"personas\"")))
			.andExpect(content().string(containsString("id=\"impact\"")));

		assertThat(decide(team.author(), draft, true, "")).contains("eigen concept");
		assertThat(statusOf(draft)).isEqualTo("OPEN");
		assertThat(schemes.current(id).orElseThrow().version()).isEqualTo(1);

		decide(team.reviewer(), draft, true, "Akkoord");
		assertThat(statusOf(draft)).isEqualTo("APPROVED");
		assertThat(schemes.current(id).orElseThrow().version()).isEqualTo(2);
		assertThat(schemes.current(id).orElseThrow().effectiveFrom()).isEqualTo(LocalDate.of(2030, 1, 1));
		assertThat(perYear(schemes.engine(LocalDate.of(2029, 12, 31)), id, LocalDate.of(2029, 12, 31)).min())
			.isEqualTo(Money.euros(150));
		assertThat(perYear(schemes.engine(LocalDate.of(2030, 1, 1)), id, LocalDate.of(2030, 1, 1)).min())
			.isEqualTo(Money.euros(175));
		assertThat(jdbc.sql("select purpose from audit_event where subject_kind = 'local-scheme' and subject_id = ?"
				+ " order by seq").param(id).query(String.class).list())
			.containsSubsequence("schemes.editor.draft", "schemes.editor.approve", "schemes.editor.draft",
					"schemes.editor.approve");
		mvc.perform(get("/beheer/regelingen/" + id).with(user(team.author())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("goedgekeurd door Rik Reviewer, werd versie 2")))
			.andExpect(content().string(containsString("concept gemaakt door Ans Auteur")))
			.andExpect(content().string(containsString("Versie 2 gaat in op 1-1-2030")))
			.andExpect(content().string(containsString("Toelichting: Akkoord")));
	}

	@Test
	void aDraftMadeFromAVersionThatWasReplacedCannotBeApproved() {
		Team team = team();
		String id = published(team, "150");
		UUID first = drafts.propose(yaml(id, "160", "2025-01-01"), "yaml", null,
				new SchemeDrafts.Author(team.author().accountId().value(), "Ans"), 1, Set.of("0281"), id).id();
		UUID second = drafts.propose(yaml(id, "170", "2025-01-01"), "yaml", null,
				new SchemeDrafts.Author(team.author().accountId().value(), "Ans"), 1, Set.of("0281"), id).id();
		decide(team.reviewer(), first, true, "");
		assertThat(decide(team.reviewer(), second, true, "")).contains("nieuwere versie");
		assertThat(statusOf(second)).isEqualTo("OPEN");
		assertThat(schemes.current(id).orElseThrow().version()).isEqualTo(2);
	}

	@Test
	void rejectingNeedsACommentAndChangesNothingInTheScheme() {
		Team team = team();
		String id = published(team, "150");
		UUID draft = drafts.propose(yaml(id, "160", "2025-01-01"), "yaml", null,
				new SchemeDrafts.Author(team.author().accountId().value(), "Ans"), 1, Set.of("0281"), id).id();
		assertThat(decide(team.reviewer(), draft, false, " ")).contains("Schrijf bij afwijzen waarom");
		assertThat(statusOf(draft)).isEqualTo("OPEN");
		decide(team.reviewer(), draft, false, "Bron ontbreekt");
		assertThat(statusOf(draft)).isEqualTo("REJECTED");
		assertThat(schemes.current(id).orElseThrow().version()).isEqualTo(1);
		assertThat(decide(team.reviewer(), draft, true, "")).contains("al besloten");
	}

	@Test
	void theFormSavesADraftAndNamesEveryBadFieldInPlainDutchWithoutSaving() throws Exception {
		Team team = team();
		String id = published(team, "150");
		SchemeForm form = SchemeForm.of(schemes.current(id).orElseThrow().document());
		long before = draftsOf(id);
		String amount = "p-" + index(form, "bijdrage") + "-w-0-";
		String limit = "p-" + index(form, "inkomensgrens") + "-";
		String income = "c-" + form.conditions().stream().map(SchemeForm.Cond::id).toList().indexOf("inkomen") + "-";

		MultiValueMap<String, String> noSource = params(form);
		noSource.set(amount + "bron_url", "");
		// The page posts one empty parameter row; showing the errors adds one again, not a second.
		noSource.set("parameters", String.valueOf(form.parameters().size() + 1));
		assertErrors(team.author(), id, noSource, amount + "bron_url", "Elke waarde heeft een bron");
		mvc.perform(post("/beheer/regelingen/" + id + "/bewerken").params(noSource).with(user(team.author())).with(csrf()))
			.andExpect(content().string(containsString(
					"name=\"parameters\" value=\"" + (form.parameters().size() + 1) + "\"")));

		MultiValueMap<String, String> badDate = params(form);
		badDate.set(amount + "vanaf", "1-1-2026");
		assertErrors(team.author(), id, badDate, amount + "vanaf", "Vul een datum in zoals 2026-01-01");

		MultiValueMap<String, String> wrongUnit = params(form);
		wrongUnit.set(limit + "eenheid", "procent");
		assertErrors(team.author(), id, wrongUnit, limit + "eenheid", "must have unit euro, not procent");

		MultiValueMap<String, String> percentage = params(form);
		percentage.set(limit + "eenheid", "procent");
		percentage.set(limit + "w-0-waarde", "1000");
		percentage.set(income + "t-0-term", "inkomen_tot_procent_van_norm");
		assertErrors(team.author(), id, percentage, limit + "w-0-waarde", "Een percentage ligt tussen 0 en 300");

		MultiValueMap<String, String> tamperedId = params(form);
		tamperedId.set("id", "nijmegen-meedoenregeling");
		assertErrors(team.author(), id, tamperedId, "controle", "De code van de regeling is veranderd");

		MultiValueMap<String, String> tamperedMunicipality = params(form);
		tamperedMunicipality.set("gemeente", "0268");
		assertErrors(team.author(), id, tamperedMunicipality, "controle", "hoort bij een andere gemeente");

		MultiValueMap<String, String> tamperedVersion = params(form);
		tamperedVersion.set("versie", "7");
		assertErrors(team.author(), id, tamperedVersion, "controle", "nieuwere versie");

		assertErrors(team.author(), id, params(form), "controle", "U heeft niets veranderd");
		assertThat(draftsOf(id)).isEqualTo(before);

		MultiValueMap<String, String> changed = params(form);
		changed.set("naam_en", "Test scheme of Tiel");
		changed.set(amount + "waarde", "160.50");
		mvc.perform(post("/beheer/regelingen/" + id + "/bewerken").params(changed).with(user(team.author())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(draftsOf(id)).isEqualTo(before + 1);
		SchemeDrafts.Draft draft = drafts.of(id).getFirst();
		assertThat(draft.yaml()).contains("Test scheme of Tiel", "160.50");
		assertThat(draft.baseVersion()).isEqualTo(1);
		assertThat(draft.origin()).isEqualTo("form");
	}

	@Test
	void validationAsTheAuthorTypesAnswersOnlyTheSummary() throws Exception {
		Team team = team();
		String id = published(team, "150");
		MultiValueMap<String, String> params = params(SchemeForm.of(schemes.current(id).orElseThrow().document()));
		params.set("bron_titel", "");
		mvc.perform(post("/beheer/regelingen/valideren").params(params).with(user(team.author())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"controle\"")))
			.andExpect(content().string(containsString("href=\"#bron_titel\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aNewSchemeStartsFromATemplateAndTheFormRoundTripsExistingSchemes() throws Exception {
		Team team = team();
		mvc.perform(get("/beheer/regelingen/nieuw").param("sjabloon", "bijzondere_bijstand").with(user(team.author())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"draagkrachtpercentage\"")))
			.andExpect(content().string(containsString("value=\"kosten_boven_draagkracht\" selected")));
		for (var stored : schemes.currentOf(null)) {
			SchemeForm form = SchemeForm.of(stored.document());
			assertThat(form.check(SchemeDrafts.vocabulary())).as(stored.id()).isEmpty();
			assertThat(SchemeDrafts.check(form.yaml())).as(stored.id()).isEmpty();
			assertThat(SchemeDrafts.tree(form.yaml())).as(stored.id())
				.isEqualTo(SchemeDrafts.tree(SchemeDrafts.yaml(stored.document())));
		}
	}

	@Test
	void parameterSheetsGoOutAndComeBackAsADraftAllOrNothing() throws Exception {
		Team team = team();
		String id = published(team, "150");
		byte[] sheet = mvc.perform(get("/beheer/regelingen/" + id + "/parameters.xlsx").with(user(team.author())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		byte[] edited;
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var rows = book.getSheetAt(0);
			assertThat(rows.getRow(0).getCell(0).getStringCellValue()).isEqualTo("parameter");
			var row = rows.createRow(rows.getLastRowNum() + 1);
			row.createCell(0).setCellValue("bijdrage");
			row.createCell(1).setCellValue("euro");
			row.createCell(2).setCellValue("2027-01-01");
			row.createCell(3).setCellValue(180);
			row.createCell(4).setCellValue("Raadsbesluit 2026");
			row.createCell(5).setCellValue("https://example.org/besluit");
			book.write(out);
			edited = out.toByteArray();
		}
		byte[] bad;
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(edited));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var rows = book.getSheetAt(0);
			rows.getRow(1).getCell(2).setCellValue("1 januari");
			rows.getRow(2).getCell(5).setCellValue("");
			book.write(out);
			bad = out.toByteArray();
		}
		long before = draftsOf(id);
		mvc.perform(multipart("/beheer/regelingen/" + id + "/parameters")
			.file(new MockMultipartFile("bestand", "p.xlsx", "application/octet-stream", bad))
			.with(user(team.author())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"fouten\"")))
			.andExpect(content().string(containsString("Rij 2, kolom vanaf")))
			.andExpect(content().string(containsString("Rij 3, kolom bron_url")));
		assertThat(draftsOf(id)).isEqualTo(before);
		mvc.perform(multipart("/beheer/regelingen/" + id + "/parameters")
			.file(new MockMultipartFile("bestand", "p.xlsx", "application/octet-stream", edited))
			.with(user(team.author())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		SchemeDrafts.Draft draft = drafts.of(id).getFirst();
		assertThat(draft.origin()).isEqualTo("xlsx");
		assertThat(draft.yaml()).contains("2027-01-01", "'180'", "Raadsbesluit 2026");
		String exported = mvc.perform(get("/beheer/regelingen/" + id + "/export.yaml").with(user(team.author())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(SchemeDrafts.check(exported)).isEmpty();
	}

	@Test
	void aYamlImportForAnotherMunicipalityIsRefusedAndNothingIsStored() throws Exception {
		Team team = team();
		String id = newId();
		String other = yaml(id, "150", "2025-01-01").replace("\"0281\"", "\"0268\"");
		mvc.perform(multipart("/beheer/regelingen/import")
			.file(new MockMultipartFile("bestand", "r.yaml", "application/yaml", other.getBytes(StandardCharsets.UTF_8)))
			.with(user(team.author())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hoort bij een andere gemeente")));
		String broken = yaml(id, "150", "2025-01-01").replace("inkomen_tot:", "inkomen_x:");
		mvc.perform(multipart("/beheer/regelingen/import")
			.file(new MockMultipartFile("bestand", "r.yaml", "application/yaml", broken.getBytes(StandardCharsets.UTF_8)))
			.with(user(team.author())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("unknown term")));
		assertThat(draftsOf(id)).isZero();
	}

	@Test
	void otherRolesGet403AndStaffOfOtherMunicipalitiesGet404() throws Exception {
		Team team = team();
		String id = published(team, "150");
		UUID draft = drafts.propose(yaml(id, "160", "2025-01-01"), "yaml", null,
				new SchemeDrafts.Author(team.author().accountId().value(), "Ans"), 1, Set.of("0281"), id).id();
		for (String login : List.of("curator@nijmegen.demo", "maatje@schuldhulp.demo", "coordinator@voedselbank.demo",
				"vroegsignalering@nijmegen.demo")) {
			SchakelUser other = accounts.loadForLogin(login).orElseThrow();
			mvc.perform(get("/beheer/regelingen").with(user(other))).andExpect(status().isForbidden());
			mvc.perform(get("/beheer/regelingen/" + id).with(user(other))).andExpect(status().isForbidden());
			mvc.perform(post("/beheer/regelingen/concepten/" + draft + "/goedkeuren").with(user(other)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		SchakelUser nijmegen = accounts.loadForLogin("medewerker@nijmegen.demo").orElseThrow();
		List<MockHttpServletRequestBuilder> requests = List.of(get("/beheer/regelingen/" + id),
				get("/beheer/regelingen/" + id + "/bewerken"), get("/beheer/regelingen/" + id + "/export.yaml"),
				get("/beheer/regelingen/" + id + "/parameters.xlsx"), get("/beheer/regelingen/concepten/" + draft),
				post("/beheer/regelingen/concepten/" + draft + "/goedkeuren").with(csrf()),
				post("/beheer/regelingen/" + id + "/yaml").param("yaml", "x").with(csrf()));
		for (MockHttpServletRequestBuilder request : requests) {
			mvc.perform(request.with(user(nijmegen))).andExpect(status().isNotFound());
		}
		assertThat(statusOf(draft)).isEqualTo("OPEN");
		mvc.perform(get("/beheer/regelingen").with(user(nijmegen)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/beheer/regelingen/nijmegen-meedoenregeling")))
			.andExpect(content().string(not(containsString(id))))
			.andExpect(content().string(not(containsString("groningen-"))));
		mvc.perform(get("/beheer/regelingen/groningen-individuele-inkomenstoeslag").with(user(nijmegen)))
			.andExpect(status().isNotFound());
		SchakelUser admin = accounts.loadForLogin("beheer@schakel.demo").orElseThrow();
		mvc.perform(get("/beheer/regelingen").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id)))
			.andExpect(content().string(containsString("groningen-individuele-inkomenstoeslag")));
		mvc.perform(get("/beheer/regelingen")).andExpect(status().is3xxRedirection());
		SchakelUser second = accounts.loadForLogin("beleid@nijmegen.demo").orElseThrow();
		mvc.perform(get("/beheer/regelingen").with(user(second))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/beheer/regelingen/nijmegen-meedoenregeling")));
	}

	static int index(SchemeForm form, String parameter) {
		return form.parameters().stream().map(SchemeForm.Param::name).toList().indexOf(parameter);
	}

	/** The request parameters the edit form posts for this form, as the page renders them. */
	static MultiValueMap<String, String> params(SchemeForm f) {
		MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
		p.add("actie", "opslaan");
		p.add("versie", "1");
		p.add("id", f.id());
		p.add("gemeente", f.municipality());
		p.add("sjabloon", f.template());
		p.add("extra", f.extra());
		p.add("geldig_vanaf", f.validFrom());
		p.add("geldig_tot", f.validUntil());
		p.add("naam_nl", f.nameNl());
		p.add("naam_en", f.nameEn());
		p.add("uitleg_nl", f.descriptionNl());
		p.add("uitleg_en", f.descriptionEn());
		p.add("bron_titel", f.sourceTitle());
		p.add("bron_url", f.sourceUrl());
		p.add("aanvragen_link", f.applyLink());
		p.add("aanvragen_formulier", f.applyForm());
		p.add("aanvragen_organisatie", f.applyOrganisation());
		p.add("telt_als_inkomen", f.countsAsIncome());
		p.add("documenten", String.valueOf(f.documents().size()));
		for (int i = 0; i < f.documents().size(); i++) {
			p.add("doc-" + i + "-nl", f.documents().get(i).nl());
			p.add("doc-" + i + "-en", f.documents().get(i).en());
		}
		p.add("parameters", String.valueOf(f.parameters().size()));
		for (int i = 0; i < f.parameters().size(); i++) {
			SchemeForm.Param param = f.parameters().get(i);
			p.add("p-" + i + "-naam", param.name());
			p.add("p-" + i + "-eenheid", param.unit());
			p.add("p-" + i + "-omschrijving", param.description());
			p.add("p-" + i + "-waarden", String.valueOf(param.values().size()));
			for (int j = 0; j < param.values().size(); j++) {
				SchemeForm.Value v = param.values().get(j);
				String w = "p-" + i + "-w-" + j + "-";
				p.add(w + "vanaf", v.from());
				p.add(w + "waarde", v.value());
				p.add(w + "bron_titel", v.sourceTitle());
				p.add(w + "bron_url", v.sourceUrl());
			}
		}
		p.add("voorwaarden", String.valueOf(f.conditions().size()));
		for (int i = 0; i < f.conditions().size(); i++) {
			SchemeForm.Cond c = f.conditions().get(i);
			String cc = "c-" + i + "-";
			p.add(cc + "id", c.id());
			p.add(cc + "combinatie", c.combine());
			p.add(cc + "yaml", c.raw());
			p.add(cc + "bron_titel", c.sourceTitle());
			p.add(cc + "bron_url", c.sourceUrl());
			p.add(cc + "uitleg_nl", c.explainNl());
			p.add(cc + "uitleg_en", c.explainEn());
			p.add(cc + "termen", String.valueOf(c.terms().size()));
			for (int k = 0; k < c.terms().size(); k++) {
				term(p, cc + "t-" + k + "-", c.terms().get(k));
			}
		}
		p.add("bedragen", String.valueOf(f.amounts().size()));
		for (int i = 0; i < f.amounts().size(); i++) {
			SchemeForm.Amount a = f.amounts().get(i);
			String aa = "a-" + i + "-";
			p.add(aa + "soort", a.kind());
			p.add(aa + "parameter", a.parameter());
			p.add(aa + "kind_vanaf", a.childFrom());
			p.add(aa + "kind_onder", a.childBelow());
			term(p, aa + "als-", a.when());
		}
		return p;
	}

	private static void term(MultiValueMap<String, String> p, String prefix, SchemeForm.TermRow t) {
		if (t.not()) {
			p.add(prefix + "niet", "ja");
		}
		p.add(prefix + "term", t.term());
		p.add(prefix + "arg", t.arg());
		p.add(prefix + "arg2", t.arg2());
	}

	private void assertErrors(SchakelUser user, String id, MultiValueMap<String, String> params, String field,
			String text) throws Exception {
		mvc.perform(post("/beheer/regelingen/" + id + "/bewerken").params(params).with(user(user)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"fouten\"")))
			.andExpect(content().string(containsString("href=\"#" + field + "\"")))
			.andExpect(content().string(containsString(text)));
	}

}
