// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.schakel.organisation.SchakelUser;
import nl.schakel.region.Municipalities;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.signals.Outreach;
import nl.schakel.signals.OutreachSettings;

/**
 * The team's outreach settings: its contact details on letters and the door overview, and the number of attempts
 * without contact after which a case closes. Each team sets them for its own municipality only.
 */
@Controller
class OutreachSettingsController {

	/** The form as sent, echoed back after an error. */
	record SettingsForm(String gemeente, String pogingen, String team, String telefoon, String email, String adres,
			String bron) {

		static SettingsForm of(MunicipalityCode municipality, OutreachSettings s) {
			return new SettingsForm(municipality.value(), Integer.toString(s.maxAttempts()), s.teamName(), s.phone(),
					s.email(), s.visitingAddress(), s.source());
		}

	}

	/** A municipality the team serves, to choose. */
	record Choice(String code, String name) {
	}

	private final Outreach outreach;

	private final Municipalities municipalities;

	OutreachSettingsController(Outreach outreach, Municipalities municipalities) {
		this.outreach = outreach;
		this.municipalities = municipalities;
	}

	@GetMapping("/vroegsignalering/instellingen")
	String show(@RequestParam(defaultValue = "") String gemeente,
			@RequestParam(name = "opgeslagen", required = false) @Nullable String saved, @AuthenticationPrincipal SchakelUser user, Model model) {
		MunicipalityCode municipality = chosen(gemeente, user);
		model.addAttribute("saved", saved != null);
		return page(SettingsForm.of(municipality, outreach.settings(municipality)),
				outreach.settings(municipality).equals(OutreachSettings.EXAMPLE), List.of(), user, model);
	}

	@PostMapping("/vroegsignalering/instellingen")
	String save(@RequestParam(defaultValue = "") String gemeente, @RequestParam(defaultValue = "") String pogingen,
			@RequestParam(defaultValue = "") String team, @RequestParam(defaultValue = "") String telefoon,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String adres,
			@RequestParam(defaultValue = "") String bron, @AuthenticationPrincipal SchakelUser user, Model model,
			HttpServletResponse response) {
		MunicipalityCode municipality = chosen(gemeente, user);
		var form = new SettingsForm(municipality.value(), pogingen.strip(), team.strip(), telefoon.strip(),
				email.strip(), adres.strip(), bron.strip());
		List<String> errors = new ArrayList<>();
		int attempts = 0;
		try {
			attempts = Integer.parseInt(form.pogingen());
		}
		catch (NumberFormatException ex) {
			attempts = 0;
		}
		if (attempts < 1 || attempts > 20) {
			errors.add("signals.settings.error.attempts");
		}
		check(form.team(), 200, "signals.settings.error.team", errors);
		check(form.telefoon(), 50, "signals.settings.error.phone", errors);
		if (!form.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || form.email().length() > 200) {
			errors.add("signals.settings.error.email");
		}
		check(form.adres(), 300, "signals.settings.error.address", errors);
		check(form.bron(), 300, "signals.settings.error.source", errors);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("saved", false);
			return page(form, false, errors, user, model);
		}
		outreach.configure(municipality, new OutreachSettings(attempts, form.team(), form.telefoon(), form.email(),
				form.adres(), form.bron()), user);
		return "redirect:/vroegsignalering/instellingen?gemeente=" + municipality.value() + "&opgeslagen";
	}

	private String page(SettingsForm form, boolean example, List<String> errors, SchakelUser user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("example", example);
		model.addAttribute("errors", errors);
		model.addAttribute("municipalityName",
				municipalities.nameOf(new MunicipalityCode(form.gemeente())).orElse(form.gemeente()));
		model.addAttribute("choices", outreach.municipalitiesOf(user)
			.stream()
			.map(m -> new Choice(m.value(), municipalities.nameOf(m).orElse(m.value())))
			.toList());
		return "signals/settings";
	}

	private MunicipalityCode chosen(String gemeente, SchakelUser user) {
		List<MunicipalityCode> mine = outreach.municipalitiesOf(user);
		if (mine.isEmpty()) {
			throw new AccessDeniedException("Only a vroegsignalering team sets outreach");
		}
		if (gemeente.isBlank()) {
			return mine.getFirst();
		}
		return mine.stream()
			.filter(m -> m.value().equals(gemeente.strip()))
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("Another municipality's outreach"));
	}

	private static void check(String value, int max, String key, List<String> errors) {
		if (value.isEmpty() || value.length() > max) {
			errors.add(key);
		}
	}

}
