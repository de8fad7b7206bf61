// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import nl.schakel.organisation.SchakelUser;
import nl.schakel.signals.CreditorType;
import nl.schakel.signals.SignalColumn;
import nl.schakel.signals.SignalFileException;
import nl.schakel.signals.SignalFiles;
import nl.schakel.signals.SignalFiles.Channel;

/**
 * Signals in a CSV or XLSX file: a creditor's own list ({@code /signalen/aanleveren}) and a matching platform's export
 * imported by the vroegsignalering team ({@code /vroegsignalering/import}). Upload, then a dry run with a receipt per
 * row and the column mapping, then confirm. Plain forms: it all works without JavaScript.
 */
@Controller
class SignalFilesController {

	private static final String CREDITOR_PATH = "/signalen/aanleveren";

	private static final String PLATFORM_PATH = "/vroegsignalering/import";

	private final SignalFiles files;

	private final MessageSource messages;

	SignalFilesController(SignalFiles files, MessageSource messages) {
		this.files = files;
		this.messages = messages;
	}

	@GetMapping(CREDITOR_PATH)
	String creditorForm(@AuthenticationPrincipal SchakelUser user, Model model) {
		return form(Channel.CREDITOR, user, model);
	}

	@GetMapping(PLATFORM_PATH)
	String platformForm(@AuthenticationPrincipal SchakelUser user, Model model) {
		return form(Channel.PLATFORM, user, model);
	}

	@PostMapping(CREDITOR_PATH)
	String creditorUpload(@RequestParam(name = "bestand", required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal SchakelUser user, Model model, HttpServletResponse response) throws IOException {
		return upload(Channel.CREDITOR, file, user, model, response);
	}

	@PostMapping(PLATFORM_PATH)
	String platformUpload(@RequestParam(name = "bestand", required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal SchakelUser user, Model model, HttpServletResponse response) throws IOException {
		return upload(Channel.PLATFORM, file, user, model, response);
	}

	@GetMapping({ CREDITOR_PATH + "/{id}", PLATFORM_PATH + "/{id}" })
	String preview(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user, Model model) {
		return show(files.preview(id, user, null, null).orElseThrow(SignalFilesController::notFound), model);
	}

	@PostMapping({ CREDITOR_PATH + "/{id}", PLATFORM_PATH + "/{id}" })
	String decide(@PathVariable UUID id, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal SchakelUser user, Model model) {
		Map<SignalColumn, Integer> mapping = new EnumMap<>(SignalColumn.class);
		for (SignalColumn field : SignalColumn.values()) {
			String value = form.get("kolom-" + field.key());
			if (value != null && value.matches("[0-9]{1,4}")) {
				mapping.put(field, Integer.parseInt(value));
			}
		}
		CreditorType type = CreditorType.fromCode(form.getOrDefault("soort", "")).orElse(null);
		boolean confirm = "bevestigen".equals(form.get("actie"));
		// A form without mapping fields (a script, or the page before it showed any) uses the saved or suggested one.
		boolean mapped = form.keySet().stream().anyMatch(k -> k.startsWith("kolom-"));
		SignalFiles.Preview preview = (confirm ? files.confirm(id, user, mapped ? mapping : null, type)
				: files.preview(id, user, mapped ? mapping : null, type)).orElseThrow(SignalFilesController::notFound);
		return show(preview, model);
	}

	@GetMapping({ CREDITOR_PATH + "/{id}/ontvangstbewijs.csv", PLATFORM_PATH + "/{id}/ontvangstbewijs.csv" })
	ResponseEntity<byte[]> receipt(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user, Locale locale) {
		SignalFiles.Preview preview = files.preview(id, user, null, null).orElseThrow(SignalFilesController::notFound);
		var csv = new StringBuilder("\uFEFF");
		csv.append(cells(text("signals.file.csv.line", locale), text("signals.file.csv.reference", locale),
				text("signals.file.csv.status", locale), text("signals.file.csv.reasons", locale)));
		for (SignalFiles.RowReceipt r : preview.receipts()) {
			String reasons = String.join(" | ", r.reasons().stream().map(c -> text("signals.reason." + c, locale)).toList());
			csv.append(cells(String.valueOf(r.line()), r.reference() == null ? "" : r.reference(),
					text(r.accepted() ? "signals.file.accepted" : "signals.file.refused", locale), reasons));
		}
		String name = (preview.committed() ? "ontvangstbewijs-" : "proefrun-") + id + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private String form(Channel channel, SchakelUser user, Model model) {
		if (!files.mayUse(user, channel)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("channel", channel);
		model.addAttribute("path", path(channel));
		model.addAttribute("maxMegabytes", SignalFiles.MAX_BYTES / (1024 * 1024));
		return "signals/upload";
	}

	private String upload(Channel channel, @Nullable MultipartFile file, SchakelUser user, Model model,
			HttpServletResponse response) throws IOException {
		if (!files.mayUse(user, channel)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (file == null || file.isEmpty()) {
			return refused(channel, "no-file", null, model, response);
		}
		if (file.getSize() > SignalFiles.MAX_BYTES) {
			return refused(channel, "too-big", null, model, response);
		}
		try {
			SignalFiles.Upload upload = files.upload(user, channel, String.valueOf(file.getOriginalFilename()),
					file.getBytes());
			return "redirect:" + path(channel) + "/" + upload.id();
		}
		catch (SignalFileException ex) {
			return refused(channel, ex.code(), ex.line(), model, response);
		}
	}

	private String refused(Channel channel, String code, @Nullable Integer line, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problem", code);
		model.addAttribute("problemLine", line == null ? "" : String.valueOf(line));
		model.addAttribute("channel", channel);
		model.addAttribute("path", path(channel));
		model.addAttribute("maxMegabytes", SignalFiles.MAX_BYTES / (1024 * 1024));
		return "signals/upload";
	}

	private String show(SignalFiles.Preview preview, Model model) {
		model.addAttribute("p", preview);
		model.addAttribute("path", path(preview.upload().channel()));
		model.addAttribute("fields", java.util.Arrays.stream(SignalColumn.values())
			.filter(f -> !f.platformOnly() || preview.upload().channel() == Channel.PLATFORM)
			.toList());
		model.addAttribute("types", CreditorType.values());
		return "signals/upload-preview";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/** One CSV line with semicolons, as Dutch spreadsheet programs open it; a cell that starts a formula is quoted. */
	private static String cells(String... cells) {
		var line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				line.append(';');
			}
			String cell = cells[i];
			if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
				cell = "'" + cell;
			}
			line.append('"').append(cell.replace("\"", "\"\"")).append('"');
		}
		return line.append("\r\n").toString();
	}

	private static String path(Channel channel) {
		return channel == Channel.CREDITOR ? CREDITOR_PATH : PLATFORM_PATH;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
