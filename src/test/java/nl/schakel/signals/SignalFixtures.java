// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import nl.schakel.organisation.AccountId;
import nl.schakel.organisation.Accounts;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Role;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.region.MunicipalityCode;

/** Fictional signals for tests: a valid landlord signal in Nijmegen by default, to be changed per test. */
final class SignalFixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Passes the elfproef; clearly not a real person's number in these tests. */
	static final String BSN = "111222333";

	private SignalFixtures() {
	}

	static ObjectNode landlordSignal(String reference, LocalDate signalDate) {
		ObjectNode s = JSON.createObjectNode();
		s.put("creditorType", "woningverhuurder");
		s.put("reference", reference);
		s.put("kind", "betalingsachterstand");
		ObjectNode person = s.putObject("person");
		person.put("name", "Test Persoon");
		person.put("birthDate", "1985-04-12");
		ObjectNode address = s.putObject("address");
		address.put("postcode", "6511 AB");
		address.put("houseNumber", 12);
		address.put("addition", "A");
		ObjectNode contact = s.putObject("contact");
		contact.put("phone", "06 12345678");
		contact.put("email", "test.persoon@example.org");
		ObjectNode arrears = s.putObject("arrears");
		arrears.put("amountCents", 145_000);
		arrears.put("since", signalDate.minusMonths(2).toString());
		s.put("signalDate", signalDate.toString());
		ObjectNode steps = s.putObject("priorSteps");
		steps.put("personalContactAttempted", true);
		steps.put("pointedToDebtHelp", true);
		steps.put("writtenReminderDate", signalDate.minusDays(20).toString());
		steps.put("offeredToShareData", true);
		steps.put("tenantObjected", false);
		return s;
	}

	static ObjectNode waterSignal(String reference, LocalDate signalDate) {
		ObjectNode s = landlordSignal(reference, signalDate);
		s.put("creditorType", "drinkwaterbedrijf");
		s.remove("priorSteps");
		((ObjectNode) s.get("arrears")).put("amountCents", 12_300);
		return s;
	}

	static ObjectNode endOfSupplySignal(String reference, LocalDate signalDate) {
		ObjectNode s = waterSignal(reference, signalDate);
		s.put("creditorType", "energieleverancier");
		s.put("kind", "eindelevering");
		s.put("endOfSupplyDate", signalDate.plusDays(30).toString());
		return s;
	}

	static ObjectNode at(ObjectNode signal, String postcode, int houseNumber) {
		ObjectNode address = (ObjectNode) signal.get("address");
		address.put("postcode", postcode);
		address.put("houseNumber", houseNumber);
		address.remove("addition");
		return signal;
	}

	/** A random address in Nijmegen (postcode areas 6511–6546), so that tests never share a household. */
	static ObjectNode somewhereInNijmegen(ObjectNode signal) {
		var random = ThreadLocalRandom.current();
		String letters = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
		return at(signal, (6511 + random.nextInt(36)) + " " + letters, 1 + random.nextInt(99_000));
	}

	/** A new member of the vroegsignalering team of a new municipality organisation serving this municipality. */
	static SchakelUser team(Organisations organisations, Accounts accounts, MunicipalityCode municipality) {
		OrganisationId org = organisations.create("Gemeente test " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.MUNICIPALITY, null, List.of(municipality));
		AccountId id = accounts.createLocal(UUID.randomUUID() + "@gemeente.test", "Tess Team", "a-long-enough-password",
				false);
		organisations.grant(org, id, Role.VROEGSIGNALERING);
		return accounts.load(id).orElseThrow();
	}

	static ObjectNode delivery(List<? extends JsonNode> signals) {
		ObjectNode body = JSON.createObjectNode();
		ArrayNode array = body.putArray("signals");
		signals.forEach(array::add);
		return body;
	}

}
