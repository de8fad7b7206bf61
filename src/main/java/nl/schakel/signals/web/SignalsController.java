// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals.web;

import java.util.Arrays;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.schakel.organisation.AccountId;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.signals.Priority;
import nl.schakel.signals.SignalCases;

/**
 * The vroegsignalering team's work queue and case view. Only the team of the case's municipality gets here; the
 * queue shows no names or addresses, the case view shows the decrypted signals and records that read.
 */
@Controller
class SignalsController {

	private final SignalCases cases;

	private final CasePage casePage;

	SignalsController(SignalCases cases, CasePage casePage) {
		this.cases = cases;
		this.casePage = casePage;
	}

	@GetMapping("/vroegsignalering")
	String queue(@RequestParam(name = "wijk", required = false) @Nullable String neighbourhood,
			@RequestParam(name = "team", required = false) @Nullable String team,
			@RequestParam(name = "prioriteit", required = false) @Nullable String priority,
			@RequestParam(name = "mijn", required = false) @Nullable String mine,
			@RequestParam(name = "na", required = false) @Nullable String after,
			@AuthenticationPrincipal SchakelUser user, Model model) {
		Priority chosenPriority = Arrays.stream(Priority.values())
			.filter(p -> p.name().equalsIgnoreCase(priority))
			.findFirst()
			.orElse(null);
		OrganisationId chosenTeam = null;
		try {
			chosenTeam = team == null || team.isBlank() ? null : new OrganisationId(UUID.fromString(team));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		boolean onlyMine = mine != null && !mine.isBlank();
		var filter = new SignalCases.QueueFilter(blank(neighbourhood), chosenTeam, chosenPriority, onlyMine,
				SignalCases.QueuePosition.parse(after).orElse(null));
		SignalCases.Queue queue = cases.queue(user, filter);
		model.addAttribute("queue", queue);
		model.addAttribute("wijk", neighbourhood == null ? "" : neighbourhood);
		model.addAttribute("team", chosenTeam == null ? "" : chosenTeam.value().toString());
		model.addAttribute("prioriteit", chosenPriority == null ? "" : chosenPriority.name());
		model.addAttribute("mijn", onlyMine);
		model.addAttribute("paged", filter.after() != null);
		model.addAttribute("priorities", Priority.values());
		return "signals/queue";
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}

	@GetMapping("/vroegsignalering/zaken/{id}")
	String show(@PathVariable UUID id, @RequestParam(name = "toegewezen", required = false) @Nullable String assigned,
			@RequestParam(name = "gelogd", required = false) @Nullable String logged,
			@RequestParam(name = "afgesloten", required = false) @Nullable String closed,
			@RequestParam(name = "heropend", required = false) @Nullable String reopened,
			@AuthenticationPrincipal SchakelUser user, Model model) {
		model.addAttribute("assigned", assigned != null);
		model.addAttribute("logged", logged != null);
		model.addAttribute("closedNow", closed != null);
		model.addAttribute("reopened", reopened != null);
		return casePage.show(id, user, model);
	}

	@PostMapping("/vroegsignalering/zaken/{id}/toewijzen")
	String assign(@PathVariable UUID id, @RequestParam(name = "medewerker", defaultValue = "") String worker,
			@AuthenticationPrincipal SchakelUser user) {
		AccountId account;
		try {
			account = AccountId.parse(worker);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			cases.assign(id, account, user);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return "redirect:/vroegsignalering/zaken/" + id + "?toegewezen";
	}

}
