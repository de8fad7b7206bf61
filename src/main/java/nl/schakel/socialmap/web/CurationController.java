// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.schakel.organisation.SchakelUser;
import nl.schakel.socialmap.Claims;
import nl.schakel.socialmap.ErrorReports;
import nl.schakel.socialmap.ListingChanges;
import nl.schakel.socialmap.ListingRefused;
import nl.schakel.socialmap.Stewardship;

/**
 * "Redactie": the curators' one review queue: claims to verify, owners' changes to review, residents' error reports
 * and listings not verified for a year.
 */
@Controller
class CurationController {

	static final int DUE_SHOWN = 50;

	private final Claims claims;

	private final ListingChanges changes;

	private final ErrorReports reports;

	private final Stewardship stewardship;

	private final Clock clock;

	CurationController(Claims claims, ListingChanges changes, ErrorReports reports, Stewardship stewardship, Clock clock) {
		this.claims = claims;
		this.changes = changes;
		this.reports = reports;
		this.stewardship = stewardship;
		this.clock = clock;
	}

	@GetMapping("/redactie")
	String queue(@AuthenticationPrincipal SchakelUser user, Model model) {
		return queue(user, model, null, null);
	}

	private String queue(SchakelUser user, Model model, @Nullable String error, @Nullable UUID errorClaim) {
		stewardship.requireReviewer(user);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("claims", claims.pending(user));
		model.addAttribute("proposals", changes.pending(user));
		model.addAttribute("reports", reports.open());
		model.addAttribute("due", changes.due(user, today, DUE_SHOWN));
		model.addAttribute("dueCount", changes.dueCount(today));
		model.addAttribute("error", error);
		model.addAttribute("errorClaim", errorClaim);
		return "socialmap/curation";
	}

	@PostMapping("/redactie/aanvragen/{id}/goedkeuren")
	String approveClaim(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user, Model model) {
		try {
			claims.approve(id, user);
		}
		catch (ListingRefused ex) {
			return queue(user, model, ex.code(), id);
		}
		return "redirect:/redactie?aanvraag-goedgekeurd";
	}

	@PostMapping("/redactie/aanvragen/{id}/afwijzen")
	String rejectClaim(@PathVariable UUID id, @RequestParam(defaultValue = "") String reden,
			@AuthenticationPrincipal SchakelUser user, Model model) {
		try {
			claims.reject(id, reden, user);
		}
		catch (ListingRefused ex) {
			return queue(user, model, ex.code(), id);
		}
		return "redirect:/redactie?aanvraag-afgewezen";
	}

	@GetMapping("/redactie/wijzigingen/{id}")
	String proposal(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user, Model model) {
		return proposal(id, user, model, null, "");
	}

	private String proposal(UUID id, SchakelUser user, Model model, @Nullable String error, String reason) {
		try {
			model.addAttribute("review", changes.review(id, user));
		}
		catch (ListingRefused ex) {
			throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
		}
		model.addAttribute("error", error);
		model.addAttribute("reden", reason);
		return "socialmap/proposal";
	}

	@PostMapping("/redactie/wijzigingen/{id}/goedkeuren")
	String approve(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user, Model model) {
		try {
			changes.approve(id, user, LocalDate.now(clock));
		}
		catch (ListingRefused ex) {
			return proposal(id, user, model, ex.code(), "");
		}
		return "redirect:/redactie?wijziging-goedgekeurd";
	}

	@PostMapping("/redactie/wijzigingen/{id}/afwijzen")
	String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String reden,
			@AuthenticationPrincipal SchakelUser user, Model model) {
		try {
			changes.reject(id, reden, user);
		}
		catch (ListingRefused ex) {
			return proposal(id, user, model, ex.code(), reden);
		}
		return "redirect:/redactie?wijziging-afgewezen";
	}

	@PostMapping("/redactie/diensten/{id}/gecontroleerd")
	String verified(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user) {
		changes.verify(id, user, LocalDate.now(clock));
		return "redirect:/redactie?gecontroleerd";
	}

}
