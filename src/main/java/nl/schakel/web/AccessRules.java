// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import static nl.schakel.web.Access.AUTHENTICATED;
import static nl.schakel.web.Access.PUBLIC;
import static nl.schakel.web.Access.anyOf;
import static nl.schakel.web.AccessRule.any;
import static nl.schakel.web.AccessRule.get;
import static nl.schakel.web.AccessRule.post;

import java.util.List;

/**
 * The authorisation matrix: every endpoint of Schakel has an explicit line here, and everything else is denied.
 * {@code AuthorisationMatrixTests} fails when a controller adds an endpoint without one. Finer, per-organisation
 * checks (need to know) happen in the modules themselves.
 */
public final class AccessRules {

	static final String SYSTEM_ADMIN = "ROLE_SYSTEM_ADMIN";

	static final String MEMBER = "ROLE_MEMBER";

	/** Members of some organisation; whether they belong to the one in the path is checked by the module. */
	static final Access MEMBERS = anyOf(MEMBER, SYSTEM_ADMIN);

	/** Curators and municipal staff, who review the sociale kaart. */
	static final Access REVIEWERS = anyOf("ROLE_CURATOR", "ROLE_MUNICIPAL_STAFF");

	/** Municipal staff, who screen household files for non-take-up. */
	static final Access STAFF = anyOf("ROLE_MUNICIPAL_STAFF");

	/** Municipal staff and administrators, who maintain local schemes; the module checks the municipality. */
	static final Access SCHEME_EDITORS = anyOf("ROLE_MUNICIPAL_STAFF", SYSTEM_ADMIN);

	/** Resources that carry no data: styles, scripts, health probes. */
	public static final List<AccessRule> INFRASTRUCTURE = List.of(
			get("/css/**", PUBLIC), get("/js/**", PUBLIC), get("/img/**", PUBLIC), get("/vendor/**", PUBLIC),
			get("/webjars/**", PUBLIC), get("/theme/**", PUBLIC), get("/favicon.ico", PUBLIC), get("/robots.txt", PUBLIC),
			any("/error", PUBLIC), get("/actuator/health", PUBLIC), get("/actuator/health/**", PUBLIC),
			get("/actuator/info", PUBLIC), get("/actuator/prometheus", anyOf(SYSTEM_ADMIN, "SCOPE_metrics:read")));

