// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web.catalogue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.schakel.paper.PaperSize;
import nl.schakel.paper.PdfRenderer;
import nl.schakel.paper.PublicAddress;
import nl.schakel.paper.QrCodes;
import nl.schakel.region.Municipalities;
import nl.schakel.region.Municipality;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.schemes.LocalSchemes;
import nl.schakel.web.ResidentMunicipality;

/**
 * "Alle regelingen": every scheme a resident of a municipality may get, grouped by theme and searchable; a page per
 * scheme; and the same as a printed booklet. Plain GET forms, so everything works without JavaScript.
 */
@Controller
class CatalogueController {

	/** The short address the booklet's QR code and text lead to. */
	static final String CHECK_PATH = "/regelingen/check";

	private final SchemeEntries entries;

	private final LocalSchemes localSchemes;

	private final Municipalities municipalities;

	private final ResidentMunicipality resident;

	private final PdfRenderer pdf;

	private final PublicAddress address;

	private final MessageSource messages;

	private final List<String> languages;

	private final Clock clock;

	private final String stylesheet;

	CatalogueController(SchemeEntries entries, LocalSchemes localSchemes, Municipalities municipalities, ResidentMunicipality resident,
			PdfRenderer pdf, PublicAddress address, MessageSource messages,
			@Value("${schakel.languages}") List<String> languages, Clock clock) {
		this.entries = entries;
		this.localSchemes = localSchemes;
		this.municipalities = municipalities;
		this.resident = resident;
		this.pdf = pdf;
		this.address = address;
		this.messages = messages;
		this.languages = List.copyOf(languages);
		this.clock = clock;
		this.stylesheet = PdfRenderer.stylesheet("/paper/paper.css");
	}

	@GetMapping("/regelingen")
	String catalogue(@RequestParam(required = false) @Nullable String gemeente,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String peildatum,
			Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
		List<String> errors = new ArrayList<>();
		String query = q.strip();
		if (query.length() > 200) {
			errors.add("catalogue.error.text");
			query = "";
		}
		Municipality municipality = null;
		if (gemeente != null && !gemeente.isBlank()) {
			municipality = served(gemeente.strip()).orElse(null);
			if (municipality == null) {
				errors.add("catalogue.error.municipality");
			}
		}
		else if (gemeente == null) {
			municipality = resident.of(request).flatMap(code -> served(code.value())).orElse(null);
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		LocalDate date = referenceDate(peildatum);
		String code = municipality == null ? null : municipality.code().value();
		var chapters = entries.chapters(code, locale, date, query, false);
		model.addAttribute("errors", errors);
		model.addAttribute("q", query);
		model.addAttribute("municipality", municipality);
		model.addAttribute("served", choices());
		model.addAttribute("chapters", chapters);
		model.addAttribute("count", chapters.stream().mapToInt(c -> c.entries().size()).sum());
		model.addAttribute("referenceDate", date);
		model.addAttribute("peildatum", peildatum.isBlank() ? "" : date.toString());
		model.addAttribute("bookletLanguages", languages);
		model.addAttribute("translated", "nl".equals(locale.getLanguage()) || "en".equals(locale.getLanguage()));
		return "schemes";
	}

	@GetMapping("/regelingen/{id}")
	String scheme(@PathVariable String id, @RequestParam(defaultValue = "") String peildatum, Locale locale,
			Model model) {
		LocalDate date = referenceDate(peildatum);
		SchemeEntries.Entry entry = entries.entry(id, locale, date)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("entry", entry);
		model.addAttribute("referenceDate", date);
		model.addAttribute("inForce", entries.engine().info(id).map(i -> SchemeEntries.inForce(i, date)).orElse(true));
		model.addAttribute("assumptions", assumptions());
		return "schemes/scheme";
	}

	@GetMapping("/regelingen/boekje.pdf")
	ResponseEntity<byte[]> booklet(@RequestParam(defaultValue = "") String gemeente,
			@RequestParam(defaultValue = "nl") String taal, @RequestParam(defaultValue = "") String peildatum) {
		Municipality municipality = served(gemeente.strip())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		String language = taal.strip().toLowerCase(Locale.ROOT);
		if (!language.matches("[a-z]{2,3}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		boolean translated = languages.contains(language);
		// The scheme files have Dutch and English texts; any other language gets the Dutch booklet with a note.
		Locale paperLocale = Locale.of(translated ? language : "nl");
		LocalDate date = referenceDate(peildatum);
		byte[] document = render(municipality, paperLocale, translated ? null : language, date);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("regelingen-" + municipality.code().value() + "-" + paperLocale.getLanguage() + ".pdf")
				.build()
				.toString())
			.body(document);
	}

	/** The booklet of a municipality; {@code asked} is the language asked for when the booklet is not in it. */
	byte[] render(Municipality municipality, Locale paperLocale, @Nullable String asked, LocalDate date) {
		String checkUrl = address.base() + CHECK_PATH;
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("lang", paperLocale.getLanguage());
		variables.put("title", messages.getMessage("booklet.title", new Object[] { municipality.name() }, paperLocale));
		variables.put("subtitle", null);
		variables.put("site", messages.getMessage("layout.name", null, paperLocale));
		variables.put("municipality", municipality);
		variables.put("chapters", entries.chapters(municipality.code().value(), paperLocale, date, "", true));
		variables.put("checkUrl", checkUrl);
		variables.put("checkQr", QrCodes.pngDataUri(checkUrl, 1));
		variables.put("today", date);
		variables.put("asked", asked);
		variables.put("assumptions", assumptions());
		return pdf.render("schemes/booklet", variables, paperLocale, stylesheet, PaperSize.A5);
	}

	/** The values the examples assume, for the sentence under every example table. */
	static Object[] assumptions() {
		return new Object[] { SchemeExamples.AGE, SchemeExamples.RENT.toString(),
				SchemeExamples.SERVICE_COSTS.toString(), SchemeExamples.MUNICIPAL_TAX.toString(),
				SchemeExamples.LOW_INCOME_YEARS };
	}

	private Optional<Municipality> served(String code) {
		return choices().stream().filter(m -> m.code().value().equals(code)).findFirst();
	}

	/** The municipalities of the region, and any other that has its own schemes in Schakel. */
	private List<Municipality> choices() {
		List<Municipality> choices = new ArrayList<>(municipalities.served());
		Set<String> codes = new HashSet<>();
		choices.forEach(m -> codes.add(m.code().value()));
		for (LocalSchemes.StoredScheme stored : localSchemes.currentOf(null)) {
			if (codes.add(stored.municipality())) {
				var code = new MunicipalityCode(stored.municipality());
				municipalities.nameOf(code).ifPresent(name -> choices.add(new Municipality(code, name, false)));
			}
		}
		choices.sort(Comparator.comparing(Municipality::name));
		return choices;
	}

	private LocalDate referenceDate(String peildatum) {
		if (peildatum.isBlank()) {
			return LocalDate.now(clock);
		}
		try {
			return LocalDate.parse(peildatum.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

}
