// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.takeup.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.schakel.region.Municipalities;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.takeup.Answer;
import nl.schakel.takeup.FollowUp;
import nl.schakel.takeup.FollowUps;
import nl.schakel.takeup.TakeUpFigures;

/**
 * The follow-up: asking for an e-mail address with consent, the three questions per scheme four weeks later, deleting
 * the address at once, and the public take-up figures. Plain forms with redirects, so everything works without
 * JavaScript. A link with an unknown token always gets the same neutral page.
 */
@Controller
class FollowUpController {

	private static final String FORM = "takeup/signup";

	private static final String NOTICE = "takeup/notice";

	private final FollowUps followUps;

	private final TakeUpFigures figures;

	private final Municipalities municipalities;

	FollowUpController(FollowUps followUps, TakeUpFigures figures, Municipalities municipalities) {
		this.followUps = followUps;
		this.figures = figures;
		this.municipalities = municipalities;
	}

	/** A scheme as the pages name it. */
	record SchemeName(String id, String name) {
	}

	/** What the resident answered about one scheme, echoed back after an error. */
	record Given(String schemeId, String name, @Nullable String applied, @Nullable String received,
			@Nullable String obstacle, @Nullable String remark, @Nullable String error) {
	}

	@GetMapping("/regelingen/opvolging")
	String form(@RequestParam(name = "regeling", defaultValue = "") List<String> regeling,
			@RequestParam(defaultValue = "") String gemeente, Locale locale, Model model) {
		List<String> ids = schemeIds(regeling);
		return showForm(ids, municipality(gemeente), "", false, List.of(), locale, model);
	}

