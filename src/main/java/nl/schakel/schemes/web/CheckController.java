// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import nl.schakel.paper.PaperSize;
import nl.schakel.paper.PdfRenderer;
import nl.schakel.region.Municipalities;
import nl.schakel.region.Municipality;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.region.Placement;
import nl.schakel.region.Postcode;
import nl.schakel.schemes.Evaluation;
import nl.schakel.schemes.Household;
import nl.schakel.schemes.LocalSchemes;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.RelatedHelp;
import nl.schakel.schemes.SchemeInfo;
import nl.schakel.schemes.Schemes;
import nl.schakel.schemes.Status;

/**
 * "Waar heb ik recht op?": the anonymous check. Each screen is a plain form post that redirects to the next screen
 * (Post/Redirect/Get); the answers travel in a signed token in the form and the address, so nothing is stored unless
 * the resident shares the result under a code. See docs/schemes.md ("The check").
 */
@Controller
class CheckController {

	static final String BASE = "/regelingen/check";

	private static final String TAMPERED = "schemes/check/tampered";

	/** How many services of the sociale kaart the result shows at most. */
	private static final int HELP_SHOWN = 6;

	private final LocalSchemes local;

	private final Municipalities municipalities;

	private final CheckTokens tokens;

	private final SharedChecks shared;

	private final RelatedHelp related;

	private final PdfRenderer pdf;

	private final Clock clock;

	private final RateLimiter codeAttempts;

	private final String stylesheet = PdfRenderer.stylesheet("/schemes/paper/check.css");

	/**
	 * The engine with what the check derives from it, rebuilt when the local schemes change: a navigation engine
	 * without the income distance (not shown while asking, and half the work) and the catalogue texts by id.
	 */
	private record Engines(Schemes engine, Schemes navigation, Map<String, SchemeInfo> infos) {
	}

	private final java.util.concurrent.atomic.AtomicReference<@Nullable Engines> engines =
			new java.util.concurrent.atomic.AtomicReference<>();

	CheckController(LocalSchemes local, Municipalities municipalities, CheckTokens tokens, SharedChecks shared,
			RelatedHelp related, PdfRenderer pdf, Clock clock,
			@Value("${schakel.check.share.attempts-per-minute:10}") double attemptsPerMinute,
			@Value("${schakel.check.share.attempts-burst:10}") double attemptsBurst) {
		this.local = local;
		this.municipalities = municipalities;
		this.tokens = tokens;
		this.shared = shared;
		this.related = related;
		this.pdf = pdf;
		this.clock = clock;
		this.codeAttempts = new RateLimiter(attemptsPerMinute / 60, attemptsBurst);
	}

	// ---- the check ----

	@GetMapping(BASE)
	String start(Model model) {
		model.addAttribute("served", municipalities.served());
		return "schemes/check/start";
	}

	@GetMapping(BASE + "/vraag/{slug}")
	String step(@PathVariable String slug, @RequestParam(name = "a", required = false) @Nullable String token,
			@RequestParam(name = "wijzig", required = false) @Nullable String change,
			@RequestParam(name = "van", required = false) @Nullable String from, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		CheckStep step = CheckStep.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		CheckAnswers answers = token == null || token.isEmpty() ? CheckAnswers.none() : answers(token);
		if (answers == null) {
			return tampered(request, response);
		}
		return showStep(step, answers, CheckFields.of(step, answers), List.of(), change != null, from, model);
	}

