// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import static nl.schakel.signals.SignalFixtures.JSON;
import static nl.schakel.signals.SignalFixtures.at;
import static nl.schakel.signals.SignalFixtures.delivery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
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
import nl.schakel.audit.Actor;
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

/**
 * Retention, the DDAS delivery and the figures, end to end on PostgreSQL. The tests work in Heumen, where the demo has
 * no signals, so that moving the clock of the retention job removes only what these tests delivered.
 */
@SchakelIntegrationTest
class SignalReportingIntegrationTests {

	static final MunicipalityCode HEUMEN = new MunicipalityCode("0252");

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

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
	SignalRetention retention;

	@Autowired
	SignalFigures figures;

	@Autowired
	DdasExport export;

	@Autowired
	DdasSchemas schemas;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	LocalDate signalDate() {
		return LocalDate.now(clock.withZone(ZONE)).minusDays(2);
	}

	String creditorKey() {
		OrganisationId id = organisations.create("Schuldeiser " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.CREDITOR, null, List.of(HEUMEN));
		return apiClients.issue(id, "Incasso", Set.of(Scope.SIGNALS_WRITE)).key();
	}

	/** A municipality organisation for Heumen with one member of its vroegsignalering team. */
	record Team(OrganisationId organisation, SchakelUser member) {
	}

	Team team() {
		OrganisationId org = organisations.create("Gemeente Heumen test " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.MUNICIPALITY, null, List.of(HEUMEN));
		AccountId id = accounts.createLocal(UUID.randomUUID() + "@heumen.test", "Tess Team", "a-long-enough-password",
				false);
		organisations.grant(org, id, Role.VROEGSIGNALERING);
		return new Team(org, accounts.load(id).orElseThrow());
	}

	static ObjectNode inHeumen(ObjectNode signal) {
		var random = ThreadLocalRandom.current();
		int pc4 = List.of(6581, 6582, 6611, 6612).get(random.nextInt(4));
		String letters = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
		return at(signal, pc4 + " " + letters, 1 + random.nextInt(99_000));
	}

	ObjectNode rent(String name) {
		ObjectNode s = inHeumen(SignalFixtures.landlordSignal("H-" + UUID.randomUUID(), signalDate()));
		((ObjectNode) s.get("person")).put("name", name);
		return s;
	}

	ObjectNode insurerWithBsn() {
		ObjectNode s = inHeumen(SignalFixtures.waterSignal("Z-" + UUID.randomUUID(), signalDate()));
		s.put("creditorType", "zorgverzekeraar");
		((ObjectNode) s.get("person")).put("bsn", SignalFixtures.BSN);
		return s;
	}