	/** Pages for people. */
	public static final List<AccessRule> PAGES = List.of(
			get("/", PUBLIC), get("/login", PUBLIC), post("/login", PUBLIC), post("/logout", AUTHENTICATED),
			get("/toegankelijkheid", PUBLIC), get("/privacy", PUBLIC), get("/regelingen", PUBLIC),
			// The catalogue of regelingen and its booklet: public, nothing stored.
			get("/regelingen/{id}", PUBLIC), get("/regelingen/boekje.pdf", PUBLIC),
			// The follow-up after four weeks: anonymous; a link's unguessable token is the only key (docs/schemes.md).
			get("/regelingen/opvolging", PUBLIC), post("/regelingen/opvolging", PUBLIC),
			get("/regelingen/opvolging/aangemeld", PUBLIC), get("/regelingen/opvolging/bedankt", PUBLIC),
			get("/regelingen/opvolging/gewist", PUBLIC), get("/regelingen/opvolging/{token}", PUBLIC),
			post("/regelingen/opvolging/{token}", PUBLIC), get("/regelingen/opvolging/{token}/wissen", PUBLIC),
			post("/regelingen/opvolging/{token}/wissen", PUBLIC), get("/regelingen/cijfers", PUBLIC),
			get("/gemeente", PUBLIC), post("/gemeente", PUBLIC),
			// The check "Waar heb ik recht op?": anonymous; the answers travel in a signed token (docs/schemes.md).
			get("/regelingen/check", PUBLIC), get("/regelingen/check/vraag/{step}", PUBLIC),
			post("/regelingen/check/vraag/{step}", PUBLIC), get("/regelingen/check/uitkomst", PUBLIC),
			get("/regelingen/check/uitkomst.pdf", PUBLIC), post("/regelingen/check/delen", PUBLIC),
			// A shared result: anyone with the code (a volunteer may have no account); attempts are rate-limited.
			get("/regelingen/gedeeld", PUBLIC), get("/regelingen/gedeeld/bewaard", PUBLIC),
			post("/regelingen/gedeeld/verwijderen", PUBLIC), get("/regelingen/gedeeld/verwijderd", PUBLIC),
			get("/hulp", PUBLIC), get("/hulp/{id}", PUBLIC), get("/hulp/{id}/melding", PUBLIC), get("/hulp/{id}/pdf", PUBLIC),
			get("/hulp/boekje", PUBLIC), get("/hulp/boekje/pdf", PUBLIC), post("/hulp/{id}/melding", PUBLIC), get("/agenda", PUBLIC), get("/agenda.ics", PUBLIC), get("/organisaties", PUBLIC), get("/organisaties/{id}", PUBLIC),
			get("/organisaties/{id}/leden", MEMBERS), post("/organisaties/{id}/leden", MEMBERS),
			post("/organisaties/{id}/leden/{account}/verwijderen", MEMBERS),
			get("/organisaties/{id}/api-clients", MEMBERS),
			post("/organisaties/{id}/api-clients", MEMBERS),
			post("/organisaties/{id}/api-clients/{client}/intrekken", MEMBERS),
			get("/mijn", AUTHENTICATED),
			get("/redactie/meldingen", anyOf("ROLE_CURATOR", "ROLE_MUNICIPAL_STAFF", SYSTEM_ADMIN)),
			post("/redactie/meldingen/{id}/afgehandeld", anyOf("ROLE_CURATOR", "ROLE_MUNICIPAL_STAFF", SYSTEM_ADMIN)),
			// Partners keep their own listings current; the module checks ownership (admins of the owning organisation).
			get("/mijn/vermeldingen", MEMBERS), post("/mijn/vermeldingen", MEMBERS),
			get("/mijn/vermeldingen/{id}", MEMBERS), post("/mijn/vermeldingen/{id}/klopt", MEMBERS),
			get("/mijn/vermeldingen/{id}/diensten/{service}", MEMBERS),
			post("/mijn/vermeldingen/{id}/diensten/{service}", MEMBERS),
			get("/mijn/vermeldingen/{id}/locaties/{location}", MEMBERS),
			post("/mijn/vermeldingen/{id}/locaties/{location}", MEMBERS),
			get("/mijn/vermeldingen/{id}/diensten/nieuw", MEMBERS), post("/mijn/vermeldingen/{id}/diensten/nieuw", MEMBERS),
			get("/mijn/vermeldingen/{id}/locaties/nieuw", MEMBERS), post("/mijn/vermeldingen/{id}/locaties/nieuw", MEMBERS),
			get("/mijn/vermeldingen/{id}/diensten/{service}/intrekken", MEMBERS),
			post("/mijn/vermeldingen/{id}/diensten/{service}/intrekken", MEMBERS),
			get("/mijn/vermeldingen/{id}/locaties/{location}/intrekken", MEMBERS),
			post("/mijn/vermeldingen/{id}/locaties/{location}/intrekken", MEMBERS),
			get("/vermeldingen/{id}/geschiedenis", MEMBERS),
			// The curators' review queue; the module checks that the reviewer serves this region.
			get("/redactie", REVIEWERS), post("/redactie/aanvragen/{id}/goedkeuren", REVIEWERS),
			post("/redactie/aanvragen/{id}/afwijzen", REVIEWERS), get("/redactie/wijzigingen/{id}", REVIEWERS),
			post("/redactie/wijzigingen/{id}/goedkeuren", REVIEWERS),
			post("/redactie/wijzigingen/{id}/afwijzen", REVIEWERS),
			post("/redactie/diensten/{id}/gecontroleerd", REVIEWERS),
			get("/redactie/uitwisseling", anyOf("ROLE_CURATOR", "ROLE_MUNICIPAL_STAFF", SYSTEM_ADMIN)),
			post("/redactie/uitwisseling", anyOf("ROLE_CURATOR", "ROLE_MUNICIPAL_STAFF", SYSTEM_ADMIN)),
			get("/redactie/uitwisseling/{id}", anyOf("ROLE_CURATOR", "ROLE_MUNICIPAL_STAFF", SYSTEM_ADMIN)),
			post("/redactie/uitwisseling/{id}", anyOf("ROLE_CURATOR", "ROLE_MUNICIPAL_STAFF", SYSTEM_ADMIN)),
			post("/redactie/uitwisseling/{id}/verwijderen", anyOf("ROLE_CURATOR", "ROLE_MUNICIPAL_STAFF", SYSTEM_ADMIN)),
			// Vroegsignalering: only the municipality's team; the module checks the municipality (need to know).
			get("/vroegsignalering", anyOf("ROLE_VROEGSIGNALERING")),
			get("/vroegsignalering/zaken/{id}", anyOf("ROLE_VROEGSIGNALERING")),
			post("/vroegsignalering/zaken/{id}/toewijzen", anyOf("ROLE_VROEGSIGNALERING")),
			// Reporting of the team: DDAS file for CBS and the figures; the module checks the municipality.
			get("/vroegsignalering/ddas", anyOf("ROLE_VROEGSIGNALERING")),
			get("/vroegsignalering/ddas.json", anyOf("ROLE_VROEGSIGNALERING")),
			post("/vroegsignalering/ddas/verzenden", anyOf("ROLE_VROEGSIGNALERING")),
			get("/vroegsignalering/cijfers", anyOf("ROLE_VROEGSIGNALERING")),
			get("/vroegsignalering/cijfers.csv", anyOf("ROLE_VROEGSIGNALERING")),
			// Outreach on a case: the team of the case's municipality, including its assigned worker.
			post("/vroegsignalering/zaken/{id}/contactpogingen", anyOf("ROLE_VROEGSIGNALERING")),
			post("/vroegsignalering/zaken/{id}/afsluiten", anyOf("ROLE_VROEGSIGNALERING")),
			post("/vroegsignalering/zaken/{id}/heropenen", anyOf("ROLE_VROEGSIGNALERING")),
			post("/vroegsignalering/zaken/{id}/brief", anyOf("ROLE_VROEGSIGNALERING")),
			get("/vroegsignalering/zaken/{id}/aan-de-deur", anyOf("ROLE_VROEGSIGNALERING")),
			get("/vroegsignalering/zaken/{id}/aan-de-deur/pdf", anyOf("ROLE_VROEGSIGNALERING")),
			// The team's own contact details and number of attempts; the module checks the municipality.
			get("/vroegsignalering/instellingen", anyOf("ROLE_VROEGSIGNALERING")),
			post("/vroegsignalering/instellingen", anyOf("ROLE_VROEGSIGNALERING")),
			// A matching platform's export, imported by the team; the module checks the team's municipalities.
			get("/vroegsignalering/import", anyOf("ROLE_VROEGSIGNALERING")),
			post("/vroegsignalering/import", anyOf("ROLE_VROEGSIGNALERING")),
			get("/vroegsignalering/import/{id}", anyOf("ROLE_VROEGSIGNALERING")),
			post("/vroegsignalering/import/{id}", anyOf("ROLE_VROEGSIGNALERING")),
			get("/vroegsignalering/import/{id}/ontvangstbewijs.csv", anyOf("ROLE_VROEGSIGNALERING")),
			// A creditor's signals in a file; the module checks membership of a creditor organisation and the upload's owner.
			get("/signalen/aanleveren", MEMBERS), post("/signalen/aanleveren", MEMBERS),
			get("/signalen/aanleveren/{id}", MEMBERS), post("/signalen/aanleveren/{id}", MEMBERS),
			get("/signalen/aanleveren/{id}/ontvangstbewijs.csv", MEMBERS),
			// Bulk screening of household files; each member of staff sees only their own runs.
			get("/screening", STAFF), post("/screening", STAFF), get("/screening/{id}", STAFF),
			get("/screening/{id}/{file}.csv", STAFF), post("/screening/{id}/verwijderen", STAFF),
			// The editor of local schemes (four-eyes); staff see only their own municipality's schemes (404 otherwise).
			get("/beheer/regelingen", SCHEME_EDITORS), post("/beheer/regelingen/import", SCHEME_EDITORS),
			get("/beheer/regelingen/nieuw", SCHEME_EDITORS), post("/beheer/regelingen/nieuw", SCHEME_EDITORS),
			post("/beheer/regelingen/valideren", SCHEME_EDITORS), get("/beheer/regelingen/{id}", SCHEME_EDITORS),
			get("/beheer/regelingen/{id}/bewerken", SCHEME_EDITORS),
			post("/beheer/regelingen/{id}/bewerken", SCHEME_EDITORS), get("/beheer/regelingen/{id}/yaml", SCHEME_EDITORS),
			post("/beheer/regelingen/{id}/yaml", SCHEME_EDITORS),
			get("/beheer/regelingen/{id}/export.yaml", SCHEME_EDITORS),
			get("/beheer/regelingen/{id}/parameters.xlsx", SCHEME_EDITORS),
			post("/beheer/regelingen/{id}/parameters", SCHEME_EDITORS),
			get("/beheer/regelingen/concepten/{draft}", SCHEME_EDITORS),
			post("/beheer/regelingen/concepten/{draft}/goedkeuren", SCHEME_EDITORS),
			post("/beheer/regelingen/concepten/{draft}/afwijzen", SCHEME_EDITORS),
			get("/beheer", anyOf(SYSTEM_ADMIN)), get("/beheer/**", anyOf(SYSTEM_ADMIN)),
			post("/beheer/**", anyOf(SYSTEM_ADMIN)),
			get("/oauth2/**", PUBLIC), get("/login/oauth2/**", PUBLIC));