	@PostMapping(BASE + "/vraag/{slug}")
	String answer(@PathVariable String slug, @RequestParam MultiValueMap<String, String> posted, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		CheckStep step = CheckStep.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<String, String> fields = new HashMap<>();
		posted.forEach((k, v) -> fields.put(k, v.isEmpty() || v.getFirst() == null ? "" : v.getFirst()));
		String token = fields.getOrDefault("a", "");
		CheckAnswers before = token.isEmpty() ? CheckAnswers.none() : answers(token);
		if (before == null) {
			return tampered(request, response);
		}
		boolean change = fields.containsKey("wijzig");
		boolean unknown = fields.containsKey("onbekend");
		CheckAnswers after;
		if (step == CheckStep.POSTCODE) {
			PostcodeOutcome placed = postcode(before, fields, unknown, model);
			if (placed.answers() == null) {
				model.addAttribute("fields", fields);
				return showStep(step, before, fields, placed.problems(), change, fields.get("van"), model);
			}
			after = placed.answers();
		}
		else {
			CheckForm.Outcome read = CheckForm.read(step, before, fields, unknown);
			if (!read.ok()) {
				return showStep(step, before, fields, read.problems(), change, fields.get("van"), model);
			}
			after = read.answers();
		}
		if (change) {
			return "redirect:" + resultUrl(after, before);
		}
		return "redirect:" + nextUrl(step, after);
	}

	@GetMapping(BASE + "/uitkomst")
	String result(@RequestParam(name = "a") String token, @RequestParam(name = "vorige", required = false) @Nullable String previous,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		CheckAnswers answers = answers(token);
		if (answers == null) {
			return tampered(request, response);
		}
		CheckAnswers before = previous == null ? null : tokens.verify(previous).orElse(null);
		showResult(answers, before, locale, model);
		return "schemes/check/result";
	}

