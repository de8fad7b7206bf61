// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import static nl.schakel.signals.SignalFixtures.JSON;
import static nl.schakel.signals.SignalFixtures.delivery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.audit.AuditAction;
import nl.schakel.audit.AuditLog;
import nl.schakel.audit.AuditQuery;
import nl.schakel.audit.AuditRecord;
import nl.schakel.organisation.AccountId;
import nl.schakel.organisation.Accounts;
import nl.schakel.organisation.ApiClients;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Role;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.organisation.Scope;
import nl.schakel.region.MunicipalityCode;

/** Outreach on a case through its pages and the creditors' feedback API, end to end on PostgreSQL. */
@SchakelIntegrationTest
class OutreachIntegrationTests {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	static final MunicipalityCode NIJMEGEN = new MunicipalityCode("0268");

	/** Only these tests configure Heumen's outreach, so its number of attempts is theirs to choose. */
	static final MunicipalityCode HEUMEN = new MunicipalityCode("0252");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClients apiClients;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	Outreach outreach;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	/** A creditor with a key that delivers and reads its feedback. */
	record Creditor(OrganisationId id, String key) {
	}

	Creditor creditor(MunicipalityCode municipality) {
		OrganisationId id = organisations.create("Verhuurder " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.CREDITOR, null, List.of(municipality));
		return new Creditor(id, apiClients.issue(id, "Incasso", Set.of(Scope.SIGNALS_WRITE)).key());
	}

	/** Delivers one landlord signal of this name at a fresh address and returns its case. */
	UUID caseFor(Creditor creditor, String reference, String name, String postcode) throws Exception {
		return caseFor(creditor, reference, name, postcode, ThreadLocalRandom.current().nextInt(1, 90_000));
	}