	@PostMapping("/regelingen/opvolging")
	String signUp(@RequestParam(name = "regeling", defaultValue = "") List<String> regeling,
			@RequestParam(defaultValue = "") String gemeente, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "false") boolean toestemming, Locale locale, Model model,
			RedirectAttributes redirect) {
		List<String> ids = schemeIds(regeling);
		String municipality = municipality(gemeente);
		String address = email.strip();
		List<String> errors = new ArrayList<>();
		if (address.isEmpty()) {
			errors.add("followUp.error.emailEmpty");
		}
		else if (!FollowUps.isEmailAddress(address)) {
			errors.add("followUp.error.email");
		}
		if (!toestemming) {
			errors.add("followUp.error.consent");
		}
		if (!errors.isEmpty()) {
			return showForm(ids, municipality, address, toestemming, errors, locale, model);
		}
		String token = followUps.signUp(address, ids, municipality, language(locale));
		redirect.addFlashAttribute("token", token);
		return "redirect:/regelingen/opvolging/aangemeld";
	}

	@GetMapping("/regelingen/opvolging/aangemeld")
	String signedUp(Model model) {
		model.addAttribute("days", FollowUps.DAYS_UNTIL_MAIL);
		return "takeup/signed-up";
	}

	@GetMapping("/regelingen/opvolging/{token}")
	String questions(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
		var followUp = followUps.find(token);
		if (followUp.isEmpty()) {
			return gone(response, model);
		}
		List<Given> given = new ArrayList<>();
		for (String id : followUp.get().schemeIds()) {
			given.add(new Given(id, followUps.name(id, locale), null, null, null, null, null));
		}
		return showQuestions(token, given, model);
	}

	@PostMapping("/regelingen/opvolging/{token}")
	String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Locale locale,
			Model model, HttpServletResponse response) {
		FollowUp followUp = followUps.find(token).orElse(null);
		if (followUp == null) {
			return gone(response, model);
		}
		List<Given> given = new ArrayList<>();
		List<Answer> answers = new ArrayList<>();
		boolean invalid = false;
		for (String id : followUp.schemeIds()) {
			String applied = form.getFirst("aangevraagd-" + id);
			String received = form.getFirst("gekregen-" + id);
			String obstacle = blankToNull(form.getFirst("belemmering-" + id));
			String remark = blankToNull(form.getFirst("opmerking-" + id));
			String error = null;
			if (!"ja".equals(applied) && !"nee".equals(applied)) {
				error = "followUp.error.applied";
			}
			else if ("ja".equals(applied) && received(received) == null) {
				error = "followUp.error.received";
			}
			else if (obstacle != null && !Answer.OBSTACLES.contains(obstacle)) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			}
			else if (remark != null && remark.length() > Answer.MAX_REMARK) {
				error = "followUp.error.remark";
			}
			if (error == null) {
				boolean didApply = "ja".equals(applied);
				answers.add(new Answer(id, didApply, didApply ? received(received) : null, obstacle,
						remark == null ? null : remark.strip()));
			}
			else {
				invalid = true;
			}
			given.add(new Given(id, followUps.name(id, locale), applied, received, obstacle, remark, error));
		}
		if (invalid) {
			return showQuestions(token, given, model);
		}
		if (!followUps.answer(token, answers)) {
			return gone(response, model);
		}
		return "redirect:/regelingen/opvolging/bedankt";
	}

	@GetMapping("/regelingen/opvolging/bedankt")
	String thanks(Model model) {
		model.addAttribute("notice", "thanks");
		return NOTICE;
	}

	@GetMapping("/regelingen/opvolging/{token}/wissen")
	String confirmDelete(@PathVariable String token, Model model, HttpServletResponse response) {
		if (followUps.find(token).isEmpty()) {
			return gone(response, model);
		}
		model.addAttribute("token", token);
		return "takeup/delete";
	}

	@PostMapping("/regelingen/opvolging/{token}/wissen")
	String delete(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!followUps.unsubscribe(token)) {
			return gone(response, model);
		}
		return "redirect:/regelingen/opvolging/gewist";
	}

	@GetMapping("/regelingen/opvolging/gewist")
	String deleted(Model model) {
		model.addAttribute("notice", "deleted");
		return NOTICE;
	}

	@GetMapping("/regelingen/cijfers")
	String figures(@RequestParam(defaultValue = "") String gemeente, Locale locale, Model model) {
		String municipality = gemeente.matches("[0-9]{4}") ? gemeente : null;
		List<TakeUpFigures.Row> rows = figures.rows(municipality);
		Map<String, String> names = new LinkedHashMap<>();
		rows.forEach(r -> names.computeIfAbsent(r.schemeId(), id -> followUps.name(id, locale)));
		Map<String, String> places = new LinkedHashMap<>();
		rows.stream().map(TakeUpFigures.Row::municipality).filter(java.util.Objects::nonNull).distinct()
			.forEach(code -> places.put(code, municipalities.nameOf(new MunicipalityCode(code)).orElse(code)));
		model.addAttribute("rows", rows);
		model.addAttribute("names", names);
		model.addAttribute("places", places);
		model.addAttribute("obstacles", Answer.OBSTACLES);
		model.addAttribute("minimum", TakeUpFigures.MIN_CELL);
		return "takeup/figures";
	}

	private String showForm(List<String> ids, @Nullable String municipality, String email, boolean consent,
			List<String> errors, Locale locale, Model model) {
		model.addAttribute("schemes", ids.stream().map(id -> new SchemeName(id, followUps.name(id, locale))).toList());
		model.addAttribute("gemeente", municipality);
		model.addAttribute("email", email);
		model.addAttribute("consent", consent);
		model.addAttribute("errors", errors);
		model.addAttribute("days", FollowUps.DAYS_UNTIL_MAIL);
		return FORM;
	}

	private String showQuestions(String token, List<Given> given, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("given", given);
		model.addAttribute("obstacles", Answer.OBSTACLES);
		model.addAttribute("errors", given.stream().filter(g -> g.error() != null).toList());
		return "takeup/questions";
	}

	/** The same page for every token that does not work, so a guess learns nothing. */
	private static String gone(HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("notice", "gone");
		return NOTICE;
	}

	/** The schemes asked about; a link with none, or with one that is not a scheme, cannot be used. */
	private List<String> schemeIds(List<String> given) {
		List<String> ids = given.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
		if (ids.isEmpty() || ids.size() > FollowUps.MAX_SCHEMES || !followUps.known(ids)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return ids;
	}

	private static @Nullable String municipality(String gemeente) {
		String code = gemeente.strip();
		if (code.isEmpty()) {
			return null;
		}
		if (!code.matches("[0-9]{4}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return code;
	}

	private static String language(Locale locale) {
		return "en".equals(locale.getLanguage()) ? "en" : "nl";
	}

	private static Answer.@Nullable Received received(@Nullable String value) {
		if (value == null) {
			return null;
		}
		for (Answer.Received r : Answer.Received.values()) {
			if (r.key().equals(value)) {
				return r;
			}
		}
		return null;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
