// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.organisation.Accounts;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.SchakelUser;

/**
 * Owners add services and locations and withdraw them, and edit contact details, topics, target groups, costs and
 * accessibility. Everything waits for a curator; only after approval does it reach search and the HSDS API.
 */
@SchakelIntegrationTest
class ListingOwnerProposalsIntegrationTests {

	private static final String PASSWORD = "schakel-demo-2026";

	private static final String OWNER = "coordinator@voedselbank.demo";

	private static final String CURATOR = "curator@nijmegen.demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Claims claims;

	@Autowired
	Accounts accounts;

	@Autowired
	ServiceSearch search;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	private UUID ownedListing() {
		UUID listing = jdbc.sql("""
				select o.id from sm_organization o where o.demo and o.claimed_by is null
				  and not exists (select 1 from sm_claim c where c.listing_id = o.id)
				  and exists (select 1 from sm_service s where s.organization_id = o.id)
				  and exists (select 1 from sm_location l where l.organization_id = o.id)
				order by random() limit 1""")
			.query(UUID.class)
			.single();
		UUID foodBank = jdbc.sql("select id from organisation where name = 'Voedselhulp De Korenschoof (demo)'")
			.query(UUID.class)
			.single();
		UUID claim = claims.claim(listing, new OrganisationId(foodBank), user(OWNER));
		claims.approve(claim, user(CURATOR));
		return listing;
	}

	private SchakelUser user(String username) {
		return accounts.loadForLogin(username).orElseThrow();
	}

