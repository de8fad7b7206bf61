// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

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
import org.springframework.web.util.UriComponentsBuilder;

import nl.schakel.paper.PaperSize;
import nl.schakel.paper.PdfRenderer;
import nl.schakel.region.Municipalities;
import nl.schakel.region.Municipality;
import nl.schakel.region.Neighbourhood;
import nl.schakel.region.Neighbourhoods;
import nl.schakel.socialmap.Directory;
import nl.schakel.socialmap.NeedsTaxonomy;
import nl.schakel.socialmap.SafeMarkdown;

/**
 * The sociale kaart on paper: a form to choose a booklet or a poster (scope, language, size) that returns a tagged PDF,
 * and the PDF of one listing. Plain GET forms and links, so everything works without JavaScript.
 */
@Controller
class PaperController {

	private final Booklets booklets;

	private final PdfRenderer renderer;

	private final SafeMarkdown markdown;

	private final String stylesheet = PdfRenderer.stylesheet("/socialmap/paper/paper.css");

	private final Directory directory;

	private final Municipalities municipalities;

	private final Neighbourhoods neighbourhoods;

	private final NeedsTaxonomy taxonomy;

	private final MessageSource messages;

	private final PublicAddress address;

	private final List<String> languages;

	private final Clock clock;

	PaperController(Booklets booklets, PdfRenderer renderer, SafeMarkdown markdown, Directory directory, Municipalities municipalities,
			Neighbourhoods neighbourhoods, NeedsTaxonomy taxonomy, MessageSource messages, PublicAddress address,
			@Value("${schakel.languages}") List<String> languages, Clock clock) {
		this.booklets = booklets;
		this.renderer = renderer;
		this.markdown = markdown;
		this.directory = directory;
		this.municipalities = municipalities;
		this.neighbourhoods = neighbourhoods;
		this.taxonomy = taxonomy;
		this.messages = messages;
		this.address = address;
		this.languages = List.copyOf(languages);
		this.clock = clock;
	}

	/** The form as sent, echoed back so nothing is lost. */
	record PaperForm(String soort, String gemeente, String wijk, String onderwerp, String taal, String formaat) {
	}

	/** A choice in the form. */
	record Option(String value, String label) {
	}

	@GetMapping("/hulp/boekje")
	String form(@RequestParam(defaultValue = "boekje") String soort, @RequestParam(defaultValue = "") String gemeente,
			@RequestParam(defaultValue = "") String wijk, @RequestParam(defaultValue = "") String onderwerp, @RequestParam(defaultValue = "") String taal,
			@RequestParam(defaultValue = "A5") String formaat, Locale locale, Model model) {
		String language = taal.isEmpty() ? locale.getLanguage() : taal;
		return showForm(new PaperForm(soort, gemeente, wijk, onderwerp, language, formaat), List.of(), locale, model);
	}