	@GetMapping(BASE + "/uitkomst.pdf")
	Object resultPdf(@RequestParam(name = "a") String token, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		CheckAnswers answers = answers(token);
		if (answers == null) {
			return tampered(request, response);
		}
		// The bundled font has Latin letters only: Arabic and Ukrainian get the Dutch text on paper (docs/schemes.md).
		Locale paper = switch (locale.getLanguage()) {
			case "ar", "uk" -> Locale.of("nl");
			default -> locale;
		};
		Map<String, Object> variables = new HashMap<>();
		Outcome o = outcome(answers, null, paper);
		variables.put("outcome", o.outcome());
		variables.put("summary", CheckSummary.of(answers, municipalityName(answers)));
		variables.put("municipality", municipalityName(answers));
		variables.put("lang", paper.getLanguage());
		byte[] bytes = pdf.render("schemes/check/result-pdf", variables, paper, stylesheet, PaperSize.A4);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("uitkomst-check.pdf").build().toString())
			.body(bytes);
	}

	// ---- sharing with a helper ----

	@PostMapping(BASE + "/delen")
	String share(@RequestParam(name = "a") String token, HttpServletRequest request, HttpServletResponse response) {
		CheckAnswers answers = answers(token);
		if (answers == null) {
			return tampered(request, response);
		}
		String code = shared.share(answers);
		return "redirect:" + UriComponentsBuilder.fromPath("/regelingen/gedeeld/bewaard").queryParam("code", code)
			.queryParam("a", token).build().toUriString();
	}

	@GetMapping("/regelingen/gedeeld/bewaard")
	String saved(@RequestParam String code, @RequestParam(name = "a", required = false) @Nullable String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (limited(request, response, model)) {
			return "schemes/check/too-many";
		}
		Optional<SharedChecks.Shared> found = shared.open(code);
		if (found.isEmpty()) {
			return sharedForm(model, code, "check.shared.error.notFound");
		}
		model.addAttribute("code", SharedChecks.grouped(SharedChecks.normalise(code)));
		model.addAttribute("expires", LocalDate.ofInstant(found.get().expiresAt(), clock.getZone()));
		model.addAttribute("token", token != null && tokens.verify(token).isPresent() ? token : null);
		return "schemes/check/saved";
	}

	@GetMapping("/regelingen/gedeeld")
	String openShared(@RequestParam(required = false) @Nullable String code, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		if (code == null) {
			return sharedForm(model, "", null);
		}
		if (code.isBlank()) {
			return sharedForm(model, code, "check.shared.error.empty");
		}
		if (limited(request, response, model)) {
			return "schemes/check/too-many";
		}
		Optional<SharedChecks.Shared> found = shared.open(code);
		if (found.isEmpty()) {
			return sharedForm(model, code, "check.shared.error.notFound");
		}
		showResult(found.get().answers(), null, locale, model);
		model.addAttribute("sharedOn", LocalDate.ofInstant(found.get().createdAt(), clock.getZone()));
		model.addAttribute("expires", LocalDate.ofInstant(found.get().expiresAt(), clock.getZone()));
		model.addAttribute("code", SharedChecks.grouped(SharedChecks.normalise(code)));
		return "schemes/check/result";
	}

	@PostMapping("/regelingen/gedeeld/verwijderen")
	String deleteShared(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (limited(request, response, model)) {
			return "schemes/check/too-many";
		}
		// The same answer whether the code existed or not: deleting tells nothing about other codes.
		shared.delete(code);
		return "redirect:/regelingen/gedeeld/verwijderd";
	}

	@GetMapping("/regelingen/gedeeld/verwijderd")
	String deleted() {
		return "schemes/check/deleted";
	}

	/** A token that was changed or is not ours: a clear page, never a stack trace. */
	private static String tampered(HttpServletRequest request, HttpServletResponse response) {
		// htmx swaps only 2xx answers; a boosted request gets 200 so the resident sees this page too.
		response.setStatus(request.getHeader("HX-Request") != null ? 200 : HttpStatus.BAD_REQUEST.value());
		return TAMPERED;
	}

	// ---- internals ----

	private boolean limited(HttpServletRequest request, HttpServletResponse response, Model model) {
		long wait = codeAttempts.acquire(request.getRemoteAddr());
		if (wait == 0) {
			return false;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
		response.setStatus(request.getHeader("HX-Request") != null ? 200 : HttpStatus.TOO_MANY_REQUESTS.value());
		model.addAttribute("minutes", Math.max(1, (wait + 59) / 60));
		return true;
	}

	private String sharedForm(Model model, String code, @Nullable String error) {
		model.addAttribute("code", code);
		model.addAttribute("error", error);
		return "schemes/check/shared";
	}

	private @Nullable CheckAnswers answers(@Nullable String token) {
		return tokens.verify(token).orElse(null);
	}

	private record Outcome(CheckOutcome outcome, Evaluation evaluation, Household household) {
	}

	private Engines engines() {
		Schemes engine = local.engine();
		Engines current = engines.get();
		if (current == null || current.engine() != engine) {
			current = new Engines(engine, engine.withoutIncomeDistance(), CheckOutcome.infos(engine));
			engines.set(current);
		}
		return current;
	}

	private Outcome outcome(CheckAnswers answers, @Nullable CheckAnswers before, Locale locale) {
		Engines all = engines();
		Schemes engine = all.engine();
		LocalDate today = LocalDate.now(clock);
		Period period = Period.month(today.getYear(), today.getMonthValue());
		Household household = CheckHousehold.of(answers);
		Evaluation evaluation = engine.evaluate(household, today, period);
		Evaluation previous = before == null ? null : engine.evaluate(CheckHousehold.of(before), today, period);
		List<RelatedHelp.Service> help = related.find(CheckOutcome.needs(all.infos(), evaluation),
				household.municipalityCode(), today, HELP_SHOWN);
		return new Outcome(CheckOutcome.of(all.infos(), evaluation, household, previous, help, locale), evaluation,
				household);
	}

	private void showResult(CheckAnswers answers, @Nullable CheckAnswers before, Locale locale, Model model) {
		Outcome o = outcome(answers, before, locale);
		String token = tokens.sign(answers);
		model.addAttribute("outcome", o.outcome());
		model.addAttribute("token", token);
		model.addAttribute("summary", CheckSummary.of(answers, municipalityName(answers)));
		model.addAttribute("municipality", municipalityName(answers));
		model.addAttribute("changed", before != null);
		Optional<CheckStep> next = CheckStep.next(answers, o.evaluation());
		model.addAttribute("nextStep", next.filter(s -> s != CheckStep.POSTCODE).map(s -> s.slug).orElse(null));
		List<String> follow = o.outcome().schemes().stream()
			.filter(s -> s.status() == Status.RECHT || s.status() == Status.MOGELIJK).map(CheckOutcome.SchemeView::id)
			.toList();
		UriComponentsBuilder reminder = UriComponentsBuilder.fromPath("/regelingen/opvolging");
		follow.forEach(id -> reminder.queryParam("regeling", id));
		if (o.household().municipalityCode() != null) {
			reminder.queryParam("gemeente", o.household().municipalityCode());
		}
		model.addAttribute("reminderUrl", follow.isEmpty() ? null : reminder.build().toUriString());
	}

	private String showStep(CheckStep step, CheckAnswers answers, Map<String, String> fields,
			List<CheckForm.Problem> problems, boolean change, @Nullable String from, Model model) {
		model.addAttribute("step", step.slug);
		model.addAttribute("messages", step.messageKey());
		model.addAttribute("icon", step.icon);
		model.addAttribute("token", answers.isEmpty() ? "" : tokens.sign(answers));
		model.addAttribute("fields", fields);
		model.addAttribute("problems", problems);
		Map<String, String> byField = new LinkedHashMap<>();
		problems.forEach(p -> byField.put(p.field(), p.message()));
		model.addAttribute("errors", byField);
		model.addAttribute("change", change);
		model.addAttribute("from", from != null && CheckStep.bySlug(from).isPresent() ? from : null);
		model.addAttribute("hasPartner", !"n".equals(answers.value(CheckAnswers.PARTNER)) && answers.has(CheckAnswers.PARTNER));
		model.addAttribute("back", change ? resultUrl(answers, null) : backUrl(step, answers, from));
		model.addAttribute("canShowResult", CheckStep.POSTCODE.answered(answers));
		model.addAttribute("resultUrl", CheckStep.POSTCODE.answered(answers) ? resultUrl(answers, null) : null);
		if (step == CheckStep.POSTCODE) {
			model.addAttribute("served", municipalities.served());
		}
		if (step == CheckStep.INCOME) {
			model.addAttribute("bands", CheckHousehold.NET_MONTH_BANDS.length);
		}
		if (step == CheckStep.GROSS_INCOME) {
			model.addAttribute("bands", CheckHousehold.GROSS_YEAR_BANDS.length);
		}
		if (step == CheckStep.ASSETS) {
			model.addAttribute("bands", CheckHousehold.ASSET_BANDS.length);
		}
		return "schemes/check/step";
	}

	private record PostcodeOutcome(@Nullable CheckAnswers answers, List<CheckForm.Problem> problems) {
	}

	/** Places the resident by postcode, or takes the municipality they chose; only the municipality is kept. */
	private PostcodeOutcome postcode(CheckAnswers answers, Map<String, String> fields, boolean skip, Model model) {
		List<Municipality> served = municipalities.served();
		String chosen = fields.get("gemeente");
		if (chosen != null && !chosen.isBlank()) {
			if (chosen.equals("anders")) {
				return new PostcodeOutcome(answers.with(CheckAnswers.MUNICIPALITY, "-"), List.of());
			}
			if (served.stream().anyMatch(m -> m.code().value().equals(chosen))) {
				return new PostcodeOutcome(answers.with(CheckAnswers.MUNICIPALITY, chosen), List.of());
			}
			return new PostcodeOutcome(null, List.of(new CheckForm.Problem("gemeente-0", "check.error.choose")));
		}
		if (skip) {
			model.addAttribute("choose", true);
			return new PostcodeOutcome(null, List.of());
		}
		if (fields.containsKey("keuze")) {
			model.addAttribute("choose", true);
			return new PostcodeOutcome(null, List.of(new CheckForm.Problem("gemeente-0", "check.error.choose")));
		}
		String typed = fields.getOrDefault("postcode", "").replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		if (typed.isEmpty()) {
			return new PostcodeOutcome(null, List.of(new CheckForm.Problem("postcode", "check.error.postcode.empty")));
		}
		if (!typed.matches("[0-9]{4}[A-Z]{2}")) {
			return new PostcodeOutcome(null, List.of(new CheckForm.Problem("postcode", "check.error.postcode.format")));
		}
		// Dutch postcodes start at 1000 and never end in SA, SD or SS.
		if (typed.charAt(0) == '0' || typed.endsWith("SA") || typed.endsWith("SD") || typed.endsWith("SS")) {
			return new PostcodeOutcome(null, List.of(new CheckForm.Problem("postcode", "check.error.postcode.exists")));
		}
		Postcode postcode = Postcode.parse(typed).orElseThrow();
		return switch (municipalities.place(postcode)) {
			case Placement.Placed placed ->
				new PostcodeOutcome(answers.with(CheckAnswers.MUNICIPALITY, placed.municipality().code().value()), List.of());
			case Placement.Ambiguous ambiguous -> {
				model.addAttribute("candidates", ambiguous.candidates());
				model.addAttribute("choose", true);
				yield new PostcodeOutcome(null, List.of());
			}
			case Placement.OutsideRegion outside -> {
				model.addAttribute("outside", true);
				model.addAttribute("choose", true);
				yield new PostcodeOutcome(null, List.of());
			}
		};
	}

	private String nextUrl(CheckStep answered, CheckAnswers answers) {
		LocalDate today = LocalDate.now(clock);
		Evaluation e = engines().navigation().evaluate(CheckHousehold.of(answers), today,
				Period.month(today.getYear(), today.getMonthValue()));
		// "van" names the screen just answered, so the next screen's back link needs no replay of the flow.
		return CheckStep.next(answers, e).map(s -> UriComponentsBuilder.fromUriString(stepUrl(s, answers))
			.queryParam("van", answered.slug).build().toUriString()).orElseGet(() -> resultUrl(answers, null));
	}

	/**
	 * The screen before this one: the one named in "van", or else the flow replayed from the postcode with the
	 * answers given so far (for an address without it, such as a bookmark).
	 */
	private @Nullable String backUrl(CheckStep step, CheckAnswers answers, @Nullable String from) {
		if (step == CheckStep.POSTCODE) {
			return BASE;
		}
		Optional<CheckStep> named = from == null ? Optional.empty() : CheckStep.bySlug(from);
		if (named.isPresent() && named.get().answered(answers)) {
			return stepUrl(named.get(), answers);
		}
		Schemes engine = engines().navigation();
		LocalDate today = LocalDate.now(clock);
		Period period = Period.month(today.getYear(), today.getMonthValue());
		CheckAnswers replay = CheckAnswers.none().with(CheckAnswers.MUNICIPALITY, answers.value(CheckAnswers.MUNICIPALITY));
		CheckStep previous = CheckStep.POSTCODE;
		for (int i = 0; i <= CheckStep.MAX_QUESTIONS; i++) {
			Optional<CheckStep> next = CheckStep.next(replay, engine.evaluate(CheckHousehold.of(replay), today, period));
			if (next.isEmpty() || next.get() == step || !next.get().answered(answers)) {
				break;
			}
			previous = next.get();
			for (String key : previous.keys()) {
				replay = replay.with(key, answers.value(key));
			}
		}
		return stepUrl(previous, answers);
	}

	private String stepUrl(CheckStep step, CheckAnswers answers) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(BASE + "/vraag/" + step.slug);
		if (!answers.isEmpty()) {
			b.queryParam("a", tokens.sign(answers));
		}
		return b.build().toUriString();
	}

	private String resultUrl(CheckAnswers answers, @Nullable CheckAnswers before) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(BASE + "/uitkomst").queryParam("a", tokens.sign(answers));
		if (before != null && !before.equals(answers)) {
			b.queryParam("vorige", tokens.sign(before));
		}
		return b.build().toUriString();
	}

	private @Nullable String municipalityName(CheckAnswers answers) {
		String code = answers.value(CheckAnswers.MUNICIPALITY);
		return code == null || !code.matches("[0-9]{4}") ? null
				: municipalities.nameOf(new MunicipalityCode(code)).orElse(null);
	}

}
