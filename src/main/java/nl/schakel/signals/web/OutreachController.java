// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.schakel.organisation.SchakelUser;
import nl.schakel.paper.PaperSize;
import nl.schakel.paper.PdfRenderer;
import nl.schakel.region.Municipalities;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.signals.HelpOverview;
import nl.schakel.signals.Outreach;
import nl.schakel.signals.OutreachRefusedException;

/**
 * Outreach on a case: logging contact attempts, closing the case with its outcome, the letter to the household and
 * the overview to take to the door. Plain forms that post and redirect; a form with errors comes back with an error
 * summary and what was typed. The letter is a POST because making it logs a contact attempt.
 */
@Controller
class OutreachController {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final Outreach outreach;

	private final HelpOverview help;

	private final CasePage casePage;

	private final PdfRenderer renderer;

	private final MessageSource messages;

	private final Municipalities municipalities;

	private final List<String> languages;

	private final Clock clock;

	private final String stylesheet = PdfRenderer.stylesheet("/signals/paper/letter.css");

	OutreachController(Outreach outreach, HelpOverview help, CasePage casePage, PdfRenderer renderer,
			MessageSource messages, Municipalities municipalities,
			@Value("${schakel.languages}") List<String> languages, Clock clock) {
		this.outreach = outreach;
		this.help = help;
		this.casePage = casePage;
		this.renderer = renderer;
		this.messages = messages;
		this.municipalities = municipalities;
		this.languages = List.copyOf(languages);
		this.clock = clock;
	}

	@PostMapping("/vroegsignalering/zaken/{id}/contactpogingen")
	String logAttempt(@PathVariable UUID id, @RequestParam(defaultValue = "") String soort,
			@RequestParam(defaultValue = "") String datum, @RequestParam(defaultValue = "") String resultaat,
			@AuthenticationPrincipal SchakelUser user, Model model, HttpServletResponse response) {
		try {
			outreach.logAttempt(id, soort, datum, resultaat, user);
		}
		catch (OutreachRefusedException ex) {
			return refused(id, user, model, response, ex.problems(), new CasePage.AttemptForm(soort, datum, resultaat),
					null);
		}
		return "redirect:/vroegsignalering/zaken/" + id + "?gelogd#contact";
	}

	@PostMapping("/vroegsignalering/zaken/{id}/afsluiten")
	String close(@PathVariable UUID id, @RequestParam(defaultValue = "") String uitkomst,
			@RequestParam(defaultValue = "") String datum, @RequestParam(defaultValue = "") String dienst,
			@AuthenticationPrincipal SchakelUser user, Model model, HttpServletResponse response) {
		try {
			outreach.close(id, uitkomst, datum, dienst, user);
		}
		catch (OutreachRefusedException ex) {
			return refused(id, user, model, response, ex.problems(), null,
					new CasePage.CloseForm(uitkomst, datum, dienst));
		}
		return "redirect:/vroegsignalering/zaken/" + id + "?afgesloten#uitkomst";
	}

	@PostMapping("/vroegsignalering/zaken/{id}/heropenen")
	String reopen(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user, Model model,
			HttpServletResponse response) {
		try {
			outreach.reopen(id, user);
		}
		catch (OutreachRefusedException ex) {
			return refused(id, user, model, response, ex.problems(), null, null);
		}
		return "redirect:/vroegsignalering/zaken/" + id + "?heropend#contact";
	}

	@PostMapping("/vroegsignalering/zaken/{id}/brief")
	Object letter(@PathVariable UUID id, @RequestParam(defaultValue = "") String taal,
			@AuthenticationPrincipal SchakelUser user, Model model, HttpServletResponse response) {
		if (!languages.contains(taal)) {
			return refused(id, user, model, response, List.of("signals.error.language"), null, null);
		}
		Outreach.Letter letter;
		try {
			letter = outreach.letter(id, user);
		}
		catch (OutreachRefusedException ex) {
			return refused(id, user, model, response, ex.problems(), null, null);
		}
		Locale locale = Locale.of(taal);
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("lang", taal);
		variables.put("letter", letter);
		variables.put("title", messages.getMessage("signals.letter.title", null, locale));
		variables.put("site", letter.settings().teamName());
		return pdf(renderer.render("signals/paper/letter", variables, locale, stylesheet, PaperSize.A4),
				"brief-vroegsignalering-" + taal);
	}

	@GetMapping("/vroegsignalering/zaken/{id}/aan-de-deur")
	String door(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user, Model model) {
		MunicipalityCode municipality = municipalityFor(id, user);
		model.addAttribute("caseId", id);
		model.addAttribute("sheet", help.sheet(municipality, today()));
		model.addAttribute("settings", outreach.settings(municipality));
		model.addAttribute("municipalityName", municipalities.nameOf(municipality).orElse(municipality.value()));
		model.addAttribute("languages", languages);
		return "signals/door";
	}

	@GetMapping("/vroegsignalering/zaken/{id}/aan-de-deur/pdf")
	ResponseEntity<byte[]> doorPdf(@PathVariable UUID id, @RequestParam(defaultValue = "") String taal,
			@AuthenticationPrincipal SchakelUser user) {
		if (!languages.contains(taal)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		MunicipalityCode municipality = municipalityFor(id, user);
		Locale locale = Locale.of(taal);
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("lang", taal);
		variables.put("sheet", help.sheet(municipality, today()));
		variables.put("settings", outreach.settings(municipality));
		variables.put("municipalityName", municipalities.nameOf(municipality).orElse(municipality.value()));
		variables.put("title", messages.getMessage("signals.door.title", null, locale));
		variables.put("site", outreach.settings(municipality).teamName());
		return pdf(renderer.render("signals/paper/door", variables, locale, stylesheet, PaperSize.A4),
				"aan-de-deur-" + taal);
	}

	/** The case page again with the problems, keeping what the worker typed in the form that was sent. */
	private String refused(UUID id, SchakelUser user, Model model, HttpServletResponse response, List<String> problems,
			CasePage.@Nullable AttemptForm attempt, CasePage.@Nullable CloseForm close) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		String today = today().toString();
		return casePage.show(id, user, model, problems,
				attempt == null ? new CasePage.AttemptForm("", today, "") : attempt,
				close == null ? new CasePage.CloseForm("", today, "") : close);
	}

	@ExceptionHandler(Outreach.NoSuchCaseException.class)
	void noSuchCase(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	private MunicipalityCode municipalityFor(UUID id, SchakelUser user) {
		return outreach.municipalityForDoorVisit(id, user)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	private static ResponseEntity<byte[]> pdf(byte[] pdf, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

}
