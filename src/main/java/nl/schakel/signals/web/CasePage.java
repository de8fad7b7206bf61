// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import nl.schakel.organisation.SchakelUser;
import nl.schakel.signals.ContactKind;
import nl.schakel.signals.ContactResult;
import nl.schakel.signals.HelpOverview;
import nl.schakel.signals.Outcome;
import nl.schakel.signals.Outreach;
import nl.schakel.signals.SignalCases;

/**
 * Fills the case view: the case, its outreach and the choices of its forms. Both the case page and a form that comes
 * back with errors show it, so that the worker keeps what they typed.
 */
@Component
class CasePage {

	/** What a form sent, echoed back after an error. */
	record AttemptForm(String soort, String datum, String resultaat) {
	}

	record CloseForm(String uitkomst, String datum, String dienst) {
	}

	private final SignalCases cases;

	private final Outreach outreach;

	private final HelpOverview help;

	private final List<String> languages;

	private final Clock clock;

	CasePage(SignalCases cases, Outreach outreach, HelpOverview help,
			@Value("${schakel.languages}") List<String> languages, Clock clock) {
		this.cases = cases;
		this.outreach = outreach;
		this.help = help;
		this.languages = List.copyOf(languages);
		this.clock = clock;
	}

	String show(UUID id, SchakelUser user, Model model, List<String> errors, AttemptForm attempt, CloseForm close) {
		SignalCases.CaseView view = cases.open(id, user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Outreach.View contact = outreach.view(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
		Map<UUID, String> services = contact.closed() ? Map.of() : help.services(view.municipality(), today);
		for (String flag : List.of("assigned", "logged", "closedNow", "reopened")) {
			if (!model.containsAttribute(flag)) {
				model.addAttribute(flag, false);
			}
		}
		model.addAttribute("c", view);
		model.addAttribute("o", contact);
		model.addAttribute("me", user.accountId().value());
		model.addAttribute("errors", errors);
		model.addAttribute("attempt", attempt);
		model.addAttribute("closing", close);
		model.addAttribute("today", today.toString());
		model.addAttribute("kinds", ContactKind.values());
		model.addAttribute("results", ContactResult.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("services", services);
		model.addAttribute("languages", languages);
		return "signals/case";
	}

	String show(UUID id, SchakelUser user, Model model) {
		String today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).toString();
		return show(id, user, model, List.of(), new AttemptForm("", today, ""), new CloseForm("", today, ""));
	}

}
