// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.schakel.organisation.AccountId;
import nl.schakel.organisation.ApiClientId;
import nl.schakel.organisation.ApiClients;
import nl.schakel.organisation.IssuedApiKey;
import nl.schakel.organisation.Organisation;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Role;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.organisation.Scope;
import nl.schakel.organisation.UnknownAccountException;
import nl.schakel.organisation.UnknownOrganisationException;
import nl.schakel.region.Municipalities;
import nl.schakel.region.MunicipalityCode;

/** The public list of organisations, an organisation's page, and — for its members — its people and API keys. */
@Controller
class OrganisationController {

	private final Organisations organisations;

	private final ApiClients apiClients;

	private final Municipalities municipalities;

	OrganisationController(Organisations organisations, ApiClients apiClients, Municipalities municipalities) {
		this.organisations = organisations;
		this.apiClients = apiClients;
		this.municipalities = municipalities;
	}

	@GetMapping("/organisaties")
	String list(@RequestParam(required = false) @Nullable String gemeente, Model model) {
		MunicipalityCode filter = gemeente != null && gemeente.matches("[0-9]{4}") ? new MunicipalityCode(gemeente)
				: null;
		model.addAttribute("organisations", organisations.list(filter));
		model.addAttribute("served", municipalities.served());
		model.addAttribute("filter", filter == null ? null : filter.value());
		return "organisation/list";
	}

	@GetMapping("/organisaties/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal @Nullable SchakelUser user, Model model) {
		Organisation organisation = find(id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("municipalityNames", organisation.municipalities()
			.stream()
			.map(code -> municipalities.nameOf(code).orElse(code.value()))
			.toList());
		model.addAttribute("insider", user != null && (user.systemAdmin() || user.isMemberOf(organisation.id())));
		return "organisation/show";
	}

	@GetMapping("/organisaties/{id}/leden")
	String members(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user, Model model) {
		Organisation organisation = find(id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("members", organisations.members(organisation.id(), user));
		model.addAttribute("canManage", user.administers(organisation.id()));
		model.addAttribute("roles", rolesFor(organisation));
		return "organisation/members";
	}

	@PostMapping("/organisaties/{id}/leden")
	String addMember(@PathVariable UUID id, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String role, @AuthenticationPrincipal SchakelUser user, Model model,
			RedirectAttributes redirect) {
		Organisation organisation = find(id);
		String error = null;
		Role chosen = parseRole(role);
		if (username.isBlank()) {
			error = "members.error.username";
		}
		else if (chosen == null || !chosen.allowedIn(organisation.kind())) {
			error = "members.error.role";
		}
		else {
			try {
				organisations.addMember(organisation.id(), username, chosen, user);
				redirect.addFlashAttribute("added", true);
				return "redirect:/organisaties/" + id + "/leden";
			}
			catch (UnknownAccountException ex) {
				error = "members.error.unknown";
			}
		}
		model.addAttribute("error", error);
		model.addAttribute("username", username);
		return members(id, user, model);
	}

	@PostMapping("/organisaties/{id}/leden/{account}/verwijderen")
	String removeMember(@PathVariable UUID id, @PathVariable UUID account, @AuthenticationPrincipal SchakelUser user,
			RedirectAttributes redirect) {
		organisations.removeMember(find(id).id(), new AccountId(account), user);
		redirect.addFlashAttribute("removed", true);
		return "redirect:/organisaties/" + id + "/leden";
	}

	@GetMapping("/organisaties/{id}/api-clients")
	String apiClients(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user, Model model) {
		Organisation organisation = find(id);
		requireAdmin(user, organisation);
		model.addAttribute("organisation", organisation);
		model.addAttribute("clients", apiClients.of(organisation.id()));
		model.addAttribute("scopes", Scope.values());
		return "organisation/api-clients";
	}

	@PostMapping("/organisaties/{id}/api-clients")
	String issueKey(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable List<String> scopes, @AuthenticationPrincipal SchakelUser user,
			Model model, RedirectAttributes redirect) {
		Organisation organisation = find(id);
		Set<Scope> chosen = EnumSet.noneOf(Scope.class);
		if (scopes != null) {
			for (String code : scopes) {
				try {
					chosen.add(Scope.fromCode(code));
				}
				catch (IllegalArgumentException ex) {
					// an unknown scope is treated as not chosen; the form only offers known ones
				}
			}
		}
		if (name.isBlank() || name.length() > 100) {
			model.addAttribute("error", "apiclients.error.name");
		}
		else if (chosen.isEmpty()) {
			model.addAttribute("error", "apiclients.error.scopes");
		}
		else {
			IssuedApiKey issued = apiClients.issue(organisation.id(), name, chosen, user);
			// Post-redirect-get: a reload must not make a second key. The key travels once, in the flash scope.
			redirect.addFlashAttribute("issuedKey", issued.key());
			return "redirect:/organisaties/" + id + "/api-clients";
		}
		model.addAttribute("name", name);
		return apiClients(id, user, model);
	}

	@PostMapping("/organisaties/{id}/api-clients/{client}/intrekken")
	String revoke(@PathVariable UUID id, @PathVariable UUID client, @AuthenticationPrincipal SchakelUser user) {
		apiClients.revoke(find(id).id(), new ApiClientId(client), user);
		return "redirect:/organisaties/" + id + "/api-clients";
	}

	private Organisation find(UUID id) {
		return organisations.byId(new OrganisationId(id)).orElseThrow(UnknownOrganisationException::new);
	}

	private static void requireAdmin(SchakelUser user, Organisation organisation) {
		if (!user.administers(organisation.id())) {
			throw new org.springframework.security.access.AccessDeniedException("Not an admin of this organisation");
		}
	}

	private static List<Role> rolesFor(Organisation organisation) {
		return java.util.Arrays.stream(Role.values()).filter(r -> r.allowedIn(organisation.kind())).toList();
	}

	private static @Nullable Role parseRole(String role) {
		try {
			return Role.valueOf(role);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
