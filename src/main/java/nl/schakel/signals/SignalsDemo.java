// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schakel.organisation.AccountId;
import nl.schakel.organisation.Accounts;
import nl.schakel.organisation.ApiClientPrincipal;
import nl.schakel.organisation.ApiClients;
import nl.schakel.organisation.Organisation;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Role;
import nl.schakel.organisation.Scope;

/**
 * Fictional vroegsignalering for the demo: a team member at Gemeente Nijmegen and signals from the demo landlord
 * and water company, delivered through the same intake as real creditors use, via a demo API client. Every name,
 * address and amount is invented. Runs once; later starts find the signals and do nothing.
 */
@Component
@ConditionalOnProperty(name = "schakel.demo.enabled", havingValue = "true")
@Order(30)
class SignalsDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SignalsDemo.class);

	static final String TEAM_LOGIN = "vroegsignalering@nijmegen.demo";

	private static final String PASSWORD = "schakel-demo-2026";

	private final Organisations organisations;

	private final Accounts accounts;

	private final ApiClients apiClients;

	private final SignalIntake intake;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SignalsDemo(Organisations organisations, Accounts accounts, ApiClients apiClients, SignalIntake intake,
			JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions, Clock clock) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.apiClients = apiClients;
		this.intake = intake;
		this.jdbc = jdbc;
		this.json = json;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<OrganisationId> municipality = named("Gemeente Nijmegen", OrganisationKind.MUNICIPALITY);
		Optional<OrganisationId> landlord = named("Woonstichting De Waalkant (demo)", OrganisationKind.CREDITOR);
		Optional<OrganisationId> water = named("Waterbedrijf Demo-Waal (demo)", OrganisationKind.CREDITOR);
		if (municipality.isEmpty() || landlord.isEmpty() || water.isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			if (!accounts.exists(TEAM_LOGIN)) {
				AccountId team = accounts.createLocal(TEAM_LOGIN, "Vera Vroegsignalering", PASSWORD, false);
				organisations.grant(municipality.get(), team, Role.VROEGSIGNALERING);
			}
			boolean loaded = jdbc.sql("select count(*) from signal where creditor_id = ?")
				.param(landlord.get().value())
				.query(Long.class)
				.single() > 0;
			if (loaded) {
				return;
			}
			log.info("Loading demo signals");
			LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
			deliver(landlord.get(), "Demo-huuradministratie", List.of(
					rent("DEMO-HUUR-001", "Anna de Vries (demo)", "6536 AB", 14, 3, 215_700, today),
					rent("DEMO-HUUR-002", "Bram Jansen (demo)", "6523 CD", 7, 1, 74_950, today),
					rent("DEMO-HUUR-003", "Chantal Bakker (demo)", "6512 EF", 101, 2, 162_000, today)));
			deliver(water.get(), "Demo-klantsysteem", List.of(
					water("DEMO-WATER-001", "A. de Vries (demo)", "6536 AB", 14, 9_840, today),
					water("DEMO-WATER-002", "Dirk Smit (demo)", "6537 GH", 3, 6_120, today)));
		});
	}

	private Optional<OrganisationId> named(String name, OrganisationKind kind) {
		return organisations.list(null)
			.stream()
			.filter(o -> o.name().equals(name) && o.kind() == kind)
			.map(Organisation::id)
			.findFirst();
	}

	private void deliver(OrganisationId creditor, String clientName, List<ObjectNode> signals) {
		String key = apiClients.issue(creditor, clientName, Set.of(Scope.SIGNALS_WRITE)).key();
		ApiClientPrincipal client = apiClients.authenticate(key).orElseThrow();
		ObjectNode body = json.createObjectNode();
		signals.forEach(body.putArray("signals")::add);
		intake.deliver(client, body);
	}

	private ObjectNode rent(String reference, String name, String postcode, int houseNumber, int months, long cents,
			LocalDate today) {
		ObjectNode signal = base(reference, "woningverhuurder", name, postcode, houseNumber, cents,
				today.minusMonths(months), today.minusDays(2));
		ObjectNode steps = signal.putObject("priorSteps");
		steps.put("personalContactAttempted", true);
		steps.put("pointedToDebtHelp", true);
		steps.put("writtenReminderDate", today.minusDays(21).toString());
		steps.put("offeredToShareData", true);
		steps.put("tenantObjected", false);
		return signal;
	}

	private ObjectNode water(String reference, String name, String postcode, int houseNumber, long cents,
			LocalDate today) {
		return base(reference, "drinkwaterbedrijf", name, postcode, houseNumber, cents, today.minusDays(45),
				today.minusDays(1));
	}

	private ObjectNode base(String reference, String type, String name, String postcode, int houseNumber, long cents,
			LocalDate since, LocalDate signalDate) {
		ObjectNode signal = json.createObjectNode();
		signal.put("creditorType", type);
		signal.put("reference", reference);
		signal.put("kind", "betalingsachterstand");
		signal.putObject("person").put("name", name);
		signal.putObject("address").put("postcode", postcode).put("houseNumber", houseNumber);
		signal.putObject("contact").put("phone", "06 00000000");
		signal.putObject("arrears").put("amountCents", cents).put("since", since.toString());
		signal.put("signalDate", signalDate.toString());
		return signal;
	}

}