	private MockHttpSession logIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/mijn"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private UUID first(String table, UUID listing) {
		return jdbc.sql("select id from " + table + " where organization_id = ? order by id limit 1")
			.param(listing)
			.query(UUID.class)
			.single();
	}

	private static String word() {
		return "vlirmop" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "k");
	}

	private static String term(String code) {
		return NeedsTaxonomy.termId(code).toString();
	}

	/** A complete new service as an owner sends it. */
	private MockHttpServletRequestBuilder newService(UUID listing, UUID id, String name, UUID location) {
		return newService(listing, id, name, location, Map.of());
	}

	/** A new service with some fields as given in {@code changed}. */
	private MockHttpServletRequestBuilder newService(UUID listing, UUID id, String name, UUID location,
			Map<String, String> changed) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("dienst", id.toString());
		fields.put("versie", "0");
		fields.put("naam", name);
		fields.put("omschrijving", "Wij repareren fietsen voor " + name + ".");
		fields.put("aanpak", "Kom langs op dinsdag.");
		fields.put("voorwaarden", "Voor iedereen met een laag inkomen.");
		fields.put("kostensoort", "FREE");
		fields.put("meenemen", "Uw fiets");
		fields.put("telefoon", "+31 24 123 45 67\n06-12345678");
		fields.put("email", "fietsen@voorbeeld.nl");
		fields.put("website", "www.voorbeeld.nl/fietsen");
		fields.put("behoefte", term("vervoer"));
		fields.put("doelgroep", term("doelgroep-kinderen"));
		fields.put("stap", term("stap.binnenlopen"));
		fields.put("locatie", location.toString());
		fields.put("rijen", "1");
		fields.put("dag-0", "TU");
		fields.put("open-0", "13:00");
		fields.put("dicht-0", "16:00");
		fields.putAll(changed);
		var request = post("/mijn/vermeldingen/" + listing + "/diensten/nieuw").with(csrf()).param("taal", "nl", "en");
		fields.forEach(request::param);
		return request;
	}

	private UUID pendingProposal(UUID resource) {
		return jdbc.sql("select id from sm_proposal where resource_id = ? and status = 'pending'")
			.param(resource)
			.query(UUID.class)
			.single();
	}

	private long proposals(UUID listing) {
		return jdbc.sql("select count(*) from sm_proposal where listing_id = ?").param(listing).query(Long.class).single();
	}

	@Test
	void anOwnersNewServiceIsFoundInSearchAndTheHsdsApiOnlyAfterACuratorApprovesIt() throws Exception {
		UUID listing = ownedListing();
		UUID location = first("sm_location", listing);
		UUID service = UUID.randomUUID();
		String name = word();
		MockHttpSession owner = logIn(OWNER);
		mvc.perform(get("/mijn/vermeldingen/" + listing).session(owner))
			.andExpect(content().string(Matchers.containsString("/mijn/vermeldingen/" + listing + "/diensten/nieuw")));
		mvc.perform(get("/mijn/vermeldingen/" + listing + "/diensten/nieuw").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Nieuwe hulp toevoegen")))
			.andExpect(content().string(Matchers.containsString("value=\"" + location + "\"")));
		mvc.perform(newService(listing, service, name, location).session(owner))
			.andExpect(redirectedUrl("/mijn/vermeldingen/" + listing + "?voorgesteld"));
		mvc.perform(newService(listing, service, name, location).session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Iemand anders heeft deze gegevens net aangepast")));

		LocalDate today = LocalDate.now(clock);
		assertThat(search.search(SearchQuery.forText(name, today)).total()).as("not before approval").isZero();
		mvc.perform(get("/api/hsds/services/" + service)).andExpect(status().isNotFound());
		mvc.perform(get("/hulp/" + service)).andExpect(status().isNotFound());
		mvc.perform(get("/mijn/vermeldingen/" + listing).session(owner))
			.andExpect(content().string(Matchers.containsString("Nieuw: " + name)));

		UUID proposal = pendingProposal(service);
		MockHttpSession curator = logIn(CURATOR);
		mvc.perform(get("/redactie").session(curator)).andExpect(content().string(Matchers.containsString(name)));
		mvc.perform(get("/redactie/wijzigingen/" + proposal).session(curator))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Dit is nieuwe hulp of een nieuwe locatie")))
			.andExpect(content().string(Matchers.containsString("+31 24 123 45 67")))
			.andExpect(content().string(Matchers.containsString("https://www.voorbeeld.nl/fietsen")))
			.andExpect(content().string(Matchers.containsString("Binnenlopen zonder afspraak")))
			.andExpect(content().string(Matchers.containsString("Telefoonnummers")))
			.andExpect(content().string(Matchers.containsString("Locaties")));
		mvc.perform(post("/redactie/wijzigingen/" + proposal + "/goedkeuren").session(curator).with(csrf()))
			.andExpect(redirectedUrl("/redactie?wijziging-goedgekeurd"));

		SearchResult found = search.search(SearchQuery.forText(name, today));
		assertThat(found.total()).as("the index follows the approval").isOne();
		assertThat(search.search(SearchQuery.builder(today).text(name).freeOnly(true).build()).total())
			.as("free, as the owner said").isOne();
		String served = mvc.perform(get("/api/hsds/services/" + service))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode doc = json.readTree(served);
		assertThat(doc.get("email").asString()).isEqualTo("fietsen@voorbeeld.nl");
		assertThat(doc.get("url").asString()).isEqualTo("https://www.voorbeeld.nl/fietsen");
		assertThat(doc.get("phones")).hasSize(2);
		assertThat(doc.get("service_at_locations").get(0).get("location_id").asString()).isEqualTo(location.toString());
		assertThat(doc.get("cost_options").get(0).get("amount").decimalValue()).isZero();
		assertThat(doc.get("assured_date").asString()).isEqualTo(today.toString());
		assertThat(jdbc.sql("select count(*) from sm_service_term where service_id = ?").param(service).query(Long.class).single())
			.as("topic, target group and next step").isEqualTo(3);
		mvc.perform(get("/vermeldingen/" + listing + "/geschiedenis").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("toegevoegd")));
	}

	@Test
	void anOwnersNewLocationIsStoredOnlyAfterApprovalWithItsAccessibility() throws Exception {
		UUID listing = ownedListing();
		UUID location = UUID.randomUUID();
		MockHttpSession owner = logIn(OWNER);
		mvc.perform(get("/mijn/vermeldingen/" + listing + "/locaties/nieuw").session(owner)).andExpect(status().isOk());
		mvc.perform(post("/mijn/vermeldingen/" + listing + "/locaties/nieuw").session(owner).with(csrf())
			.param("locatie", location.toString())
			.param("naam", "Buurthuis De Klok")
			.param("straat", "Klokstraat 3")
			.param("postcode", "6543 ab")
			.param("plaats", "Nijmegen")
			.param("telefoon", "024-1234567")
			.param("toegang", term("toegang.rolstoel"), term("toegang.lift"))
			.param("toegankelijkheid", "De ingang is aan de achterkant."))
			.andExpect(redirectedUrl("/mijn/vermeldingen/" + listing + "?voorgesteld"));
		assertThat(jdbc.sql("select count(*) from sm_location where id = ?").param(location).query(Long.class).single()).isZero();

		MockHttpSession curator = logIn(CURATOR);
		UUID proposal = pendingProposal(location);
		mvc.perform(get("/redactie/wijzigingen/" + proposal).session(curator))
			.andExpect(content().string(Matchers.containsString("Klokstraat 3, 6543 AB Nijmegen")))
			.andExpect(content().string(Matchers.containsString("Rolstoeltoegankelijk")));
		mvc.perform(post("/redactie/wijzigingen/" + proposal + "/goedkeuren").session(curator).with(csrf()))
			.andExpect(redirectedUrl("/redactie?wijziging-goedgekeurd"));
		assertThat(jdbc.sql("select postcode from sm_location where id = ? and organization_id = ?")
			.params(location, listing)
			.query(String.class)
			.single()).isEqualTo("6543 AB");
		JsonNode organization = json.readTree(mvc.perform(get("/api/hsds/organizations/" + listing))
			.andReturn()
			.getResponse()
			.getContentAsString());
		JsonNode added = null;
		for (JsonNode l : organization.path("locations")) {
			if (l.path("id").asString("").equals(location.toString())) {
				added = l;
			}
		}
		assertThat(added).as("the HSDS API shows the new location").isNotNull();
		assertThat(added.get("attributes")).hasSize(2);
		assertThat(added.get("accessibility").get(0).get("description").asString()).isEqualTo("De ingang is aan de achterkant.");
		mvc.perform(get("/mijn/vermeldingen/" + listing + "/diensten/nieuw").session(owner))
			.andExpect(content().string(Matchers.containsString("Buurthuis De Klok")));
	}

	@Test
	void aWithdrawnServiceLeavesSearchTheApiAndTheIndexButKeepsItsHistory() throws Exception {
		UUID listing = ownedListing();
		UUID service = first("sm_service", listing);
		String name = jdbc.sql("select name from sm_service where id = ?").param(service).query(String.class).single();
		int version = jdbc.sql("select version from sm_service where id = ?").param(service).query(Integer.class).single();
		LocalDate today = LocalDate.now(clock);
		MockHttpSession owner = logIn(OWNER);
		String path = "/mijn/vermeldingen/" + listing + "/diensten/" + service + "/intrekken";
		mvc.perform(get(path).session(owner)).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(name)));
		mvc.perform(post(path).session(owner).with(csrf()).param("versie", String.valueOf(version + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Iemand anders heeft deze gegevens net aangepast")));
		mvc.perform(post(path).session(owner).with(csrf()).param("versie", String.valueOf(version)))
			.andExpect(redirectedUrl("/mijn/vermeldingen/" + listing + "?intrekken"));
		mvc.perform(post(path).session(owner).with(csrf()).param("versie", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("U hebt al gevraagd om dit weg te halen")));
		mvc.perform(get("/api/hsds/services/" + service)).andExpect(status().isOk());

		long indexed = search.size();
		UUID proposal = pendingProposal(service);
		MockHttpSession curator = logIn(CURATOR);
		mvc.perform(get("/redactie/wijzigingen/" + proposal).session(curator))
			.andExpect(content().string(Matchers.containsString("De eigenaar wil dit uit de sociale kaart halen")))
			.andExpect(content().string(Matchers.containsString(name)));
		mvc.perform(post("/redactie/wijzigingen/" + proposal + "/goedkeuren").session(curator).with(csrf()))
			.andExpect(redirectedUrl("/redactie?wijziging-goedgekeurd"));

		assertThat(jdbc.sql("select count(*) from sm_service where id = ?").param(service).query(Long.class).single()).isZero();
		mvc.perform(get("/api/hsds/services/" + service)).andExpect(status().isNotFound());
		mvc.perform(get("/hulp/" + service)).andExpect(status().isNotFound());
		assertThat(search.search(SearchQuery.forText(name, today)).hits()).noneMatch(hit -> hit.serviceId().equals(service));
		assertThat(search.size()).as("the index lost the service").isEqualTo(indexed - 1);
		assertThat(jdbc.sql("select count(*) from sm_change where resource_id = ? and last_action_type = 'delete'")
			.param(service)
			.query(Long.class)
			.single()).isOne();
		mvc.perform(get("/vermeldingen/" + listing + "/geschiedenis").session(owner))
			.andExpect(content().string(Matchers.containsString("verwijderd")))
			.andExpect(content().string(Matchers.containsString(name)));
	}

	@Test
	void aWithdrawnLocationIsGoneWhileItsServicesStay() throws Exception {
		UUID listing = ownedListing();
		UUID location = first("sm_location", listing);
		var services = jdbc.sql("select service_id from sm_service_at_location where location_id = ?")
			.param(location)
			.query(UUID.class)
			.list();
		MockHttpSession owner = logIn(OWNER);
		UUID waiting = UUID.randomUUID();
		mvc.perform(newService(listing, waiting, word(), location).session(owner))
			.andExpect(redirectedUrl("/mijn/vermeldingen/" + listing + "?voorgesteld"));
		mvc.perform(post("/mijn/vermeldingen/" + listing + "/locaties/" + location + "/intrekken").session(owner).with(csrf())
			.param("versie", jdbc.sql("select version::text from sm_location where id = ?").param(location).query(String.class).single()))
			.andExpect(redirectedUrl("/mijn/vermeldingen/" + listing + "?intrekken"));
		MockHttpSession curator = logIn(CURATOR);
		mvc.perform(post("/redactie/wijzigingen/" + pendingProposal(location) + "/goedkeuren").session(curator).with(csrf()))
			.andExpect(redirectedUrl("/redactie?wijziging-goedgekeurd"));
		assertThat(jdbc.sql("select count(*) from sm_location where id = ?").param(location).query(Long.class).single()).isZero();
		mvc.perform(post("/redactie/wijzigingen/" + pendingProposal(waiting) + "/goedkeuren").session(curator).with(csrf()))
			.andExpect(redirectedUrl("/redactie?wijziging-goedgekeurd"));
		assertThat(jdbc.sql("select count(*) from sm_service_at_location where service_id = ?").param(waiting)
			.query(Long.class)
			.single()).as("a new service waiting for a withdrawn location is approved without it").isZero();
		for (UUID service : services) {
			assertThat(jdbc.sql("select count(*) from sm_service where id = ?").param(service).query(Long.class).single()).isOne();
			mvc.perform(get("/api/hsds/services/" + service))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString(location.toString()))));
		}
	}

	@Test
	void badContactDetailsUnknownTermsAndMissingChoicesAreRefusedAndNothingIsProposed() throws Exception {
		UUID listing = ownedListing();
		UUID location = first("sm_location", listing);
		MockHttpSession owner = logIn(OWNER);
		long before = proposals(listing);
		mvc.perform(newService(listing, UUID.randomUUID(), word(), location,
				Map.of("telefoon", "12345", "email", "iemand@", "website", "javascript:alert(1)", "behoefte",
						UUID.randomUUID().toString(), "kostensoort", "GRATIS"))
			.session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"fouten\"")))
			.andExpect(content().string(Matchers.containsString("Vul een Nederlands telefoonnummer in")))
			.andExpect(content().string(Matchers.containsString("Vul een e-mailadres in zoals naam@voorbeeld.nl")))
			.andExpect(content().string(Matchers.containsString("Vul een webadres in dat begint met https://")))
			.andExpect(content().string(Matchers.containsString("Kies alleen uit de onderwerpen op deze pagina")))
			.andExpect(content().string(Matchers.containsString("Kies wat de hulp kost")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("href=\"javascript:"))));
		mvc.perform(newService(listing, UUID.randomUUID(), word(), location,
				Map.of("website", "ftp://voorbeeld.nl", "doelgroep", term("vervoer")))
			.session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Vul een webadres in dat begint met https://")))
			.andExpect(content().string(Matchers.containsString("Kies alleen uit de onderwerpen op deze pagina")));
		mvc.perform(post("/mijn/vermeldingen/" + listing + "/locaties/nieuw").session(owner).with(csrf())
			.param("straat", "Klokstraat 3").param("postcode", "6543 AB").param("plaats", "Nijmegen")
			.param("telefoon", "+32 2 123 45 67").param("toegang", term("eten")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Vul een Nederlands telefoonnummer in")))
			.andExpect(content().string(Matchers.containsString("Kies alleen uit de onderwerpen op deze pagina")));
		assertThat(proposals(listing)).as("nothing was proposed").isEqualTo(before);
	}

	@Test
	void anOwnerCannotTouchAnotherOrganisationsServicesOrLocations() throws Exception {
		UUID listing = ownedListing();
		UUID other = jdbc.sql("""
				select o.id from sm_organization o where o.claimed_by is null and o.id <> ?
				  and exists (select 1 from sm_service s where s.organization_id = o.id)
				  and exists (select 1 from sm_location l where l.organization_id = o.id)
				order by random() limit 1""").param(listing).query(UUID.class).single();
		UUID otherService = first("sm_service", other);
		UUID otherLocation = first("sm_location", other);
		MockHttpSession owner = logIn(OWNER);
		long before = proposals(listing) + proposals(other);
		mvc.perform(get("/mijn/vermeldingen/" + listing + "/diensten/" + otherService + "/intrekken").session(owner))
			.andExpect(status().isForbidden());
		mvc.perform(post("/mijn/vermeldingen/" + listing + "/diensten/" + otherService + "/intrekken").session(owner)
			.with(csrf())
			.param("versie", "1")).andExpect(status().isForbidden());
		mvc.perform(post("/mijn/vermeldingen/" + listing + "/locaties/" + otherLocation + "/intrekken").session(owner)
			.with(csrf())
			.param("versie", "1")).andExpect(status().isForbidden());
		mvc.perform(newService(listing, UUID.randomUUID(), word(), otherLocation).session(owner))
			.andExpect(status().isForbidden());
		mvc.perform(newService(other, UUID.randomUUID(), word(), otherLocation).session(owner))
			.andExpect(status().isForbidden());
		mvc.perform(get("/mijn/vermeldingen/" + other + "/locaties/nieuw").session(owner)).andExpect(status().isForbidden());
		// An existing id of another organisation's service, sent as the id of a "new" service, takes nothing over.
		mvc.perform(newService(listing, otherService, word(), first("sm_location", listing)).session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Iemand anders heeft deze gegevens net aangepast")));
		assertThat(proposals(listing) + proposals(other)).isEqualTo(before);
	}

}
