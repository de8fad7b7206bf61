// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import static nl.schakel.signals.SignalFixtures.JSON;
import static nl.schakel.signals.SignalFixtures.delivery;
import static nl.schakel.signals.SignalFixtures.landlordSignal;
import static nl.schakel.signals.SignalFixtures.somewhereInNijmegen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.audit.AuditLog;
import nl.schakel.audit.AuditQuery;
import nl.schakel.organisation.ApiClients;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Scope;
import nl.schakel.region.MunicipalityCode;

@SchakelIntegrationTest
class SignalIntakeIntegrationTests {

	static final LocalDate SIGNAL_DATE = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(3);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClients apiClients;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	record Creditor(OrganisationId id, String key) {
	}

	Creditor creditor(OrganisationKind kind) {
		OrganisationId id = organisations.create("Schuldeiser " + UUID.randomUUID().toString().substring(0, 8), kind,
				null, List.of(new MunicipalityCode("0268")));
		return new Creditor(id, apiClients.issue(id, "Incasso", Set.of(Scope.SIGNALS_WRITE)).key());
	}

	JsonNode deliver(Creditor creditor, JsonNode body) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/signals").header("Authorization", "Bearer " + creditor.key())
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body)))
			.andExpect(status().isOk())
			.andReturn();
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	static ObjectNode valid() {
		return somewhereInNijmegen(landlordSignal("REF-" + UUID.randomUUID(), SIGNAL_DATE));
	}

	long stored(OrganisationId creditor) {
		return jdbc.sql("select count(*) from signal where creditor_id = ?").param(creditor.value()).query(Long.class)
			.single();
	}

	@Test
	void acceptsAValidLandlordSignalStoresItEncryptedAndAuditsTheWrite() throws Exception {
		Creditor creditor = creditor(OrganisationKind.CREDITOR);
		ObjectNode signal = valid();
		signal.put("creditorId", creditor.id().toString());
		JsonNode receipt = deliver(creditor, delivery(List.of(signal)));

		assertThat(receipt.get("accepted").asInt()).isEqualTo(1);
		JsonNode first = receipt.get("receipts").get(0);
		assertThat(first.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(first.get("index").asInt()).isZero();
		assertThat(first.get("reference").asString()).isEqualTo(signal.get("reference").asString());
		assertThat(receipt.toString()).doesNotContain("Test Persoon", "6 12345678");

		String person = jdbc.sql("select person from signal where id = ?")
			.param(UUID.fromString(first.get("signalId").asString()))
			.query(String.class)
			.single();
		assertThat(person).startsWith("v1:").doesNotContain("Test", "Persoon", "example.org");
		assertThat(audit.recent(new AuditQuery("signal-delivery", receipt.get("deliveryId").asString(), null, null, 5)))
			.singleElement()
			.satisfies(e -> assertThat(e.actorId()).isNotBlank());
	}

	static Stream<Arguments> refusals() {
		return Stream.of(
				refusal("unknown creditor type", s -> s.put("creditorType", "telecom"), RefusalReason.CREDITOR_TYPE_INVALID),
				refusal("no reference", s -> s.remove("reference"), RefusalReason.REFERENCE_INVALID),
				refusal("unknown kind", s -> s.put("kind", "boete"), RefusalReason.KIND_INVALID),
				refusal("no name", s -> person(s).remove("name"), RefusalReason.NAME_INVALID),
				refusal("birth date after signal", s -> person(s).put("birthDate", "2999-01-01"), RefusalReason.BIRTH_DATE_INVALID),
				refusal("BSN failing the elfproef", s -> {
					s.put("creditorType", "zorgverzekeraar");
					s.remove("priorSteps");
					person(s).put("bsn", "123456789");
				}, RefusalReason.BSN_INVALID),
				refusal("a BSN from a landlord", s -> person(s).put("bsn", "111222333"), RefusalReason.BSN_NOT_ALLOWED),
				refusal("postcode without letters", s -> address(s).put("postcode", "6511"), RefusalReason.POSTCODE_INVALID),
				refusal("unknown postcode", s -> address(s).put("postcode", "9999 ZZ"), RefusalReason.POSTCODE_OUTSIDE_REGION),
				refusal("house number zero", s -> address(s).put("houseNumber", 0), RefusalReason.HOUSE_NUMBER_INVALID),
				refusal("house number as text", s -> address(s).put("houseNumber", "twaalf"), RefusalReason.HOUSE_NUMBER_INVALID),
				refusal("bad phone", s -> ((ObjectNode) s.get("contact")).put("phone", "bel me"), RefusalReason.PHONE_INVALID),
				refusal("bad e-mail", s -> ((ObjectNode) s.get("contact")).put("email", "geen-adres"), RefusalReason.EMAIL_INVALID),
				refusal("zero amount", s -> arrears(s).put("amountCents", 0), RefusalReason.AMOUNT_INVALID),
				refusal("amount in euros with decimals", s -> arrears(s).put("amountCents", 12.5), RefusalReason.AMOUNT_INVALID),
				refusal("arrears after signal", s -> arrears(s).put("since", SIGNAL_DATE.plusDays(1).toString()), RefusalReason.ARREARS_SINCE_INVALID),
				refusal("signal in the future", s -> s.put("signalDate", SIGNAL_DATE.plusDays(30).toString()), RefusalReason.SIGNAL_DATE_INVALID),
				refusal("impossible date", s -> s.put("signalDate", "2026-02-30"), RefusalReason.SIGNAL_DATE_INVALID),
				refusal("end of supply without date", s -> s.put("kind", "eindelevering"), RefusalReason.END_OF_SUPPLY_DATE_INVALID),
				refusal("end of supply from a landlord", s -> s.put("kind", "eindelevering").put("endOfSupplyDate", SIGNAL_DATE.plusDays(40).toString()), RefusalReason.END_OF_SUPPLY_NOT_ENERGY),
				refusal("landlord without prior steps", s -> s.remove("priorSteps"), RefusalReason.PRIOR_STEPS_MISSING),
				refusal("no personal contact tried", s -> steps(s).put("personalContactAttempted", false), RefusalReason.PRIOR_STEP_PERSONAL_CONTACT),
				refusal("not pointed to debt help", s -> steps(s).put("pointedToDebtHelp", false), RefusalReason.PRIOR_STEP_DEBT_HELP),
				refusal("no written reminder", s -> steps(s).remove("writtenReminderDate"), RefusalReason.PRIOR_STEP_WRITTEN_REMINDER),
				refusal("no offer to share", s -> steps(s).put("offeredToShareData", false), RefusalReason.PRIOR_STEP_OFFER_TO_SHARE),
				refusal("tenant objected", s -> steps(s).put("tenantObjected", true), RefusalReason.TENANT_OBJECTED),
				refusal("another creditor named", s -> s.put("creditorId", UUID.randomUUID().toString()), RefusalReason.FOREIGN_CREDITOR));
	}

	private static Arguments refusal(String name, Consumer<ObjectNode> change, RefusalReason reason) {
		return Arguments.of(name, change, reason);
	}

	private static ObjectNode person(ObjectNode s) {
		return (ObjectNode) s.get("person");
	}

	private static ObjectNode address(ObjectNode s) {
		return (ObjectNode) s.get("address");
	}

	private static ObjectNode arrears(ObjectNode s) {
		return (ObjectNode) s.get("arrears");
	}

	private static ObjectNode steps(ObjectNode s) {
		return (ObjectNode) s.get("priorSteps");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusals")
	void refusesASignalWithItsReasonAndStoresNothingOfIt(String name, Consumer<ObjectNode> change,
			RefusalReason reason) throws Exception {
		Creditor creditor = creditor(OrganisationKind.CREDITOR);
		ObjectNode good = valid();
		ObjectNode bad = valid();
		change.accept(bad);
		JsonNode receipt = deliver(creditor, delivery(List.of(good, bad)));

		JsonNode refused = receipt.get("receipts").get(1);
		assertThat(refused.get("index").asInt()).isEqualTo(1);
		assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
		List<String> codes = new ArrayList<>();
		refused.get("reasons").forEach(r -> codes.add(r.get("code").asString()));
		assertThat(codes).contains(reason.name());
		assertThat(refused.get("reasons").get(0).get("explanation").asString()).isNotBlank();
		assertThat(receipt.get("receipts").get(0).get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(stored(creditor.id())).isEqualTo(1);
	}

	@Test
	void aLandlordRefusalCitesTheBesluit() {
		assertThat(RefusalReason.PRIOR_STEPS_MISSING.explanation()).contains("Besluit gemeentelijke schuldhulpverlening art. 2");
	}

	@Test
	void aRedeliveredSignalGetsItsFirstReceiptAndIsNotStoredTwice() throws Exception {
		Creditor creditor = creditor(OrganisationKind.CREDITOR);
		ObjectNode signal = valid();
		JsonNode first = deliver(creditor, delivery(List.of(signal)));
		JsonNode again = deliver(creditor, delivery(List.of(signal, signal)));

		assertThat(again.get("receipts").get(0).get("signalId")).isEqualTo(first.get("receipts").get(0).get("signalId"));
		assertThat(again.get("receipts").get(1).get("signalId")).isEqualTo(first.get("receipts").get(0).get("signalId"));
		assertThat(again.get("receipts").get(0).get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(stored(creditor.id())).isEqualTo(1);
	}

	@Test
	void theSameReferenceFromAnotherCreditorIsAnotherSignal() throws Exception {
		ObjectNode signal = valid();
		Creditor one = creditor(OrganisationKind.CREDITOR);
		Creditor two = creditor(OrganisationKind.CREDITOR);
		deliver(one, delivery(List.of(signal)));
		deliver(two, delivery(List.of(signal)));
		assertThat(stored(one.id()) + stored(two.id())).isEqualTo(2);
	}

	@Test
	void malformedJsonGetsAProblemAndStoresNothing() throws Exception {
		Creditor creditor = creditor(OrganisationKind.CREDITOR);
		mvc.perform(post("/api/v1/signals").header("Authorization", "Bearer " + creditor.key())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"signals\": [ {\"reference\": \"x\", "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Body is not valid JSON"));
		for (String body : List.of("[]", "{}", "{\"signals\": []}", "{\"signals\": {}}", "42")) {
			mvc.perform(post("/api/v1/signals").header("Authorization", "Bearer " + creditor.key())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("Nothing of this delivery was stored")));
		}
		assertThat(stored(creditor.id())).isZero();
	}

	@Test
	void onlyAuthenticatedCreditorClientsWithTheScopeDeliver() throws Exception {
		String body = JSON.writeValueAsString(delivery(List.of(valid())));
		mvc.perform(post("/api/v1/signals").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/signals").header("Authorization", "Bearer sk_wrong_key")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isUnauthorized());

		Creditor partner = creditor(OrganisationKind.PARTNER);
		mvc.perform(post("/api/v1/signals").header("Authorization", "Bearer " + partner.key())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Not a creditor"));

		OrganisationId creditor = organisations.create("Zonder scope " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.CREDITOR, null, List.of(new MunicipalityCode("0268")));
		String readOnly = apiClients.issue(creditor, "Lezen", Set.of(Scope.ORGANISATIONS_READ)).key();
		mvc.perform(post("/api/v1/signals").header("Authorization", "Bearer " + readOnly)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		assertThat(stored(partner.id()) + stored(creditor)).isZero();
	}

	@Test
	void aDeliveryOfTenThousandWithOneBadSignalStoresTheOthersAndNamesTheBadOne() throws Exception {
		Creditor creditor = creditor(OrganisationKind.CREDITOR);
		List<ObjectNode> signals = new ArrayList<>();
		for (int i = 0; i < SignalIntake.MAX_SIGNALS; i++) {
			signals.add(valid());
		}
		((ObjectNode) signals.get(6_789)).put("creditorType", "zorgverzekeraar");
		((ObjectNode) signals.get(6_789).get("person")).put("bsn", "123456789");
		JsonNode receipt = deliver(creditor, delivery(signals));

		assertThat(receipt.get("accepted").asInt()).isEqualTo(9_999);
		assertThat(receipt.get("refused").asInt()).isEqualTo(1);
		JsonNode bad = receipt.get("receipts").get(6_789);
		assertThat(bad.get("index").asInt()).isEqualTo(6_789);
		assertThat(bad.get("reasons").get(0).get("code").asString()).isEqualTo("BSN_INVALID");
		assertThat(stored(creditor.id())).isEqualTo(9_999);

		signals.add(valid());
		mvc.perform(post("/api/v1/signals").header("Authorization", "Bearer " + creditor.key())
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(delivery(signals)))).andExpect(status().isBadRequest());
		assertThat(stored(creditor.id())).isEqualTo(9_999);
	}

	/**
	 * Property: whatever a creditor sends (damaged signals, wrong types, truncated JSON), the answer is never a server
	 * error, every signal gets exactly one receipt in order, and exactly the accepted signals are stored.
	 */
	@Test
	void randomDeliveriesNeverCauseAServerErrorOrAPartialDelivery() throws Exception {
		Random random = new Random(6_2026);
		for (int run = 0; run < 40; run++) {
			Creditor creditor = creditor(OrganisationKind.CREDITOR);
			List<JsonNode> signals = new ArrayList<>();
			int size = 1 + random.nextInt(25);
			for (int i = 0; i < size; i++) {
				ObjectNode signal = valid();
				signals.add(random.nextBoolean() ? signal : SignalMutations.mutate(signal, random));
			}
			String body = JSON.writeValueAsString(delivery(signals));
			if (random.nextInt(8) == 0) {
				body = body.substring(0, random.nextInt(body.length()));
			}
			MvcResult result = mvc.perform(post("/api/v1/signals").header("Authorization", "Bearer " + creditor.key())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andReturn();
			int status = result.getResponse().getStatus();
			assertThat(status).as("run %d", run).isIn(200, 400);
			if (status == 400) {
				assertThat(stored(creditor.id())).isZero();
				continue;
			}
			JsonNode receipt = JSON.readTree(result.getResponse().getContentAsString());
			JsonNode receipts = receipt.get("receipts");
			assertThat(receipts.size()).isEqualTo(size);
			Set<String> accepted = new java.util.HashSet<>();
			for (int i = 0; i < size; i++) {
				assertThat(receipts.get(i).get("index").asInt()).isEqualTo(i);
				if (receipts.get(i).get("status").asString().equals("ACCEPTED")) {
					accepted.add(receipts.get(i).get("signalId").asString());
				}
				else {
					assertThat(receipts.get(i).get("reasons").size()).isPositive();
				}
			}
			assertThat(stored(creditor.id())).as("run %d", run).isEqualTo(accepted.size());
		}
	}

	@Test
	void theIntakeIsDocumentedInOpenApi() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/signals'].post.requestBody.content['application/json'].schema['$ref']")
				.value("#/components/schemas/SignalDelivery"))
			.andExpect(jsonPath("$.components.schemas.SignalPriorSteps.properties.tenantObjected").exists());
	}

}
