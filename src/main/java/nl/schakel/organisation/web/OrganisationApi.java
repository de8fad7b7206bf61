// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.schakel.organisation.ApiClientPrincipal;
import nl.schakel.organisation.Organisation;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Scope;
import nl.schakel.region.MunicipalityCode;

/** Organisations as open data, and a "who am I" for API clients to test their key. */
@RestController
@Tag(name = "Organisations")
class OrganisationApi {

	private final Organisations organisations;

	OrganisationApi(Organisations organisations) {
		this.organisations = organisations;
	}

	/** An organisation in the API: public facts only. */
	record OrganisationResource(String id, String name, String kind, @Nullable String website,
			List<String> municipalities) {

		static OrganisationResource of(Organisation o) {
			return new OrganisationResource(o.id().toString(), o.name(), o.kind().name(), o.website(),
					o.municipalities().stream().map(MunicipalityCode::value).toList());
		}

	}

	/** The calling API client as Schakel knows it. */
	record ClientResource(String clientId, String organisationId, String name, List<String> scopes) {
	}

	@Operation(summary = "All organisations, optionally only those working in one municipality (CBS code)")
	@GetMapping("/api/v1/organisations")
	List<OrganisationResource> list(@RequestParam(required = false) @Nullable String municipality) {
		MunicipalityCode filter = municipality == null ? null : MunicipalityCode.parse(municipality);
		return organisations.list(filter).stream().map(OrganisationResource::of).toList();
	}

	@Operation(summary = "One organisation")
	@GetMapping("/api/v1/organisations/{id}")
	ResponseEntity<OrganisationResource> one(@PathVariable UUID id) {
		return ResponseEntity.of(organisations.byId(new OrganisationId(id)).map(OrganisationResource::of));
	}

	@Operation(summary = "The API client that calls, with its organisation and scopes",
			security = @SecurityRequirement(name = "apiKey"))
	@GetMapping("/api/v1/me")
	ClientResource me(@AuthenticationPrincipal ApiClientPrincipal client) {
		return new ClientResource(client.clientId().toString(), client.organisationId().toString(), client.name(),
				client.scopes().stream().map(Scope::code).sorted().toList());
	}

}
