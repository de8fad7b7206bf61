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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.organisation.Accounts;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Role;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.region.MunicipalityCode;

/**
 * Partners keep their own listings current: an organisation admin claims a listing, a curator verifies the claim;
 * the owner's edits wait in the review queue until a curator approves them; verification dates, reminders, history
 * and who may do what.
 */
@SchakelIntegrationTest
class ListingCurationIntegrationTests {

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
	Organisations organisations;

	@Autowired
	ServiceSearch search;

	@Autowired
	VerificationReminders reminders;

	@Autowired
	Clock clock;

	/** A demo listing nobody has claimed or asked for, with a service that has weekly opening hours. */
	private UUID freeListing() {
		return jdbc.sql("""
				select o.id from sm_organization o where o.demo and o.claimed_by is null
				  and not exists (select 1 from sm_claim c where c.listing_id = o.id)
				  and exists (select 1 from sm_service s where s.organization_id = o.id and s.doc -> 'schedules' is not null)
				  and exists (select 1 from sm_location l where l.organization_id = o.id)
				order by random() limit 1""")
			.query(UUID.class)
			.single();
	}

	private UUID foodBank() {
		return jdbc.sql("select id from organisation where name = 'Voedselhulp De Korenschoof (demo)'")
			.query(UUID.class)
			.single();
	}

	private SchakelUser user(String username) {
		return accounts.loadForLogin(username).orElseThrow();
	}

	/** A listing owned by the demo food bank, through the claim and its approval. */
	private UUID ownedListing() {
		UUID listing = freeListing();
		UUID claim = claims.claim(listing, new OrganisationId(foodBank()), user(OWNER));
		claims.approve(claim, user(CURATOR));
		return listing;
	}

	private UUID serviceOf(UUID listing) {
		return jdbc.sql("""
				select id from sm_service where organization_id = ? and doc -> 'schedules' is not null order by id limit 1""")
			.param(listing)
			.query(UUID.class)
			.single();
	}

	private int version(UUID service) {
		return jdbc.sql("select version from sm_service where id = ?").param(service).query(Integer.class).single();
	}

	private String description(UUID service) {
		return jdbc.sql("select doc ->> 'description' from sm_service where id = ?").param(service).query(String.class).single();
	}

	private MockHttpSession logIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/mijn"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	/** The edit form as an owner sends it: a new description and one row of opening hours. */
	private MockHttpServletRequestBuilder edit(UUID listing, UUID service, int version, String description,
			String... row) {
		var request = post("/mijn/vermeldingen/" + listing + "/diensten/" + service).with(csrf())
			.param("versie", String.valueOf(version))
			.param("naam", jdbc.sql("select name from sm_service where id = ?").param(service).query(String.class).single())
			.param("kostensoort", "FREE")
			.param("omschrijving", description)
			.param("aanpak", "Bel voor een afspraak.")
			.param("meenemen", "Legitimatie\nBankafschrift")
			.param("kosten", "Gratis")
			.param("taal", "nl", "ar")
			.param("rijen", "2");
		if (row.length == 3) {
			request.param("dag-0", row[0].split(",")).param("open-0", row[1]).param("dicht-0", row[2]);
		}
		return request;
	}

	private UUID pendingProposal(UUID service) {
		return jdbc.sql("select id from sm_proposal where resource_id = ? and status = 'pending'")
			.param(service)
			.query(UUID.class)
			.single();
	}

	@Test
	void claimApproveEditReviewAndTheChangeGoesLive() throws Exception {
		UUID listing = freeListing();
		UUID service = serviceOf(listing);
		String listingName = jdbc.sql("select name from sm_organization where id = ?").param(listing).query(String.class).single();
		MockHttpSession owner = logIn(OWNER);

		mvc.perform(get("/hulp/" + service))
			.andExpect(content().string(Matchers.containsString("/mijn/vermeldingen?vermelding=" + listing)));
		mvc.perform(get("/mijn/vermeldingen").param("vermelding", listing.toString()).session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(listingName)));
		mvc.perform(post("/mijn/vermeldingen").session(owner).with(csrf())
			.param("organisatie", foodBank().toString())
			.param("vermelding", listing.toString())).andExpect(redirectedUrl("/mijn/vermeldingen?aangevraagd"));
		mvc.perform(post("/mijn/vermeldingen").session(owner).with(csrf())
			.param("organisatie", foodBank().toString())
			.param("vermelding", listing.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("U hebt deze vermelding al aangevraagd")));
		mvc.perform(get("/mijn/vermeldingen/" + listing).session(owner)).andExpect(status().isForbidden());

