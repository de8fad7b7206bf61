// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import static nl.schakel.signals.SignalFixtures.JSON;
import static nl.schakel.signals.SignalFixtures.at;
import static nl.schakel.signals.SignalFixtures.delivery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.audit.AuditAction;
import nl.schakel.audit.AuditLog;
import nl.schakel.audit.AuditQuery;
import nl.schakel.audit.AuditRecord;
import nl.schakel.organisation.Accounts;
import nl.schakel.organisation.ApiClients;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.organisation.Scope;
import nl.schakel.region.MunicipalityCode;

@SchakelIntegrationTest
class SignalCasesIntegrationTests {

	static final LocalDate SIGNAL_DATE = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(2);

	static final MunicipalityCode NIJMEGEN = new MunicipalityCode("0268");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClients apiClients;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	SignalCases cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	String creditorKey() {
		OrganisationId id = organisations.create("Schuldeiser " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.CREDITOR, null, List.of(NIJMEGEN));
		return apiClients.issue(id, "Incasso", Set.of(Scope.SIGNALS_WRITE)).key();
	}

	JsonNode deliver(String key, ObjectNode... signals) throws Exception {
		String body = mvc
			.perform(post("/api/v1/signals").header("Authorization", "Bearer " + key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(delivery(List.of(signals)))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body);
	}

	UUID caseOf(JsonNode receipt, int index) {
		UUID signal = UUID.fromString(receipt.get("receipts").get(index).get("signalId").asString());
		return jdbc.sql("select case_id from signal where id = ?").param(signal).query(UUID.class).single();
	}

	String priorityOf(UUID caseId) {
		return jdbc.sql("select priority from signal_case where id = ?").param(caseId).query(String.class).single();
	}

	static String address() {
		var random = ThreadLocalRandom.current();
		return (6511 + random.nextInt(10)) + " " + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
	}

	static ObjectNode rent(String postcode, int number, int months) {
		ObjectNode s = at(SignalFixtures.landlordSignal("H-" + UUID.randomUUID(), SIGNAL_DATE), postcode, number);
		((ObjectNode) s.get("arrears")).put("since", SIGNAL_DATE.minusMonths(months).toString());
		return s;
	}

	static ObjectNode water(String postcode, int number) {
		ObjectNode s = at(SignalFixtures.waterSignal("W-" + UUID.randomUUID(), SIGNAL_DATE), postcode, number);
		((ObjectNode) s.get("arrears")).put("since", SIGNAL_DATE.minusDays(45).toString());
		return s;
	}

	SchakelUser team(MunicipalityCode municipality) {
		return SignalFixtures.team(organisations, accounts, municipality);
	}

	SchakelUser demo(String login) {
		return accounts.loadForLogin(login).orElseThrow();
	}

	@Test
	void signalsOfTwoCreditorsAtOneAddressMakeOneHighPriorityCaseThatExplainsWhy() throws Exception {
		String postcode = address();
		int number = ThreadLocalRandom.current().nextInt(1, 90_000);
		UUID rentCase = caseOf(deliver(creditorKey(), rent(postcode, number, 1)), 0);
		assertThat(priorityOf(rentCase)).isEqualTo("NORMAL");

		ObjectNode water = water(postcode.replace(" ", "").toLowerCase(), number);
		UUID waterCase = caseOf(deliver(creditorKey(), water), 0);

		assertThat(waterCase).isEqualTo(rentCase);
		assertThat(priorityOf(rentCase)).isEqualTo("HIGH");
		SignalCases.CaseView view = cases.open(rentCase, team(NIJMEGEN)).orElseThrow();
		assertThat(view.signals()).hasSize(2);
		assertThat(view.findings()).anySatisfy(f -> {
			assertThat(f.rule()).isEqualTo(Triage.Rule.CREDITORS);
			assertThat(f.value()).isEqualTo(2);
			assertThat(f.threshold()).isEqualTo(2);
			assertThat(f.fired()).isTrue();
		});
		assertThat(view.examplePolicy()).isTrue();
	}

	@Test
	void aHouseholdWithADifferentAddressButTheSameBsnStaysOneCase() throws Exception {
		ObjectNode first = water(address(), ThreadLocalRandom.current().nextInt(1, 90_000));
		first.put("creditorType", "zorgverzekeraar");
		((ObjectNode) first.get("person")).put("bsn", "123456782");
		ObjectNode moved = first.deepCopy();
		moved.put("reference", "Z-" + UUID.randomUUID());
		at(moved, address(), ThreadLocalRandom.current().nextInt(1, 90_000));
		String key = creditorKey();
		UUID one = caseOf(deliver(key, first), 0);
		UUID two = caseOf(deliver(key, moved), 0);
		assertThat(two).isEqualTo(one);
	}

	@Test
	void anEndOfSupplySignalMakesTheCaseUrgent() throws Exception {
		ObjectNode end = at(SignalFixtures.endOfSupplySignal("E-" + UUID.randomUUID(), SIGNAL_DATE), address(),
				ThreadLocalRandom.current().nextInt(1, 90_000));
		((ObjectNode) end.get("arrears")).put("since", SIGNAL_DATE.minusDays(60).toString());
		assertThat(priorityOf(caseOf(deliver(creditorKey(), end), 0))).isEqualTo("URGENT");
	}

	@Test
	void aMunicipalityThatChoosesItsOwnRulesGetsThemAndTheirSource() throws Exception {
		MunicipalityCode tiel = new MunicipalityCode("0281");
		cases.configure(tiel, new TriagePolicy(1, 1, 0, true, "Besluit college Tiel (test)"));
		ObjectNode one = at(water("4001 AA", 1), "4001 " + (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + "Z",
				ThreadLocalRandom.current().nextInt(1, 90_000));
		UUID caseId = caseOf(deliver(creditorKey(), one), 0);
		assertThat(priorityOf(caseId)).isEqualTo("HIGH");
		assertThat(cases.open(caseId, team(tiel)).orElseThrow().policy().source()).isEqualTo("Besluit college Tiel (test)");
	}

	@Test
	void onlyTheTeamOfTheMunicipalitySeesCasesAndEveryReadAndAssignmentIsAudited() throws Exception {
		ObjectNode signal = rent(address(), ThreadLocalRandom.current().nextInt(1, 90_000), 3);
		((ObjectNode) signal.get("person")).put("name", "Zeno Zichtbaar");
		UUID caseId = caseOf(deliver(creditorKey(), signal), 0);
		String page = "/vroegsignalering/zaken/" + caseId;

		for (String login : List.of("incasso@waalkant.demo", "coordinator@voedselbank.demo", "medewerker@nijmegen.demo",
				"wijkwerker@wijkteam.demo")) {
			mvc.perform(get("/vroegsignalering").with(user(demo(login)))).andExpect(status().isForbidden());
			mvc.perform(get(page).with(user(demo(login)))).andExpect(status().isForbidden());
		}
		mvc.perform(get(page).with(user(team(new MunicipalityCode("0281"))))).andExpect(status().isForbidden());
		mvc.perform(get(page)).andExpect(status().is3xxRedirection());
		String creditor = creditorKey();
		mvc.perform(get(page).header("Authorization", "Bearer " + creditor)).andExpect(status().isForbidden());

		SchakelUser worker = team(NIJMEGEN);
		mvc.perform(get("/vroegsignalering").with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(caseId.toString())))
			.andExpect(content().string(not(containsString("Zeno Zichtbaar"))));
		mvc.perform(get(page).with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zeno Zichtbaar")))
			.andExpect(content().string(containsString("Besluit gemeentelijke schuldhulpverlening")));
		List<AuditRecord> reads = audit.recent(new AuditQuery("signal-case", caseId.toString(), null, null, 10));
		assertThat(reads).singleElement().satisfies(r -> {
			assertThat(r.action()).isEqualTo(AuditAction.READ);
			assertThat(r.actorId()).isEqualTo(worker.accountId().value().toString());
		});

		mvc.perform(post(page + "/toewijzen").with(user(worker)).with(csrf())
			.param("medewerker", worker.accountId().value().toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select assigned_to from signal_case where id = ?").param(caseId).query(UUID.class).single())
			.isEqualTo(worker.accountId().value());
		assertThat(audit.recent(new AuditQuery("signal-case", caseId.toString(), null, null, 10)))
			.extracting(AuditRecord::action)
			.contains(AuditAction.UPDATE);

		mvc.perform(post(page + "/toewijzen").with(user(worker)).with(csrf())
			.param("medewerker", demo("medewerker@nijmegen.demo").accountId().value().toString()))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/vroegsignalering/zaken/" + UUID.randomUUID()).with(user(worker)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDemoHouseholdWithRentAndWaterArrearsIsOneHighCase() {
		SchakelUser vera = demo(SignalsDemo.TEAM_LOGIN);
		SignalCases.Queue queue = cases.queue(vera, "dukenburg");
		assertThat(queue.items()).anySatisfy(item -> {
			assertThat(item.creditors()).isEqualTo(2);
			assertThat(item.priority()).isEqualTo(Priority.HIGH);
			assertThat(item.neighbourhood()).isEqualTo("Dukenburg");
		});
	}

}