	List<UUID> deliver(ObjectNode... signals) throws Exception {
		String body = mvc
			.perform(post("/api/v1/signals").header("Authorization", "Bearer " + creditorKey())
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(delivery(List.of(signals)))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<UUID> ids = new ArrayList<>();
		JSON.readTree(body).get("receipts").forEach(r -> ids.add(UUID.fromString(r.get("signalId").asString())));
		return ids;
	}

	UUID caseOf(UUID signal) {
		return jdbc.sql("select case_id from signal where id = ?").param(signal).query(UUID.class).single();
	}

	/** How many rows of any table in the schema hold this text anywhere: personal data must leave no trace. */
	long rowsHolding(String text) {
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'""").query(String.class).list();
		long rows = 0;
		for (String table : tables) {
			rows += jdbc.sql("select count(*) from \"" + table + "\" t where strpos(cast(t as text), ?) > 0")
				.param(text)
				.query(Long.class)
				.single();
		}
		return rows;
	}

	@Test
	void theRetentionJobRemovesExpiredCasesWithAMovedClockAndKeepsOnlyAnonymousCounts() throws Exception {
		Team team = team();
		List<UUID> signals = deliver(insurerWithBsn(), rent("Rosa Retentie"));
		UUID notPickedUp = caseOf(signals.get(0));
		UUID pickedUp = caseOf(signals.get(1));
		cases.assign(pickedUp, team.member().accountId(), team.member());
		List<String> traces = new ArrayList<>();
		jdbc.sql("select person, address_index, coalesce(bsn_index, address_index) from signal where id = any(?)")
			.param(signals.toArray(UUID[]::new))
			.query(rs -> {
				traces.add(rs.getString(1));
				traces.add(rs.getString(2));
				traces.add(rs.getString(3));
			});
		int year = signalDate().getYear();
		SignalFigures.Figures before = figures.figures(team.member(), HEUMEN.value(), year);

		SignalRetention.Run today = retention.purge(HEUMEN, clock);
		assertThat(jdbc.sql("select count(*) from signal_case where id in (?, ?)").params(notPickedUp, pickedUp)
			.query(Long.class).single()).isEqualTo(2);

		// Seven months on: the case nobody picked up is past its example term of 6 months; the other has 12.
		SignalRetention.Run later = retention.purge(HEUMEN, Clock.offset(clock, Duration.ofDays(213)));
		assertThat(later.casesRemoved()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select id from signal_case where id in (?, ?)").params(notPickedUp, pickedUp)
			.query(UUID.class).list()).containsExactly(pickedUp);

		SignalRetention.Run yearLater = retention.purge(HEUMEN, Clock.offset(clock, Duration.ofDays(370)));
		assertThat(yearLater.signalsRemoved()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from signal where id = any(?)").param(signals.toArray(UUID[]::new))
			.query(Long.class).single()).isZero();
		for (String trace : traces) {
			assertThat(rowsHolding(trace)).as("rows still holding encrypted data or a blind index").isZero();
		}
		assertThat(rowsHolding(notPickedUp.toString()) + rowsHolding(pickedUp.toString()))
			.as("only audit entries may name a removed case")
			.isEqualTo(audit.recent(new AuditQuery("signal-case", pickedUp.toString(), null, null, 50)).size());

		// The figures are the same, now from the anonymous counts.
		assertThat(figures.figures(team.member(), HEUMEN.value(), year)).isEqualTo(before);
		assertThat(jdbc.sql("select coalesce(sum(signals), 0) from signal_count where municipality_code = '0252'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(2);

		List<AuditRecord> runs = audit.recent(new AuditQuery("signal-retention-run", null, null, null, 50));
		assertThat(runs).extracting(AuditRecord::subjectId)
			.contains(today.id() + ":0252", later.id() + ":0252", yearLater.id() + ":0252");
		assertThat(runs).allSatisfy(r -> {
			assertThat(r.action()).isEqualTo(AuditAction.DELETE);
			assertThat(r.actorId()).isEqualTo(Actor.SYSTEM.id());
		});
	}

	@Test
	void theDdasFileValidatesCarriesNoNamesAndOnlyTheTeamGetsIt() throws Exception {
		Team team = team();
		List<UUID> signals = deliver(insurerWithBsn(), rent("Dirk Ddas"));
		String period = YearMonth.from(signalDate()).toString();

		String body = mvc.perform(get("/vroegsignalering/ddas.json").param("periode", period).with(user(team.member())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode document = JSON.readTree(body);
		assertThat(schemas.violations(DdasSchemas.Version.V1_2, document)).isEmpty();
		assertThat(body).doesNotContain("Dirk Ddas", "06 12345678", "test.persoon@example.org", "Test Persoon");
		JsonNode levering = document.get("leveringen").get(0);
		assertThat(levering.get("gemeentecode").asString()).isEqualTo("0252");
		// The file is ordered by case, and case ids are random: find the two signals by their ids.
		JsonNode[] mine = new JsonNode[2];
		levering.get("vroegsignalen").forEach(s -> {
			int index = signals.indexOf(UUID.fromString(s.get("ID").asString()));
			if (index >= 0) {
				mine[index] = s;
			}
		});
		assertThat(mine).doesNotContainNull();
		assertThat(mine[0].get("client").propertyNames()).containsExactly("burgerservicenummer");
		assertThat(mine[1].get("client").has("postcode")).isTrue();
		assertThat(mine[1].get("client").has("burgerservicenummer")).isFalse();
		assertThat(mine[1].get("signaalpartner").get("type").asString()).isEqualTo("Huur");
		assertThat(mine[1].get("bedrag").asLong()).isEqualTo(1450);
		assertThat(audit.recent(new AuditQuery("signal-ddas", null, team.member().accountId().value().toString(), null, 5)))
			.isNotEmpty()
			.allSatisfy(r -> assertThat(r.action()).isEqualTo(AuditAction.EXPORT));

		mvc.perform(get("/vroegsignalering/ddas").param("periode", period).with(user(team.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("DDAS")));
		mvc.perform(get("/vroegsignalering/ddas").param("periode", "morgen").with(user(team.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"fouten\"")));
		for (String login : List.of("medewerker@nijmegen.demo", "incasso@waalkant.demo", "wijkwerker@wijkteam.demo")) {
			SchakelUser other = accounts.loadForLogin(login).orElseThrow();
			mvc.perform(get("/vroegsignalering/ddas").with(user(other))).andExpect(status().isForbidden());
			mvc.perform(get("/vroegsignalering/ddas.json").param("periode", period).with(user(other)))
				.andExpect(status().isForbidden());
		}
		// The Nijmegen team gets Nijmegen only.
		String nijmegen = mvc.perform(get("/vroegsignalering/ddas.json").param("periode", period)
				.with(user(accounts.loadForLogin(SignalsDemo.TEAM_LOGIN).orElseThrow())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(nijmegen).doesNotContain(signals.get(0).toString()).contains("\"gemeentecode\":\"0268\"");
	}

	@Test
	void aDocumentWithANameInItCannotLeave() throws Exception {
		Team team = team();
		deliver(rent("Nina Naam"));
		LocalDate day = signalDate();
		ObjectNode document = export.forTeam(team.member(), day.withDayOfMonth(1), day);
		assertThat(JSON.writeValueAsString(document)).doesNotContain("Nina Naam");
		ObjectNode client = (ObjectNode) document.get("leveringen").get(0).get("vroegsignalen").get(0).get("client");
		client.put("naam", "Nina Naam");
		assertThatThrownBy(() -> export.checked(document)).isInstanceOf(DdasExportException.class);
	}

	@Test
	void cbsAsksTheDeliveryApiWithTheMunicipalitysClient() throws Exception {
		Team team = team();
		List<UUID> signals = deliver(rent("Api Aanvraag"));
		String key = apiClients.issue(team.organisation(), "CBS", Set.of(Scope.SIGNALS_REPORT)).key();
		String request = """
				{"aanleverperiodeStartdatum": "%s", "aanleverperiodeEinddatum": "%s", "page": 1}"""
			.formatted(signalDate().withDayOfMonth(1), signalDate());
		String body = mvc.perform(post("/api/ddas/v1/gegevens").header("Authorization", "Bearer " + key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(request))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode gegevens = JSON.readTree(body).get("gegevens");
		assertThat(schemas.violations(DdasSchemas.Version.V1_2, gegevens)).isEmpty();
		assertThat(body).contains(signals.get(0).toString()).doesNotContain("Api Aanvraag");

		mvc.perform(post("/api/ddas/v1/gegevens").header("Authorization", "Bearer " + key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"aanleverperiodeStartdatum\": \"gisteren\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/ddas/v1/gegevens").header("Authorization", "Bearer " + key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"aanleverperiodeStartdatum\": \"2026-01-01\", \"aanleverperiodeEinddatum\": \"2026-01-31\", \"naam\": \"x\"}"))
			.andExpect(status().isBadRequest());
		String noScope = apiClients.issue(team.organisation(), "Ander", Set.of(Scope.ORGANISATIONS_READ)).key();
		mvc.perform(post("/api/ddas/v1/gegevens").header("Authorization", "Bearer " + noScope)
				.contentType(MediaType.APPLICATION_JSON).content(request))
			.andExpect(status().isForbidden());
		OrganisationId creditor = organisations.create("Schuldeiser " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.CREDITOR, null, List.of(HEUMEN));
		String creditorKey = apiClients.issue(creditor, "Verkeerd", Set.of(Scope.SIGNALS_REPORT)).key();
		mvc.perform(post("/api/ddas/v1/gegevens").header("Authorization", "Bearer " + creditorKey)
				.contentType(MediaType.APPLICATION_JSON).content(request))
			.andExpect(status().isForbidden());
	}

	@Test
	void theFiguresPageAndCsvAreForTheTeamOnlyAndHideSmallNumbers() throws Exception {
		Team team = team();
		deliver(rent("Fien Figuur"));
		int year = signalDate().getYear();
		mvc.perform(get("/vroegsignalering/cijfers").param("jaar", Integer.toString(year)).with(user(team.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;10")))
			.andExpect(content().string(containsString("Divosa")));
		String csv = mvc.perform(get("/vroegsignalering/cijfers.csv").param("jaar", Integer.toString(year))
				.with(user(team.member())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).startsWith("table,row,signals").contains("\"total\"").contains("<10").doesNotContain("Fien");
		mvc.perform(get("/vroegsignalering/cijfers").param("jaar", "1999").with(user(team.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"fouten\"")));
		mvc.perform(get("/vroegsignalering/cijfers.csv").param("jaar", "twee").with(user(team.member())))
			.andExpect(status().isBadRequest());

		SchakelUser vera = accounts.loadForLogin(SignalsDemo.TEAM_LOGIN).orElseThrow();
		mvc.perform(get("/vroegsignalering/cijfers").with(user(vera)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("176.700")));
		for (String login : List.of("medewerker@nijmegen.demo", "coordinator@voedselbank.demo", "beheer@schakel.demo")) {
			SchakelUser other = accounts.loadForLogin(login).orElseThrow();
			mvc.perform(get("/vroegsignalering/cijfers").with(user(other))).andExpect(status().isForbidden());
			mvc.perform(get("/vroegsignalering/cijfers.csv").param("jaar", Integer.toString(year)).with(user(other)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/vroegsignalering/cijfers")).andExpect(status().is3xxRedirection());
	}

}