	/** The JSON API; documentation is public, data is not unless it is public anyway. */
	public static final List<AccessRule> API = List.of(
			get("/v3/api-docs", PUBLIC), get("/v3/api-docs/**", PUBLIC), get("/v3/api-docs.yaml", PUBLIC),
			get("/api/v1/municipalities", PUBLIC), get("/api/v1/municipalities/placement", PUBLIC),
			get("/api/v1/organisations", PUBLIC), get("/api/v1/organisations/{id}", PUBLIC),
			get("/api/v1/me", anyOf("ROLE_API_CLIENT")),
			// Vroegsignalering intake; the module checks that the client's organisation is a creditor.
			post("/api/v1/signals", anyOf("SCOPE_signals:write")),
			// The DDAS delivery API (POST /gegevens of the model); the module checks that the client is a municipality's.
			post("/api/ddas/v1/gegevens", anyOf("SCOPE_signals:report")),
			// Status feedback on the creditor's own signals; a delivering client may read it too (docs/signals.md).
			get("/api/v1/signals/feedback", anyOf("SCOPE_signals:read", "SCOPE_signals:write")),
			// The regelingen calculation: anonymous, nothing stored, rate-limited per address (docs/api.md).
			get("/api/v1/regelingen", PUBLIC), post("/api/v1/regelingen/berekening", PUBLIC),
			post("/api/v1/regelingen/{id}/berekening", PUBLIC),
			// The sociale kaart as open data in the Open Referral HSDS 3.0 API.
			get("/api/hsds", PUBLIC), get("/api/hsds/", PUBLIC), get("/api/hsds/services", PUBLIC),
			get("/api/hsds/services/{id}", PUBLIC), get("/api/hsds/organizations", PUBLIC),
			get("/api/hsds/organizations/{id}", PUBLIC), get("/api/hsds/service_at_locations", PUBLIC),
			get("/api/hsds/service_at_locations/{id}", PUBLIC), get("/api/hsds/taxonomies", PUBLIC),
			get("/api/hsds/taxonomies/{id}", PUBLIC), get("/api/hsds/taxonomy_terms", PUBLIC),
			get("/api/hsds/taxonomy_terms/{id}", PUBLIC), get("/api/hsds/export.json", PUBLIC),
			get("/api/hsds/export.zip", PUBLIC),
			// Imports into the sociale kaart by a partner's API client.
			post("/api/directory/imports", anyOf("SCOPE_directory:write")));

	private AccessRules() {
	}

}