		MockHttpSession curator = logIn(CURATOR);
		long audited = jdbc.sql("select count(*) from audit_event where purpose = 'socialmap.claim-review'")
			.query(Long.class)
			.single();
		mvc.perform(get("/redactie").session(curator))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(listingName)))
			.andExpect(content().string(Matchers.containsString("Fatima Coördinator")));
		assertThat(jdbc.sql("select count(*) from audit_event where purpose = 'socialmap.claim-review'")
			.query(Long.class)
			.single()).as("reading who asked is audited").isGreaterThan(audited);
		UUID claim = jdbc.sql("select id from sm_claim where listing_id = ? and status = 'pending'")
			.param(listing)
			.query(UUID.class)
			.single();
		mvc.perform(post("/redactie/aanvragen/" + claim + "/goedkeuren").session(curator).with(csrf()))
			.andExpect(redirectedUrl("/redactie?aanvraag-goedgekeurd"));
		assertThat(jdbc.sql("select claimed_by from sm_organization where id = ?").param(listing).query(UUID.class).single())
			.isEqualTo(foodBank());

		mvc.perform(get("/mijn/vermeldingen/" + listing).session(owner)).andExpect(status().isOk());
		mvc.perform(get("/mijn/vermeldingen/" + listing + "/diensten/" + service).session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"versie\" value=\"" + version(service) + "\"")));
		String word = "zwoxqur" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
		String before = description(service);
		mvc.perform(edit(listing, service, version(service), "Wij helpen met " + word + ".", "MO,WE", "09:00", "12:30")
			.session(owner))
			.andExpect(redirectedUrl("/mijn/vermeldingen/" + listing + "?voorgesteld"));
		assertThat(description(service)).as("an edit to a published listing does not go live directly").isEqualTo(before);
		assertThat(search.search(SearchQuery.forText(word, LocalDate.now(clock))).total()).isZero();

		UUID proposal = pendingProposal(service);
		mvc.perform(get("/redactie").session(curator)).andExpect(content().string(Matchers.containsString("/redactie/wijzigingen/" + proposal)));
		mvc.perform(get("/redactie/wijzigingen/" + proposal).session(curator))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Wij helpen met " + word)))
			.andExpect(content().string(Matchers.containsString("Maandag en woensdag van 09.00 tot 12.30 uur")))
			.andExpect(content().string(Matchers.containsString("Openingstijden")));
		mvc.perform(post("/redactie/wijzigingen/" + proposal + "/goedkeuren").session(curator).with(csrf()))
			.andExpect(redirectedUrl("/redactie?wijziging-goedgekeurd"));

		LocalDate today = LocalDate.now(clock);
		assertThat(description(service)).isEqualTo("Wij helpen met " + word + ".");
		assertThat(jdbc.sql("select last_verified from sm_service where id = ?").param(service).query(LocalDate.class).single())
			.as("approval renews the verified date").isEqualTo(today);
		assertThat(search.search(SearchQuery.forText(word, today)).total()).as("the index follows").isOne();
		mvc.perform(get("/hulp/" + service))
			.andExpect(content().string(Matchers.containsString("Maandag en woensdag van 09.00 tot 12.30 uur")))
			.andExpect(content().string(Matchers.containsString("Laatst gecontroleerd op")));
		mvc.perform(get("/hulp/" + service).param("lang", "en"))
			.andExpect(content().string(Matchers.containsString("Monday and Wednesday from 09:00 to 12:30")));
		assertThat(jdbc.sql("select updated_by from sm_change where resource_id = ? and field_name = 'description'")
			.param(service)
			.query(String.class)
			.list()).contains("Voedselhulp De Korenschoof (demo) (ORGANISATION_ADMIN), Gemeente Nijmegen (CURATOR)");

		mvc.perform(get("/vermeldingen/" + listing + "/geschiedenis").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Gemeente Nijmegen (CURATOR)")))
			.andExpect(content().string(Matchers.containsString("Wij helpen met " + word)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Fatima"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Cor Curator"))));
		mvc.perform(get("/vermeldingen/" + listing + "/geschiedenis").session(curator)).andExpect(status().isOk());
	}

	@Test
	void aRejectedChangeShowsItsReasonToTheOwnerAndNothingChanges() throws Exception {
		UUID listing = ownedListing();
		UUID service = serviceOf(listing);
		String before = description(service);
		MockHttpSession owner = logIn(OWNER);
		mvc.perform(edit(listing, service, version(service), "Iets heel anders.", "TU", "10:00", "11:00"))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(edit(listing, service, version(service), "Iets heel anders.", "TU", "10:00", "11:00").session(owner))
			.andExpect(redirectedUrlPattern("/mijn/vermeldingen/*?voorgesteld"));
		UUID proposal = pendingProposal(service);
		MockHttpSession curator = logIn(CURATOR);
		mvc.perform(post("/redactie/wijzigingen/" + proposal + "/afwijzen").session(curator).with(csrf()).param("reden", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Schrijf een reden")));
		mvc.perform(post("/redactie/wijzigingen/" + proposal + "/afwijzen").session(curator).with(csrf())
			.param("reden", "Deze tijden kloppen niet met uw website.")).andExpect(redirectedUrl("/redactie?wijziging-afgewezen"));
		assertThat(description(service)).isEqualTo(before);
		mvc.perform(get("/mijn/vermeldingen/" + listing).session(owner))
			.andExpect(content().string(Matchers.containsString("Deze tijden kloppen niet met uw website.")));
		mvc.perform(post("/redactie/wijzigingen/" + proposal + "/goedkeuren").session(curator).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Over deze wijziging is al besloten")));
	}

	@Test
	void aStaleBaseVersionIsRecognisedWhenEditingAndWhenReviewing() throws Exception {
		UUID listing = ownedListing();
		UUID service = serviceOf(listing);
		// Checked long ago, so the owner's confirmation below certainly changes it, whatever other tests did today.
		jdbc.sql("update sm_service set doc = jsonb_set(doc, '{assured_date}', '\"2020-01-01\"'), last_verified = date '2020-01-01' where id = ?")
			.param(service)
			.update();
		MockHttpSession owner = logIn(OWNER);
		int base = version(service);
		mvc.perform(edit(listing, service, base, "Eerste versie van de tekst.", "FR", "13:00", "15:00").session(owner))
			.andExpect(status().is3xxRedirection());
		UUID proposal = pendingProposal(service);
		// The owner confirms that everything is still correct, which stores a new version before the review.
		mvc.perform(post("/mijn/vermeldingen/" + listing + "/klopt").session(owner).with(csrf()))
			.andExpect(redirectedUrl("/mijn/vermeldingen/" + listing + "?klopt"));
		assertThat(version(service)).isGreaterThan(base);

		mvc.perform(edit(listing, service, base, "Tweede versie van de tekst.", "FR", "13:00", "15:00").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Iemand anders heeft deze gegevens net aangepast")));
		MockHttpSession curator = logIn(CURATOR);
		mvc.perform(get("/redactie/wijzigingen/" + proposal).session(curator))
			.andExpect(content().string(Matchers.containsString("De gegevens zijn veranderd")));
		mvc.perform(post("/redactie/wijzigingen/" + proposal + "/goedkeuren").session(curator).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("De gegevens zijn veranderd")));
		assertThat(description(service)).isNotEqualTo("Eerste versie van de tekst.");
	}

	@Test
	void twoEditsFromTheSameStartingPointDoNotOverwriteEachOther() throws Exception {
		UUID listing = ownedListing();
		UUID service = serviceOf(listing);
		MockHttpSession owner = logIn(OWNER);
		int base = version(service);
		mvc.perform(edit(listing, service, base, "Eerste collega schrijft dit.", "MO", "09:00", "10:00").session(owner))
			.andExpect(status().is3xxRedirection());
		UUID first = pendingProposal(service);
		// A colleague opened the form before the first change was sent: their form names no waiting change.
		mvc.perform(edit(listing, service, base, "Tweede collega schrijft dit.", "MO", "09:00", "10:00").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Iemand anders heeft deze gegevens net aangepast")));
		mvc.perform(get("/mijn/vermeldingen/" + listing + "/diensten/" + service).session(owner))
			.andExpect(content().string(Matchers.containsString("Eerste collega schrijft dit.")))
			.andExpect(content().string(Matchers.containsString("name=\"voorstel\" value=\"" + first + "\"")))
			.andExpect(content().string(Matchers.containsString("Er wacht al een wijziging")));
		mvc.perform(edit(listing, service, base, "Eerste collega, aangevuld.", "MO", "09:00", "10:00").session(owner)
			.param("voorstel", first.toString())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from sm_proposal where id = ?").param(first).query(String.class).single())
			.isEqualTo("superseded");
		assertThat(jdbc.sql("select doc ->> 'description' from sm_proposal where id = ?")
			.param(pendingProposal(service))
			.query(String.class)
			.single()).isEqualTo("Eerste collega, aangevuld.");
	}

	@Test
	void nonsenseOrOverlappingOpeningHoursAreRefusedAndNothingIsProposed() throws Exception {
		UUID listing = ownedListing();
		UUID service = serviceOf(listing);
		MockHttpSession owner = logIn(OWNER);
		mvc.perform(edit(listing, service, version(service), "Tekst.", "MO", "14:00", "09:00").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("De sluitingstijd moet na de openingstijd liggen")))
			.andExpect(content().string(Matchers.containsString("href=\"#dicht-0\"")));
		mvc.perform(edit(listing, service, version(service), "Tekst.", "MO", "25:00", "26:00").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Vul een tijd in zoals 09:00")));
		mvc.perform(edit(listing, service, version(service), "Tekst.", "MO,TU", "09:00", "12:00").session(owner)
			.param("dag-1", "TU").param("open-1", "11:00").param("dicht-1", "13:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Deze tijden overlappen met regel 1")));
		mvc.perform(edit(listing, service, version(service), "Tekst.").session(owner)
			.param("open-0", "09:00").param("dicht-0", "12:00").param("vanaf-0", "2027-02-01").param("tot-0", "2027-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Kies minstens 1 dag")))
			.andExpect(content().string(Matchers.containsString("De einddatum moet na de begindatum liggen")));
		mvc.perform(edit(listing, service, version(service), "", "MO", "09:00", "12:00").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Schrijf wat deze hulp is")));
		assertThat(jdbc.sql("select count(*) from sm_proposal where resource_id = ?").param(service).query(Long.class).single())
			.isZero();
	}

	@Test
	void anOwnerProposesANewAddressForALocation() throws Exception {
		UUID listing = ownedListing();
		UUID location = jdbc.sql("select id from sm_location where organization_id = ? order by id limit 1")
			.param(listing)
			.query(UUID.class)
			.single();
		int version = jdbc.sql("select version from sm_location where id = ?").param(location).query(Integer.class).single();
		MockHttpSession owner = logIn(OWNER);
		String path = "/mijn/vermeldingen/" + listing + "/locaties/" + location;
		mvc.perform(get(path).session(owner)).andExpect(status().isOk());
		mvc.perform(post(path).session(owner).with(csrf()).param("versie", String.valueOf(version))
			.param("straat", "Molenstraat 1").param("postcode", "12").param("plaats", "Nijmegen"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Vul een postcode in zoals 6511 AB")));
		mvc.perform(post(path).session(owner).with(csrf()).param("versie", String.valueOf(version))
			.param("straat", "Molenstraat 1").param("postcode", "6511ab").param("plaats", "Nijmegen"))
			.andExpect(redirectedUrl("/mijn/vermeldingen/" + listing + "?voorgesteld"));
		UUID proposal = jdbc.sql("select id from sm_proposal where resource_id = ? and status = 'pending'")
			.param(location)
			.query(UUID.class)
			.single();
		MockHttpSession curator = logIn(CURATOR);
		mvc.perform(get("/redactie/wijzigingen/" + proposal).session(curator))
			.andExpect(content().string(Matchers.containsString("Molenstraat 1, 6511 AB Nijmegen")));
		mvc.perform(post("/redactie/wijzigingen/" + proposal + "/goedkeuren").session(curator).with(csrf()))
			.andExpect(redirectedUrl("/redactie?wijziging-goedgekeurd"));
		assertThat(jdbc.sql("select postcode from sm_location where id = ?").param(location).query(String.class).single())
			.isEqualTo("6511 AB");
	}

	@Test
	void aListingNotVerifiedForAYearIsFlaggedAndItsOwnersAreRemindedOncePerMonth() throws Exception {
		UUID listing = ownedListing();
		UUID service = serviceOf(listing);
		jdbc.sql("""
				update sm_service set last_verified = date '2024-03-01',
				  doc = jsonb_set(doc, '{assured_date}', '"2024-03-01"') where organization_id = ?""")
			.param(listing)
			.update();
		LocalDate today = LocalDate.now(clock);
		mvc.perform(get("/hulp/" + service))
			.andExpect(content().string(Matchers.containsString("Laatst gecontroleerd op 1-3-2024.")))
			.andExpect(content().string(Matchers.containsString("al meer dan een jaar niet gecontroleerd")));

		int first = reminders.remind(today);
		assertThat(first).isPositive();
		assertThat(reminders.remind(today)).as("running the job twice changes nothing").isZero();
		assertThat(jdbc.sql("select count(*) from sm_reminder where service_id = ?").param(service).query(Long.class).single())
			.isOne();
		assertThat(reminders.remind(today.plusMonths(1))).as("one reminder per listing per month").isPositive();

		MockHttpSession owner = logIn(OWNER);
		String serviceName = jdbc.sql("select name from sm_service where id = ?").param(service).query(String.class).single();
		mvc.perform(get("/mijn/vermeldingen").session(owner))
			.andExpect(content().string(Matchers.containsString("Controleer uw gegevens")))
			.andExpect(content().string(Matchers.containsString(serviceName)));
		MockHttpSession curator = logIn(CURATOR);
		mvc.perform(get("/redactie").session(curator))
			.andExpect(content().string(Matchers.containsString("/redactie/diensten/" + service + "/gecontroleerd")));

		mvc.perform(post("/mijn/vermeldingen/" + listing + "/klopt").session(owner).with(csrf()))
			.andExpect(redirectedUrl("/mijn/vermeldingen/" + listing + "?klopt"));
		assertThat(jdbc.sql("select last_verified from sm_service where id = ?").param(service).query(LocalDate.class).single())
			.isEqualTo(today);
		assertThat(reminders.forOwner(user(OWNER), today)).extracting(VerificationReminders.Reminder::serviceId)
			.doesNotContain(service);
		mvc.perform(get("/hulp/" + service))
			.andExpect(content().string(Matchers.not(Matchers.containsString("al meer dan een jaar niet gecontroleerd"))));
	}

	@Test
	void aCuratorRenewsTheVerifiedDateOfAListingCheckedByPhone() throws Exception {
		UUID listing = freeListing();
		UUID service = serviceOf(listing);
		jdbc.sql("update sm_service set last_verified = null, doc = doc - 'assured_date' where id = ?").param(service).update();
		MockHttpSession curator = logIn(CURATOR);
		mvc.perform(post("/redactie/diensten/" + service + "/gecontroleerd").session(curator).with(csrf()))
			.andExpect(redirectedUrl("/redactie?gecontroleerd"));
		assertThat(jdbc.sql("select last_verified from sm_service where id = ?").param(service).query(LocalDate.class).single())
			.isEqualTo(LocalDate.now(clock));
		assertThat(jdbc.sql("select updated_by from sm_change where resource_id = ? and field_name = 'assured_date'")
			.param(service)
			.query(String.class)
			.list()).contains("Gemeente Nijmegen (CURATOR)");
	}

	@Test
	void onlyOwnersEditAndOnlyReviewersOfTheServedRegionReview() throws Exception {
		UUID listing = ownedListing();
		UUID service = serviceOf(listing);
		UUID other = freeListing();
		UUID otherService = serviceOf(other);
		MockHttpSession owner = logIn(OWNER);
		MockHttpSession volunteer = logIn("maatje@schuldhulp.demo");
		MockHttpSession professional = logIn("wijkwerker@wijkteam.demo");
		MockHttpSession staff = logIn("medewerker@nijmegen.demo");
		MockHttpSession admin = (MockHttpSession) mvc.perform(formLogin("/login").user("beheer@schakel.demo").password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);

		for (MockHttpSession outsider : List.of(volunteer, professional, staff)) {
			mvc.perform(get("/mijn/vermeldingen/" + listing).session(outsider)).andExpect(status().isForbidden());
			mvc.perform(get("/mijn/vermeldingen/" + listing + "/diensten/" + service).session(outsider))
				.andExpect(status().isForbidden());
			mvc.perform(edit(listing, service, version(service), "Niet van mij.", "MO", "09:00", "10:00").session(outsider))
				.andExpect(status().isForbidden());
			mvc.perform(post("/mijn/vermeldingen/" + listing + "/klopt").session(outsider).with(csrf()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/mijn/vermeldingen/" + other + "/diensten/" + otherService).session(owner))
			.andExpect(status().isForbidden());
		mvc.perform(get("/mijn/vermeldingen/" + listing + "/diensten/" + otherService).session(owner))
			.andExpect(status().isForbidden());
		mvc.perform(get("/mijn/vermeldingen/" + listing)).andExpect(redirectedUrl("/login"));

		for (MockHttpSession nonReviewer : List.of(owner, volunteer, professional, admin)) {
			mvc.perform(get("/redactie").session(nonReviewer)).andExpect(status().isForbidden());
			mvc.perform(post("/redactie/diensten/" + service + "/gecontroleerd").session(nonReviewer).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/redactie/aanvragen/" + UUID.randomUUID() + "/goedkeuren").session(nonReviewer).with(csrf()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/redactie").session(staff)).andExpect(status().isOk());
		mvc.perform(get("/vermeldingen/" + listing + "/geschiedenis").session(volunteer)).andExpect(status().isForbidden());
		mvc.perform(get("/vermeldingen/" + listing + "/geschiedenis").session(professional)).andExpect(status().isForbidden());
		mvc.perform(get("/vermeldingen/" + listing + "/geschiedenis").session(staff)).andExpect(status().isOk());

		// A curator of a municipality this installation does not serve reviews nothing here.
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		OrganisationId elsewhere = organisations.create("Gemeente Elders " + suffix, OrganisationKind.MUNICIPALITY, null,
				List.of(new MunicipalityCode("0344")));
		String username = "curator-" + suffix + "@elders.test";
		organisations.grant(elsewhere, accounts.createLocal(username, "Curator Elders", PASSWORD, false), Role.CURATOR);
		MockHttpSession foreignCurator = logIn(username);
		mvc.perform(get("/redactie").session(foreignCurator)).andExpect(status().isForbidden());
		mvc.perform(get("/vermeldingen/" + listing + "/geschiedenis").session(foreignCurator)).andExpect(status().isForbidden());
	}

	@Test
	void onlyAnAdminOfTheOrganisationClaimsForItAndAClaimedListingCannotBeClaimedAgain() throws Exception {
		UUID listing = ownedListing();
		MockHttpSession owner = logIn(OWNER);
		mvc.perform(post("/mijn/vermeldingen").session(owner).with(csrf())
			.param("organisatie", foodBank().toString())
			.param("vermelding", listing.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Deze vermelding heeft al een beheerder")));
		MockHttpSession volunteer = logIn("maatje@schuldhulp.demo");
		mvc.perform(post("/mijn/vermeldingen").session(volunteer).with(csrf())
			.param("organisatie", foodBank().toString())
			.param("vermelding", freeListing().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Kies een organisatie waarvan u beheerder bent")));

		UUID free = freeListing();
		UUID claim = claims.claim(free, new OrganisationId(foodBank()), user(OWNER));
		MockHttpSession curator = logIn(CURATOR);
		mvc.perform(post("/redactie/aanvragen/" + claim + "/afwijzen").session(curator).with(csrf()).param("reden", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"fouten\"")));
		mvc.perform(post("/redactie/aanvragen/" + claim + "/afwijzen").session(curator).with(csrf())
			.param("reden", "Wij konden niet nagaan dat u hier werkt.")).andExpect(redirectedUrl("/redactie?aanvraag-afgewezen"));
		mvc.perform(get("/mijn/vermeldingen").session(owner))
			.andExpect(content().string(Matchers.containsString("Wij konden niet nagaan dat u hier werkt.")));
		assertThat(jdbc.sql("select claimed_by is null from sm_organization where id = ?").param(free).query(Boolean.class).single())
			.isTrue();
	}

}