	@GetMapping("/hulp/boekje/pdf")
	Object pdf(@RequestParam(defaultValue = "") String soort, @RequestParam(defaultValue = "") String gemeente,
			@RequestParam(defaultValue = "") String wijk, @RequestParam(defaultValue = "") String onderwerp, @RequestParam(defaultValue = "") String taal,
			@RequestParam(defaultValue = "") String formaat, Locale locale, Model model, HttpServletResponse response) {
		var form = new PaperForm(soort.strip(), gemeente.strip(), wijk.strip(), onderwerp.strip(), taal.strip(),
				formaat.strip().toUpperCase(Locale.ROOT));
		List<String> errors = new ArrayList<>();
		boolean poster = form.soort().equals("poster");
		if (!poster && !form.soort().equals("boekje")) {
			errors.add("paper.error.kind");
		}
		Municipality municipality = null;
		if (!form.gemeente().isEmpty()) {
			municipality = municipalities.served()
				.stream()
				.filter(m -> m.code().value().equals(form.gemeente()))
				.findFirst()
				.orElse(null);
			if (municipality == null) {
				errors.add("paper.error.municipality");
			}
		}
		Neighbourhood neighbourhood = null;
		if (!form.wijk().isEmpty()) {
			neighbourhood = neighbourhoods.byId(form.wijk()).orElse(null);
			if (neighbourhood == null) {
				errors.add("paper.error.neighbourhood");
			}
			else if (municipality != null && !municipality.code().equals(neighbourhood.municipality())) {
				errors.add("paper.error.neighbourhoodMunicipality");
			}
			else if (municipality == null) {
				Neighbourhood chosen = neighbourhood;
				municipality = municipalities.served()
					.stream()
					.filter(m -> m.code().equals(chosen.municipality()))
					.findFirst()
					.orElse(null);
			}
		}
		NeedsTaxonomy.Term theme = null;
		if (!poster && !form.onderwerp().isEmpty()) {
			theme = themes().stream().filter(t -> t.code().equals(form.onderwerp())).findFirst().orElse(null);
			if (theme == null) {
				errors.add("paper.error.theme");
			}
		}
		if (!languages.contains(form.taal())) {
			errors.add("paper.error.language");
		}
		PaperSize size = parseSize(form.formaat());
		if (size == null || (poster ? size == PaperSize.A5 : size == PaperSize.A3)) {
			errors.add(poster ? "paper.error.posterSize" : "paper.error.bookletSize");
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return showForm(form, errors, locale, model);
		}
		Locale paperLocale = Locale.of(form.taal());
		String base = address.base();
		String siteUrl = siteUrl(base, municipality, neighbourhood, poster ? null : theme);
		String place = municipality == null ? messages.getMessage("paper.region", null, paperLocale)
				: neighbourhood == null ? municipality.name()
						: messages.getMessage("paper.place.neighbourhood",
								new Object[] { neighbourhood.name(), municipality.name() }, paperLocale);
		Booklets.Contents contents = poster ? booklets.poster(municipality, neighbourhood, paperLocale, base)
				: booklets.booklet(new Booklets.Scope(municipality, neighbourhood, theme), paperLocale, base);
		if (contents.listings() == 0) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return showForm(form, List.of("paper.error.empty"), locale, model);
		}
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("lang", form.taal());
		variables.put("contents", contents);
		variables.put("site", messages.getMessage("layout.name", null, paperLocale));
		variables.put("siteUrl", siteUrl);
		variables.put("siteQr", QrImages.pngDataUri(siteUrl, 1));
		variables.put("today", LocalDate.now(clock));
		String title;
		if (poster) {
			title = messages.getMessage("paper.poster.title", new Object[] { place }, paperLocale);
		}
		else {
			title = messages.getMessage("paper.booklet.title", new Object[] { place }, paperLocale);
			variables.put("subtitle", theme == null ? messages.getMessage("paper.booklet.allThemes", null, paperLocale)
					: booklets.themeName(theme.code(), paperLocale));
		}
		variables.put("title", title);
		byte[] pdf = render(poster ? "socialmap/paper/poster" : "socialmap/paper/booklet", variables,
				paperLocale, size);
		String name = String.join("-", List.of(poster ? "poster" : "sociale-kaart",
				municipality == null ? "regio" : municipality.code().value(),
				neighbourhood == null ? "" : neighbourhood.id(),
				theme == null ? "" : theme.code(), form.taal(), size.name().toLowerCase(Locale.ROOT)))
			.replaceAll("-{2,}", "-");
		return pdfResponse(pdf, name);
	}

	@GetMapping("/hulp/{id}/pdf")
	ResponseEntity<byte[]> listing(@PathVariable UUID id, @RequestParam(defaultValue = "A4") String formaat,
			Locale locale) {
		ObjectNode service = directory.service(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PaperSize size = parseSize(formaat.strip().toUpperCase(Locale.ROOT));
		if (size == null || size == PaperSize.A3) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Locale paperLocale = languages.contains(locale.getLanguage()) ? locale : Locale.of(languages.getFirst());
		Booklets.Entry entry = booklets.listing(service, paperLocale, address.base());
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("lang", paperLocale.getLanguage());
		variables.put("entry", entry);
		variables.put("site", messages.getMessage("layout.name", null, paperLocale));
		variables.put("title", entry.page().name());
		byte[] pdf = render("socialmap/paper/listing", variables, paperLocale, size);
		return pdfResponse(pdf, "hulp-" + id);
	}

	private byte[] render(String template, Map<String, Object> variables, Locale locale, PaperSize size) {
		// Listing texts may carry a little Markdown; paper gets its plain text (links keep their address).
		variables.put("markdown", markdown);
		return renderer.render(template, variables, locale, stylesheet, size);
	}

	private String showForm(PaperForm form, List<String> errors, Locale locale, Model model) {
		List<Option> themes = new ArrayList<>();
		for (NeedsTaxonomy.Term term : themes()) {
			themes.add(new Option(term.code(), "en".equals(locale.getLanguage()) ? term.nameEn() : term.nameNl()));
		}
		themes.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("served", municipalities.served());
		model.addAttribute("neighbourhoods", neighbourhoods.all());
		model.addAttribute("themes", themes);
		model.addAttribute("languages", languages);
		return "socialmap/paper";
	}

	private List<NeedsTaxonomy.Term> themes() {
		return taxonomy.terms().stream().filter(t -> t.parentCode() == null && "need".equals(t.kind())).toList();
	}

	private static String siteUrl(String base, @Nullable Municipality municipality,
			@Nullable Neighbourhood neighbourhood, NeedsTaxonomy.@Nullable Term theme) {
		var url = UriComponentsBuilder.fromUriString(base + "/hulp");
		if (municipality != null) {
			url.queryParam("gemeente", municipality.code().value());
		}
		if (neighbourhood != null) {
			url.queryParam("wijk", neighbourhood.id());
		}
		if (theme != null) {
			url.queryParam("onderwerp", theme.code());
		}
		return url.build().toUriString();
	}

	private static @Nullable PaperSize parseSize(String value) {
		for (PaperSize size : PaperSize.values()) {
			if (size.name().equals(value)) {
				return size;
			}
		}
		return null;
	}

	private static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name + ".pdf").build().toString())
			.body(pdf);
	}

}
