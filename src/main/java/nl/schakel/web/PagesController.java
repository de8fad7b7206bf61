// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.schakel.organisation.SchakelUser;

/** The home page that routes residents and professionals, and the shell's fixed pages. */
@Controller
class PagesController {

	private final ObjectProvider<ClientRegistrationRepository> oidcClients;

	PagesController(ObjectProvider<ClientRegistrationRepository> oidcClients) {
		this.oidcClients = oidcClients;
	}

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("oidcEnabled", oidcClients.getIfAvailable() != null);
		return "login";
	}

	@GetMapping("/mijn")
	String mine(@AuthenticationPrincipal SchakelUser user, Model model) {
		model.addAttribute("memberships", user.memberships());
		return "mine";
	}

	@GetMapping("/toegankelijkheid")
	String accessibility() {
		return "accessibility";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "privacy";
	}

	@GetMapping("/beheer")
	String administration() {
		return "admin";
	}

}
