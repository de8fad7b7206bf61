// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.schakel.organisation.Accounts;
import nl.schakel.organisation.DuplicateAccountException;
import nl.schakel.organisation.DuplicateOrganisationException;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.region.Municipalities;
import nl.schakel.region.Municipality;
import nl.schakel.region.MunicipalityCode;

/** System administration: adding organisations and local accounts. OIDC accounts appear on first login. */
@Controller
class AdministrationController {

	private final Organisations organisations;

	private final Accounts accounts;

	private final Municipalities municipalities;

	AdministrationController(Organisations organisations, Accounts accounts, Municipalities municipalities) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.municipalities = municipalities;
	}

	@GetMapping("/beheer/organisaties")
	String organisationForm(Model model) {
		model.addAttribute("organisations", organisations.list(null));
		model.addAttribute("served", municipalities.served());
		model.addAttribute("kinds", OrganisationKind.values());
		return "admin/organisations";
	}

	@PostMapping("/beheer/organisaties")
	String createOrganisation(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String website,
			@RequestParam(required = false) @Nullable List<String> gemeenten, Model model, RedirectAttributes redirect) {
		List<String> errors = new ArrayList<>();
		String trimmed = name.trim();
		if (trimmed.length() < 2 || trimmed.length() > 200) {
			errors.add("name");
		}
		OrganisationKind parsedKind = null;
		try {
			parsedKind = OrganisationKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			errors.add("kind");
		}
		String site = website.trim();
		if (!site.isEmpty() && !site.matches("https?://[^\\s]{3,300}")) {
			errors.add("website");
		}
		List<Municipality> served = municipalities.served();
		List<MunicipalityCode> chosen = gemeenten == null ? List.of()
				: served.stream().map(Municipality::code).filter(c -> gemeenten.contains(c.value())).toList();
		if (chosen.isEmpty()) {
			errors.add("gemeenten");
		}
		if (errors.isEmpty()) {
			try {
				OrganisationId id = organisations.create(trimmed, parsedKind, site.isEmpty() ? null : site, chosen);
				redirect.addFlashAttribute("created", true);
				return "redirect:/organisaties/" + id;
			}
			catch (DuplicateOrganisationException ex) {
				errors.add("duplicate");
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("form", new OrganisationForm(name, kind, website, gemeenten == null ? List.of() : gemeenten));
		return organisationForm(model);
	}

	@GetMapping("/beheer/accounts")
	String accountForm(Model model) {
		model.addAttribute("accounts", accounts.list());
		return "admin/accounts";
	}

	@PostMapping("/beheer/accounts")
	String createAccount(@RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
			Model model, RedirectAttributes redirect) {
		List<String> errors = new ArrayList<>();
		if (!username.trim().matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+")) {
			errors.add("username");
		}
		if (displayName.trim().length() < 2) {
			errors.add("displayName");
		}
		if (password.length() < 12) {
			errors.add("password");
		}
		if (errors.isEmpty()) {
			try {
				accounts.createLocal(username, displayName, password, false);
				redirect.addFlashAttribute("created", true);
				return "redirect:/beheer/accounts";
			}
			catch (DuplicateAccountException ex) {
				errors.add("duplicate");
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("username", username);
		model.addAttribute("displayName", displayName);
		return accountForm(model);
	}

	/** What the administrator typed, shown again after an error so nothing is lost. */
	record OrganisationForm(String name, String kind, String website, List<String> gemeenten) {
	}

}
