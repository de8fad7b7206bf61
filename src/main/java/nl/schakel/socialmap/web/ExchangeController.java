// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import nl.schakel.organisation.SchakelUser;
import nl.schakel.socialmap.Exchange;
import nl.schakel.socialmap.ImportProblem;
import nl.schakel.socialmap.SheetField;
import nl.schakel.socialmap.UnusableFileException;

/**
 * Uitwisseling: curators and municipal staff export the sociale kaart and import files into it. Upload, then a
 * preview with every problem, the column mapping of a spreadsheet and the likely duplicates, then confirm. Plain
 * forms: it all works without JavaScript.
 */
@Controller
class ExchangeController {

	private static final String PAGE = "socialmap/exchange";

	private static final String PREVIEW = "socialmap/exchange-preview";

	private final Exchange exchange;

	ExchangeController(Exchange exchange) {
		this.exchange = exchange;
	}

	@GetMapping("/redactie/uitwisseling")
	String page(Model model) {
		model.addAttribute("imports", exchange.recent(20));
		return PAGE;
	}

	@PostMapping("/redactie/uitwisseling")
	String upload(@RequestParam(defaultValue = "") String bron, @RequestParam(name = "bestand", required = false)
	@Nullable List<MultipartFile> bestand, @AuthenticationPrincipal SchakelUser user, Model model,
			HttpServletResponse response) throws IOException {
		List<MultipartFile> files = bestand == null ? List.of() : bestand.stream().filter(f -> !f.isEmpty()).toList();
		// Other uploads may be larger (bulk screening), so the multipart limit is above ours: check ours here.
		if (files.stream().mapToLong(MultipartFile::getSize).sum() > Exchange.MAX_BYTES) {
			throw new MaxUploadSizeExceededException(Exchange.MAX_BYTES);
		}
		if (files.isEmpty()) {
			return withProblems(model, List.of(ImportProblem.ofFileFor("bestand", "no-file")), bron, response);
		}
		String by = "account:" + user.accountId().value();
		try {
			UUID id;
			if (files.size() == 1) {
				MultipartFile file = files.getFirst();
				id = exchange.upload(bron, String.valueOf(file.getOriginalFilename()), file.getBytes(), by);
			}
			else {
				// Several files: the CSV tables of an HSDS datapackage, read together.
				Map<String, byte[]> tables = new LinkedHashMap<>();
				for (MultipartFile file : files) {
					tables.put(String.valueOf(file.getOriginalFilename()), file.getBytes());
				}
				id = exchange.uploadTables(bron, tables, by);
			}
			return "redirect:/redactie/uitwisseling/" + id;
		}
		catch (UnusableFileException ex) {
			return withProblems(model, ex.problems(), bron, response);
		}
	}

	@GetMapping("/redactie/uitwisseling/{id}")
	String preview(@PathVariable UUID id, Model model) {
		Exchange.Upload upload = pending(id);
		return show(model, upload, exchange.preview(upload, null, Map.of()), false);
	}

	@PostMapping("/redactie/uitwisseling/{id}")
	String decide(@PathVariable UUID id, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal SchakelUser user, Model model, HttpServletResponse response) {
		Exchange.Upload upload = pending(id);
		Map<SheetField, Integer> mapping = mapping(form);
		Map<String, Exchange.Decision> decisions = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("besluit-")) {
				Exchange.Decision.parse(value).ifPresent(d -> decisions.put(name.substring("besluit-".length()), d));
			}
		});
		boolean confirm = "importeren".equals(form.get("actie"));
		if (!confirm) {
			return show(model, upload, exchange.preview(upload, mapping, decisions), false);
		}
		Exchange.Outcome outcome = exchange.confirm(upload, mapping, decisions, "account:" + user.accountId().value());
		if (outcome.committed()) {
			if (upload.format() == Exchange.Format.SPREADSHEET && mapping != null) {
				exchange.saveMapping(upload.source(), mapping, outcome.columns(), "account:" + user.accountId().value());
			}
			model.addAttribute("imports", exchange.recent(20));
			model.addAttribute("done", outcome);
			return PAGE;
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return show(model, upload, outcome, true);
	}

	@PostMapping("/redactie/uitwisseling/{id}/verwijderen")
	String discard(@PathVariable UUID id) {
		exchange.discard(id);
		return "redirect:/redactie/uitwisseling";
	}

	@ExceptionHandler({ MaxUploadSizeExceededException.class, MultipartException.class, IllegalStateException.class })
	String tooBig(Exception ex, Model model, HttpServletResponse response) throws Exception {
		boolean tooLarge = UploadLimits.exceeded(ex);
		if (!tooLarge && !(ex instanceof MultipartException)) {
			throw ex;
		}
		response.setStatus(tooLarge ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
		model.addAttribute("imports", exchange.recent(20));
		model.addAttribute("problems", List.of(ImportProblem.ofFileFor("bestand", tooLarge ? "too-big" : "no-file")));
		return PAGE;
	}

	private String withProblems(Model model, List<ImportProblem> problems, String source, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("imports", exchange.recent(20));
		model.addAttribute("problems", problems);
		model.addAttribute("bron", source);
		return PAGE;
	}

	private String show(Model model, Exchange.Upload upload, Exchange.Outcome outcome, boolean triedToImport) {
		model.addAttribute("upload", upload);
		model.addAttribute("outcome", outcome);
		model.addAttribute("fields", List.of(SheetField.values()));
		model.addAttribute("triedToImport", triedToImport);
		return PREVIEW;
	}

	private static @Nullable Map<SheetField, Integer> mapping(Map<String, String> form) {
		if (form.keySet().stream().noneMatch(k -> k.startsWith("kolom-"))) {
			return null;
		}
		Map<SheetField, Integer> mapping = new EnumMap<>(SheetField.class);
		for (SheetField field : List.of(SheetField.values())) {
			String value = form.get("kolom-" + field.key());
			if (value != null && value.matches("\\d{1,5}")) {
				mapping.put(field, Integer.parseInt(value));
			}
		}
		return mapping;
	}

	private Exchange.Upload pending(UUID id) {
		return exchange.pending(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