	UUID caseFor(Creditor creditor, String reference, String name, String postcode, int number) throws Exception {
		ObjectNode signal = SignalFixtures.landlordSignal(reference, today().minusDays(2));
		SignalFixtures.at(signal, postcode, number);
		((ObjectNode) signal.get("person")).put("name", name);
		String body = mvc
			.perform(post("/api/v1/signals").header("Authorization", "Bearer " + creditor.key())
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(delivery(List.of(signal)))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID signalId = UUID.fromString(JSON.readTree(body).get("receipts").get(0).get("signalId").asString());
		return jdbc.sql("select case_id from signal where id = ?").param(signalId).query(UUID.class).single();
	}

	UUID nijmegenCase(Creditor creditor, String name) throws Exception {
		return caseFor(creditor, "H-" + UUID.randomUUID(), name, "6511 " + letters());
	}

	static String letters() {
		var random = ThreadLocalRandom.current();
		return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
	}

	SchakelUser team(MunicipalityCode municipality) {
		OrganisationId org = organisations.create("Gemeente team " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.MUNICIPALITY, null, List.of(municipality));
		AccountId id = accounts.createLocal(UUID.randomUUID() + "@gemeente.test", "Olga Outreach",
				"a-long-enough-password", false);
		organisations.grant(org, id, Role.VROEGSIGNALERING);
		return accounts.load(id).orElseThrow();
	}

	SchakelUser demo(String login) {
		return accounts.loadForLogin(login).orElseThrow();
	}

	MockHttpServletRequestBuilder attempt(UUID caseId, String kind, String date, String result) {
		return post("/vroegsignalering/zaken/" + caseId + "/contactpogingen").with(csrf())
			.param("soort", kind)
			.param("datum", date)
			.param("resultaat", result);
	}

	MockHttpServletRequestBuilder close(UUID caseId, String outcome, String date, String service) {
		return post("/vroegsignalering/zaken/" + caseId + "/afsluiten").with(csrf())
			.param("uitkomst", outcome)
			.param("datum", date)
			.param("dienst", service);
	}

	long attempts(UUID caseId) {
		return jdbc.sql("select count(*) from signal_contact_attempt where case_id = ?")
			.param(caseId)
			.query(Long.class)
			.single();
	}

	JsonNode feedback(String key, String since) throws Exception {
		return JSON.readTree(mvc
			.perform(get("/api/v1/signals/feedback").param("since", since).header("Authorization", "Bearer " + key))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	static String statusOf(JsonNode page, String reference) {
		for (JsonNode line : page.get("feedback")) {
			if (line.get("reference").asString().equals(reference)) {
				return line.get("status").asString();
			}
		}
		return null;
	}

	static String text(byte[] pdf) throws Exception {
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void aWorkerLogsAnAttemptAndClosesTheCaseWithoutJavaScriptAndEveryStepIsAudited() throws Exception {
		Creditor landlord = creditor(NIJMEGEN);
		UUID caseId = nijmegenCase(landlord, "Noor Nojs");
		SchakelUser worker = team(NIJMEGEN);
		String page = "/vroegsignalering/zaken/" + caseId;

		mvc.perform(attempt(caseId, "PHONE", today().toString(), "NOT_REACHED").with(user(worker)))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", page + "?gelogd#contact"));
		mvc.perform(attempt(caseId, "HOME_VISIT", today().toString(), "REACHED").with(user(worker)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(page).param("gelogd", "").with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De contactpoging is opgeslagen.")))
			.andExpect(content().string(containsString("Huisbezoek (erop af)")))
			.andExpect(content().string(containsString("Olga Outreach")));
		assertThat(jdbc.sql("select feedback_status from signal where case_id = ?").param(caseId).query(String.class)
			.single()).isEqualTo("CONTACT_GELEGD");

		mvc.perform(close(caseId, "REFERRED_DEBT_HELP", today().toString(), "").with(user(worker)))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", page + "?afgesloten#uitkomst"));
		mvc.perform(get(page).with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Doorverwezen naar schuldhulpverlening")))
			.andExpect(content().string(containsString("in hulpverlening")))
			.andExpect(content().string(not(containsString("Sla de poging op"))));
		var closed = jdbc.sql("""
				select c.outcome, c.closed_on, s.feedback_status from signal_case c join signal s on s.case_id = c.id
				where c.id = ?""")
			.param(caseId)
			.query((rs, n) -> List.of(rs.getString(1), rs.getDate(2).toLocalDate().toString(), rs.getString(3)))
			.single();
		assertThat(closed).containsExactly("REFERRED_DEBT_HELP", today().toString(), "IN_HULPVERLENING");

		List<AuditRecord> entries = audit.recent(new AuditQuery(null, null, worker.accountId().value().toString(), null, 50));
		assertThat(entries).extracting(AuditRecord::subjectKind, AuditRecord::action, AuditRecord::purpose)
			.contains(org.assertj.core.groups.Tuple.tuple("signal-contact-attempt", AuditAction.CREATE, "signals.outreach"),
					org.assertj.core.groups.Tuple.tuple("signal-outreach", AuditAction.READ, "signals.outreach"),
					org.assertj.core.groups.Tuple.tuple("signal-case", AuditAction.UPDATE, "signals.close"));
	}

	@Test
	void onlyTheTeamOfTheCasesMunicipalitySeesOrAddsOutreach() throws Exception {
		Creditor landlord = creditor(NIJMEGEN);
		UUID caseId = nijmegenCase(landlord, "Pien Privé");
		String page = "/vroegsignalering/zaken/" + caseId;
		SchakelUser elsewhere = team(HEUMEN);
		for (SchakelUser outsider : List.of(elsewhere, demo("wijkwerker@wijkteam.demo"),
				demo("medewerker@nijmegen.demo"), demo("coordinator@voedselbank.demo"))) {
			mvc.perform(attempt(caseId, "PHONE", today().toString(), "REACHED").with(user(outsider)))
				.andExpect(status().isForbidden());
			mvc.perform(close(caseId, "DECLINED", today().toString(), "").with(user(outsider)))
				.andExpect(status().isForbidden());
			mvc.perform(post(page + "/brief").with(csrf()).param("taal", "nl").with(user(outsider)))
				.andExpect(status().isForbidden());
			mvc.perform(get(page + "/aan-de-deur").with(user(outsider))).andExpect(status().isForbidden());
			mvc.perform(get(page + "/aan-de-deur/pdf").param("taal", "nl").with(user(outsider)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(attempt(caseId, "PHONE", today().toString(), "REACHED")).andExpect(status().is3xxRedirection());
		mvc.perform(get(page + "/aan-de-deur")).andExpect(status().is3xxRedirection());
		mvc.perform(attempt(caseId, "PHONE", today().toString(), "REACHED")
			.header("Authorization", "Bearer " + landlord.key())).andExpect(status().isForbidden());
		assertThat(attempts(caseId)).isZero();
		assertThatThrownBy(() -> outreach.view(caseId, elsewhere))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

		// The assigned worker is on the team, and so is everyone else on it.
		SchakelUser assigned = team(NIJMEGEN);
		mvc.perform(post(page + "/toewijzen").with(user(assigned)).with(csrf())
			.param("medewerker", assigned.accountId().value().toString())).andExpect(status().is3xxRedirection());
		mvc.perform(attempt(caseId, "SMS", today().toString(), "SENT").with(user(assigned)))
			.andExpect(status().is3xxRedirection());
		assertThat(attempts(caseId)).isEqualTo(1);
	}

	@Test
	void badInputIsRefusedWithItsReasonAndChangesNothing() throws Exception {
		UUID caseId = nijmegenCase(creditor(NIJMEGEN), "Bas Bad");
		SchakelUser worker = team(NIJMEGEN);
		String tomorrow = today().plusDays(1).toString();

		mvc.perform(attempt(caseId, "PHONE", tomorrow, "REACHED").with(user(worker)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"fouten\"")))
			.andExpect(content().string(containsString("De datum ligt in de toekomst.")))
			.andExpect(content().string(containsString("value=\"" + tomorrow + "\"")));
		mvc.perform(attempt(caseId, "FAX", today().toString(), "REACHED").with(user(worker)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kies de soort contact.")));
		mvc.perform(attempt(caseId, "PHONE", today().toString(), "").with(user(worker)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kies het resultaat.")));
		mvc.perform(attempt(caseId, "PHONE", today().toString(), "SENT").with(user(worker)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("past niet bij deze soort contact")));
		mvc.perform(attempt(caseId, "PHONE", "31-12-2026", "REACHED").with(user(worker)))
			.andExpect(status().isBadRequest());
		mvc.perform(attempt(caseId, "PHONE", today().minusYears(1).toString(), "REACHED").with(user(worker)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("voor de start van de zaak")));
		assertThat(attempts(caseId)).isZero();

		mvc.perform(close(caseId, "GIVEN_UP", today().toString(), "").with(user(worker)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kies een uitkomst.")));
		mvc.perform(close(caseId, "REFERRED_PARTNER", today().toString(), UUID.randomUUID().toString())
			.with(user(worker))).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kies de partner")));
		mvc.perform(close(caseId, "DECLINED", tomorrow, "").with(user(worker)))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select outcome from signal_case where id = ?").param(caseId).query(String.class)
			.optional()).isEmpty();

		mvc.perform(close(caseId, "DECLINED", today().toString(), "").with(user(worker)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(close(caseId, "HELP_ACCEPTED", today().toString(), "").with(user(worker)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Deze zaak is al gesloten.")));
		mvc.perform(attempt(caseId, "PHONE", today().toString(), "REACHED").with(user(worker)))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select outcome from signal_case where id = ?").param(caseId).query(String.class)
			.single()).isEqualTo("DECLINED");

		UUID tampered = UUID.randomUUID();
		mvc.perform(attempt(tampered, "PHONE", today().toString(), "REACHED").with(user(worker)))
			.andExpect(status().isNotFound());
		mvc.perform(close(tampered, "DECLINED", today().toString(), "").with(user(worker)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/vroegsignalering/zaken/" + tampered + "/aan-de-deur").with(user(worker)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/vroegsignalering/zaken/niet-een-zaak/contactpogingen").with(csrf()).with(user(worker))
			.param("soort", "PHONE")).andExpect(status().is4xxClientError());
	}

	@Test
	void aReferralNamesAServiceOfTheSocialMap() throws Exception {
		UUID caseId = nijmegenCase(creditor(NIJMEGEN), "Rik Referral");
		SchakelUser worker = team(NIJMEGEN);
		String page = mvc.perform(get("/vroegsignalering/zaken/" + caseId).with(user(worker)))
			.andReturn().getResponse().getContentAsString();
		var option = java.util.regex.Pattern.compile("<option value=\"([0-9a-f-]{36})\"[^>]*>([^<]+)</option>")
			.matcher(page.substring(page.indexOf("id=\"dienst\"")));
		assertThat(option.find()).as("a service of the sociale kaart to refer to").isTrue();
		String service = option.group(1);
		mvc.perform(close(caseId, "REFERRED_PARTNER", today().toString(), service).with(user(worker)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select referred_service_id from signal_case where id = ?").param(caseId)
			.query(UUID.class).single()).isEqualTo(UUID.fromString(service));
		mvc.perform(get("/vroegsignalering/zaken/" + caseId).with(user(worker)))
			.andExpect(content().string(containsString("Doorverwezen naar: ")));
	}

	@Test
	void aCaseClosesItselfAsNoContactAfterTheMunicipalitysNumberOfAttempts() throws Exception {
		outreach.configure(HEUMEN, new OutreachSettings(2, "Team Erop Af Heumen", "024 000 0000",
				"eropaf@heumen.example", "Raadhuis Heumen", "Besluit college Heumen (test)"));
		Creditor landlord = creditor(HEUMEN);
		String reference = "W-" + UUID.randomUUID();
		UUID caseId = caseFor(landlord, reference, "Gijs Geencontact", "6581 " + letters());
		SchakelUser worker = team(HEUMEN);
		mvc.perform(attempt(caseId, "LETTER", today().toString(), "SENT").with(user(worker)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select outcome from signal_case where id = ?").param(caseId).query(String.class)
			.optional()).isEmpty();
		mvc.perform(attempt(caseId, "HOME_VISIT", today().toString(), "NOT_REACHED").with(user(worker)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select outcome from signal_case where id = ?").param(caseId).query(String.class).single())
			.isEqualTo("NO_CONTACT");
		mvc.perform(get("/vroegsignalering/zaken/" + caseId).param("gelogd", "").with(user(worker)))
			.andExpect(content().string(containsString("de zaak is gesloten als &#39;geen contact&#39;")));
		assertThat(statusOf(feedback(landlord.key(), ""), reference)).isEqualTo("GEEN_CONTACT");

		// Once someone was reached, failed attempts no longer close the case.
		UUID reached = caseFor(landlord, "W-" + UUID.randomUUID(), "Rosa Reached", "6582 " + letters());
		outreach.logAttempt(reached, "PHONE", today().toString(), "REACHED", worker);
		outreach.logAttempt(reached, "PHONE", today().toString(), "NOT_REACHED", worker);
		Outreach.View view = outreach.logAttempt(reached, "PHONE", today().toString(), "NOT_REACHED", worker);
		assertThat(view.closed()).isFalse();
		assertThat(view.attempts()).hasSize(3);
	}

	@Test
	void theLetterNamesNoAmountOrCreditorAndCountsAsAnAttempt() throws Exception {
		Creditor landlord = creditor(NIJMEGEN);
		String creditorName = organisations.byId(landlord.id()).orElseThrow().name();
		UUID caseId = nijmegenCase(landlord, "Lotte Letter");
		SchakelUser worker = team(NIJMEGEN);
		String path = "/vroegsignalering/zaken/" + caseId + "/brief";

		byte[] dutch = mvc.perform(post(path).with(csrf()).param("taal", "nl").with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		String nl = text(dutch);
		assertThat(nl).contains("Lotte Letter", "Onze hulp is gratis.", OutreachSettings.EXAMPLE.phone(),
				"Wet gemeentelijke schuldhulpverlening");
		assertThat(nl).doesNotContain(creditorName, "1450", "1.450", "1,450", "145000", "€");
		try (PDDocument document = Loader.loadPDF(dutch)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Hulp bij geldzaken");
		}
		String en = text(mvc.perform(post(path).with(csrf()).param("taal", "en").with(user(worker)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(en).contains("Our help is free.", "Dear Lotte Letter").doesNotContain(creditorName, "€");

		assertThat(jdbc.sql("select kind || '/' || result from signal_contact_attempt where case_id = ?")
			.param(caseId).query(String.class).list()).containsExactly("LETTER/SENT", "LETTER/SENT");
		assertThat(audit.recent(new AuditQuery("signal-case", caseId.toString(), null, null, 20)))
			.extracting(AuditRecord::purpose).contains("signals.letter");

		mvc.perform(post(path).with(csrf()).param("taal", "xx").with(user(worker)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kies een taal voor de brief.")));
		assertThat(attempts(caseId)).isEqualTo(2);
	}

	@Test
	void theDoorOverviewShowsSchemesAndHelpButNothingPersonal() throws Exception {
		UUID caseId = nijmegenCase(creditor(NIJMEGEN), "Daan Deur");
		SchakelUser worker = team(NIJMEGEN);
		String path = "/vroegsignalering/zaken/" + caseId + "/aan-de-deur";
		mvc.perform(get(path).with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Regelingen die u misschien niet krijgt")))
			.andExpect(content().string(containsString("Zorgtoeslag")))
			.andExpect(content().string(containsString("Hulp bij u in de buurt")))
			.andExpect(content().string(not(containsString("Daan Deur"))))
			.andExpect(content().string(not(containsString("1.450"))));
		String pdf = text(mvc.perform(get(path + "/pdf").param("taal", "en").with(user(worker)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(pdf).contains("Schemes you may be missing", "Help near you", "Our help is free.")
			.doesNotContain("Daan Deur", "6511", "1,450", "1.450");
		mvc.perform(get(path + "/pdf").param("taal", "xx").with(user(worker))).andExpect(status().isBadRequest());
		assertThat(audit.recent(new AuditQuery("signal-case", caseId.toString(), null, null, 20)))
			.extracting(AuditRecord::purpose).contains("signals.door");
	}

	@Test
	void aCreditorFetchesTheStatusOfItsOwnSignalsOnly() throws Exception {
		Creditor landlord = creditor(NIJMEGEN);
		Creditor other = creditor(NIJMEGEN);
		String reference = "F-" + UUID.randomUUID();
		Instant before = Instant.now().minusSeconds(1);
		UUID caseId = caseFor(landlord, reference, "Fay Feedback", "6511 " + letters());
		SchakelUser worker = team(NIJMEGEN);

		JsonNode received = feedback(landlord.key(), before.toString());
		assertThat(statusOf(received, reference)).isEqualTo("ONTVANGEN");
		assertThat(received.get("complete").asBoolean()).isTrue();
		assertThat(received.toString()).doesNotContain("Fay Feedback", "145000", "priority", "outcome");

		outreach.logAttempt(caseId, "PHONE", today().toString(), "REACHED", worker);
		Instant reachedAt = Instant.now();
		assertThat(statusOf(feedback(landlord.key(), before.toString()), reference)).isEqualTo("CONTACT_GELEGD");
		outreach.close(caseId, "HELP_ACCEPTED", today().toString(), "", worker);
		JsonNode helped = feedback(landlord.key(), reachedAt.toString());
		assertThat(statusOf(helped, reference)).isEqualTo("IN_HULPVERLENING");
		assertThat(helped.get("feedback")).allSatisfy(line -> assertThat(line.propertyNames()).containsExactlyInAnyOrder("reference", "status", "since"));
		assertThat(statusOf(feedback(landlord.key(), today().plusDays(1).toString()), reference)).isNull();

		// Another creditor, even of the same municipality, never sees this signal.
		assertThat(statusOf(feedback(other.key(), ""), reference)).isNull();

		// A read-only key of the creditor works; keys without the scope or of another kind of organisation do not.
		String readOnly = apiClients.issue(landlord.id(), "Incasso-status", Set.of(Scope.SIGNALS_READ)).key();
		assertThat(statusOf(feedback(readOnly, before.toString()), reference)).isEqualTo("IN_HULPVERLENING");
		String noScope = apiClients.issue(landlord.id(), "Kaart", Set.of(Scope.DIRECTORY_WRITE)).key();
		mvc.perform(get("/api/v1/signals/feedback").header("Authorization", "Bearer " + noScope))
			.andExpect(status().isForbidden());
		OrganisationId partner = organisations.create("Partner " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.PARTNER, null, List.of(NIJMEGEN));
		String partnerKey = apiClients.issue(partner, "Partner", Set.of(Scope.SIGNALS_READ)).key();
		mvc.perform(get("/api/v1/signals/feedback").header("Authorization", "Bearer " + partnerKey))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/signals/feedback")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/signals/feedback").with(user(worker))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/signals/feedback").param("since", "gisteren")
			.header("Authorization", "Bearer " + landlord.key()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(audit.recent(new AuditQuery("signal-feedback", landlord.id().value().toString(), null, null, 20)))
			.isNotEmpty();
	}

	@Test
	void aTeamSetsItsOwnContactDetailsAndTheLetterUsesThem() throws Exception {
		MunicipalityCode tiel = new MunicipalityCode("0281");
		SchakelUser worker = team(tiel);
		mvc.perform(get("/vroegsignalering/instellingen").with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Instellingen voor contact")));
		mvc.perform(post("/vroegsignalering/instellingen").with(csrf()).with(user(worker))
			.param("gemeente", "0281").param("pogingen", "0").param("team", "Team Tiel").param("telefoon", "0344 000")
			.param("email", "geen-adres").param("adres", "Stadhuis Tiel").param("bron", "Besluit (test)"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vul een aantal van 1 tot 20 in.")))
			.andExpect(content().string(containsString("Vul een e-mailadres in")))
			.andExpect(content().string(containsString("value=\"Team Tiel\"")));
		String phone = "0344 " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		mvc.perform(post("/vroegsignalering/instellingen").with(csrf()).with(user(worker))
			.param("gemeente", "0281").param("pogingen", "4").param("team", "Team Erop Af Tiel")
			.param("telefoon", phone).param("email", "eropaf@tiel.example").param("adres", "Stadhuis Tiel")
			.param("bron", "Besluit college Tiel (test)"))
			.andExpect(status().is3xxRedirection());
		assertThat(outreach.settings(tiel).phone()).isEqualTo(phone);
		assertThat(outreach.settings(tiel).maxAttempts()).isEqualTo(4);

		for (SchakelUser outsider : List.of(team(NIJMEGEN), demo("wijkwerker@wijkteam.demo"))) {
			mvc.perform(post("/vroegsignalering/instellingen").with(csrf()).with(user(outsider))
				.param("gemeente", "0281").param("pogingen", "1").param("team", "Overgenomen")
				.param("telefoon", "1").param("email", "a@b.nl").param("adres", "x").param("bron", "x"))
				.andExpect(status().isForbidden());
		}
		assertThat(outreach.settings(tiel).teamName()).isEqualTo("Team Erop Af Tiel");

		UUID caseId = caseFor(creditor(tiel), "T-" + UUID.randomUUID(), "Tom Tiel", "4001 " + letters());
		String letter = text(mvc.perform(post("/vroegsignalering/zaken/" + caseId + "/brief").with(csrf())
			.param("taal", "nl").with(user(worker))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(letter).contains(phone, "Team Erop Af Tiel", "eropaf@tiel.example");
	}

	@Test
	void aSignalAfterClosingLetsTheTeamReopenAndOnlyTheNewSignalStartsOver() throws Exception {
		Creditor landlord = creditor(NIJMEGEN);
		Creditor water = creditor(NIJMEGEN);
		String postcode = "6512 " + letters();
		int number = ThreadLocalRandom.current().nextInt(1, 90_000);
		String first = "R-" + UUID.randomUUID();
		UUID caseId = caseFor(landlord, first, "Ria Reopen", postcode, number);
		SchakelUser worker = team(NIJMEGEN);
		String page = "/vroegsignalering/zaken/" + caseId;
		outreach.logAttempt(caseId, "PHONE", today().toString(), "NOT_REACHED", worker);
		outreach.logAttempt(caseId, "PHONE", today().toString(), "REACHED", worker);
		outreach.close(caseId, "HELP_ACCEPTED", today().toString(), "", worker);
		mvc.perform(post(page + "/heropenen").with(csrf()).with(user(worker)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Er is geen nieuw signaal na het sluiten.")));

		String second = "R-" + UUID.randomUUID();
		assertThat(caseFor(water, second, "Ria Reopen", postcode, number)).isEqualTo(caseId);
		assertThat(statusOf(feedback(landlord.key(), ""), first)).isEqualTo("IN_HULPVERLENING");
		assertThat(statusOf(feedback(water.key(), ""), second)).isEqualTo("ONTVANGEN");
		mvc.perform(get(page).with(user(worker)))
			.andExpect(content().string(containsString("Na het sluiten kwamen er 1 nieuwe signalen binnen.")));
		mvc.perform(post(page + "/heropenen").with(csrf()).with(user(team(HEUMEN))))
			.andExpect(status().isForbidden());

		mvc.perform(post(page + "/heropenen").with(csrf()).with(user(worker)))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", page + "?heropend#contact"));
		Outreach.View reopened = outreach.view(caseId, worker).orElseThrow();
		assertThat(reopened.closed()).isFalse();
		assertThat(reopened.attempts()).hasSize(2);
		assertThat(reopened.attemptsWithoutContact()).isZero();
		mvc.perform(post(page + "/heropenen").with(csrf()).with(user(worker))).andExpect(status().isBadRequest());

		outreach.logAttempt(caseId, "LETTER", today().toString(), "SENT", worker);
		assertThat(outreach.view(caseId, worker).orElseThrow().attemptsWithoutContact()).isEqualTo(1);
		outreach.close(caseId, "DECLINED", today().toString(), "", worker);
		assertThat(statusOf(feedback(water.key(), ""), second)).isEqualTo("AFGESLOTEN");
		assertThat(statusOf(feedback(landlord.key(), ""), first)).isEqualTo("IN_HULPVERLENING");
		assertThat(jdbc.sql("select outcome from signal_case_closure where case_id = ?").param(caseId)
			.query(String.class).list()).containsExactly("HELP_ACCEPTED");
		assertThat(audit.recent(new AuditQuery("signal-case", caseId.toString(), null, null, 30)))
			.extracting(AuditRecord::purpose).contains("signals.reopen");
	}

}
