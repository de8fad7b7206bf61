// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schakel.organisation.AccountId;
import nl.schakel.organisation.Accounts;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Role;
import nl.schakel.region.Municipalities;
import nl.schakel.region.MunicipalityCode;

/**
 * Fake but plausible data for the demo region (Nijmegen, Heumen, Tiel), loaded once on the first start. Every person
 * and organisation here is invented; the demo logins are printed at start-up.
 */
@Component
@ConditionalOnProperty(name = "schakel.demo.enabled", havingValue = "true")
@Order(10)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String PASSWORD = "schakel-demo-2026";

	static final String POLICY_LOGIN = "beleid@nijmegen.demo";

	static final MunicipalityCode NIJMEGEN = new MunicipalityCode("0268");

	static final MunicipalityCode HEUMEN = new MunicipalityCode("0252");

	static final MunicipalityCode TIEL = new MunicipalityCode("0281");

	/** Demo logins and what they show, printed at start-up. */
	static final Map<String, String> LOGINS = new java.util.LinkedHashMap<>();
	static {
		LOGINS.put("beheer@schakel.demo", "system administrator");
		LOGINS.put("medewerker@nijmegen.demo", "municipal staff, Gemeente Nijmegen");
		LOGINS.put("beleid@nijmegen.demo", "municipal staff, Gemeente Nijmegen (second pair of eyes for schemes)");
		LOGINS.put("curator@nijmegen.demo", "curator of the social map, Gemeente Nijmegen");
		LOGINS.put("coordinator@voedselbank.demo", "organisation admin, Voedselhulp De Korenschoof (demo)");
		LOGINS.put("maatje@schuldhulp.demo", "volunteer, Geldmaatjes De Waalbrug (demo)");
		LOGINS.put("wijkwerker@wijkteam.demo", "professional, Wijkteam Oost (demo)");
		LOGINS.put("incasso@waalkant.demo", "organisation admin, Woonstichting De Waalkant (demo) (creditor)");
		LOGINS.put("vroegsignalering@nijmegen.demo", "vroegsignalering team, Gemeente Nijmegen");
	}

	private final Accounts accounts;

	private final Organisations organisations;

	private final Municipalities municipalities;

	private final TransactionTemplate transactions;

	private final int port;

	DemoData(Accounts accounts, Organisations organisations, Municipalities municipalities,
			TransactionTemplate transactions, @Value("${server.port:8080}") int port) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.municipalities = municipalities;
		this.transactions = transactions;
		this.port = port;
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> {
			if (!accounts.exists("beheer@schakel.demo")) {
				log.info("Loading demo data for the first start");
				load();
			}
			secondStaffMember();
		});
	}

	/**
	 * A second member of staff at Gemeente Nijmegen, so that the four-eyes approval of scheme changes can be shown.
	 * Also added to a demo database from before this account existed.
	 */
	private void secondStaffMember() {
		if (accounts.exists(POLICY_LOGIN)) {
			return;
		}
		organisations.list(NIJMEGEN).stream()
			.filter(o -> o.name().equals("Gemeente Nijmegen") && o.kind() == OrganisationKind.MUNICIPALITY)
			.findFirst()
			.ifPresent(o -> member(POLICY_LOGIN, "Bo Beleid", o.id(), Role.MUNICIPAL_STAFF));
	}

	private void load() {
		// Four-digit postcode areas of the demo region (PostNL postcode areas; a production installation loads
		// the full CBS postcode-to-municipality table instead).
		for (int pc4 = 6511; pc4 <= 6546; pc4++) {
			municipalities.mapPostcodeArea(pc4, NIJMEGEN);
		}
		for (int pc4 : List.of(6581, 6582, 6611, 6612)) {
			municipalities.mapPostcodeArea(pc4, HEUMEN);
		}
		// Molenhoek is split between Heumen and Mook en Middelaar; the resident chooses.
		municipalities.mapPostcodeArea(6584, HEUMEN);
		municipalities.mapPostcodeArea(6584, new MunicipalityCode("0944"));
		for (int pc4 = 4001; pc4 <= 4007; pc4++) {
			municipalities.mapPostcodeArea(pc4, TIEL);
		}

		OrganisationId nijmegen = organisations.create("Gemeente Nijmegen", OrganisationKind.MUNICIPALITY,
				"https://www.nijmegen.nl", List.of(NIJMEGEN));
		organisations.create("Gemeente Heumen", OrganisationKind.MUNICIPALITY, "https://www.heumen.nl", List.of(HEUMEN));
		organisations.create("Gemeente Tiel", OrganisationKind.MUNICIPALITY, "https://www.tiel.nl", List.of(TIEL));
		OrganisationId foodBank = organisations.create("Voedselhulp De Korenschoof (demo)", OrganisationKind.PARTNER, null,
				List.of(NIJMEGEN, HEUMEN));
		OrganisationId debtBuddies = organisations.create("Geldmaatjes De Waalbrug (demo)",
				OrganisationKind.PARTNER, null, List.of(NIJMEGEN, HEUMEN));
		OrganisationId districtTeam = organisations.create("Wijkteam Oost (demo)", OrganisationKind.PARTNER, null,
				List.of(NIJMEGEN));
		organisations.create("Taalcafé De Lindeboom (demo)", OrganisationKind.PARTNER, null, List.of(TIEL));
		OrganisationId landlord = organisations.create("Woonstichting De Waalkant (demo)", OrganisationKind.CREDITOR, null,
				List.of(NIJMEGEN, HEUMEN, TIEL));
		organisations.create("Waterbedrijf Demo-Waal (demo)", OrganisationKind.CREDITOR, null, List.of(NIJMEGEN, TIEL));

		accounts.createLocal("beheer@schakel.demo", "Bea Beheer", PASSWORD, true);
		member("medewerker@nijmegen.demo", "Mo Medewerker", nijmegen, Role.MUNICIPAL_STAFF);
		member("curator@nijmegen.demo", "Cor Curator", nijmegen, Role.CURATOR);
		member("coordinator@voedselbank.demo", "Fatima Coördinator", foodBank, Role.ORGANISATION_ADMIN);
		member("maatje@schuldhulp.demo", "Sem Maatje", debtBuddies, Role.VOLUNTEER);
		member("wijkwerker@wijkteam.demo", "Wendy Wijkwerker", districtTeam, Role.PROFESSIONAL);
		member("incasso@waalkant.demo", "Iris Incasso", landlord, Role.ORGANISATION_ADMIN);
	}

	private void member(String username, String name, OrganisationId organisation, Role role) {
		AccountId id = accounts.createLocal(username, name, PASSWORD, false);
		organisations.grant(organisation, id, role);
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		var text = new StringBuilder();
		text.append("\n  Schakel runs at http://localhost:").append(port).append("\n\n  Demo logins (password: ")
			.append(PASSWORD)
			.append("):\n");
		LOGINS.forEach((login, role) -> text.append("    ").append(String.format("%-32s", login)).append(role).append('\n'));
		text.append("\n  All people and organisations in the demo are invented.\n");
		System.out.println(text);
	}

}
