// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

import nl.schakel.organisation.ApiClientPrincipal;
import nl.schakel.socialmap.Exchange;
import nl.schakel.socialmap.ImportProblem;
import nl.schakel.socialmap.UnusableFileException;

/**
 * Imports into the sociale kaart by an organisation's API client with the {@code directory:write} scope: HSDS JSON,
 * the HSDS tabular datapackage (a ZIP, or its CSV files as separate parts) and a partner's spreadsheet with its saved
 * column mapping. {@code dry_run=true} (the default) only says what would happen.
 */
@RestController
@RequestMapping("/api/directory")
@Tag(name = "Sociale kaart: import")
class ExchangeApi {

	private final Exchange exchange;

	private final JsonMapper json;

	private final MessageSource messages;

	ExchangeApi(Exchange exchange, JsonMapper json, MessageSource messages) {
		this.exchange = exchange;
		this.json = json;
		this.messages = messages;
	}

	@Operation(summary = "Preview or import a file into the sociale kaart",
			description = "Send the file as multipart part 'file' (HSDS JSON .json, datapackage .zip, spreadsheet .xlsx "
					+ "or .csv), or several tabular CSV parts named 'tables'. Nothing is imported while any row is bad "
					+ "(422 with every problem) or while likely duplicates are undecided (409), unless on_duplicate says "
					+ "what to do with them.")
	@PostMapping("/imports")
	ResponseEntity<ObjectNode> importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "tables", required = false) @Nullable List<MultipartFile> tables,
			@Parameter(description = "Name of the source, for saved column mappings and remembered decisions")
			@RequestParam(defaultValue = "api") String source,
			@RequestParam(name = "dry_run", defaultValue = "true") boolean dryRun,
			@Parameter(description = "merge, new or skip: what to do with likely duplicates")
			@RequestParam(name = "on_duplicate", required = false) @Nullable String onDuplicate,
			Authentication authentication, Locale locale) throws IOException {
		String by = authentication.getPrincipal() instanceof ApiClientPrincipal client
				? "api:" + client.name() + " (" + client.organisationId().value() + ")" : "api:" + authentication.getName();
		Exchange.Decision otherwise = onDuplicate == null ? null : Exchange.Decision.parse(onDuplicate)
			.orElseThrow(() -> new UnusableFileException(List.of(ImportProblem.ofFileFor("on_duplicate", "decision"))));
		// Other uploads may be larger (bulk screening), so the multipart limit is above ours: check ours here.
		long size = (file == null ? 0 : file.getSize())
				+ (tables == null ? 0 : tables.stream().mapToLong(MultipartFile::getSize).sum());
		if (size > Exchange.MAX_BYTES) {
			throw new MaxUploadSizeExceededException(Exchange.MAX_BYTES);
		}
		Exchange.Outcome outcome;
		if (tables != null && !tables.isEmpty()) {
			Map<String, byte[]> files = new LinkedHashMap<>();
			for (MultipartFile table : tables) {
				files.put(String.valueOf(table.getOriginalFilename()), table.getBytes());
			}
			outcome = exchange.importTables(source, files, otherwise, dryRun, by);
		}
		else if (file != null && !file.isEmpty()) {
			outcome = exchange.importFile(source, String.valueOf(file.getOriginalFilename()), file.getBytes(), otherwise,
					dryRun, by);
		}
		else {
			throw new UnusableFileException(List.of(ImportProblem.ofFileFor("file", "no-file")));
		}
		HttpStatus status = !outcome.usable() ? HttpStatus.UNPROCESSABLE_CONTENT
				: !outcome.undecided().isEmpty() ? HttpStatus.CONFLICT : outcome.committed() ? HttpStatus.CREATED : HttpStatus.OK;
		return ResponseEntity.status(status).body(body(outcome, locale));
	}

	private ObjectNode body(Exchange.Outcome outcome, Locale locale) {
		ObjectNode body = json.createObjectNode();
		body.put("format", outcome.format().code());
		body.put("imported", outcome.committed());
		body.put("created", outcome.report().created());
		body.put("updated", outcome.report().updated());
		body.put("unchanged", outcome.report().unchanged());
		problems(body.putArray("problems"), outcome.problems(), locale);
		problems(body.putArray("warnings"), outcome.warnings(), locale);
		outcome.report().warnings().forEach(w -> body.withArray("warnings").addObject().put("reason", w));
		ArrayNode duplicates = body.putArray("duplicates");
		for (var d : outcome.duplicates()) {
			ObjectNode node = duplicates.addObject();
			node.put("type", d.table());
			node.put("id", d.id());
			node.put("name", d.name());
			node.put("resembles_id", d.otherId());
			node.put("resembles_name", d.otherName());
			node.put("already_stored", d.existing());
			node.put("reason", d.reason());
			Exchange.Decision decision = outcome.decisions().get(d.id());
			if (decision != null) {
				node.put("decision", decision.name().toLowerCase(Locale.ROOT));
			}
		}
		return body;
	}

	private void problems(ArrayNode list, List<ImportProblem> problems, Locale locale) {
		for (ImportProblem problem : problems) {
			ObjectNode node = list.addObject();
			node.put("file", problem.file());
			if (problem.line() != null) {
				node.put("line", problem.line());
			}
			if (problem.column() != null) {
				node.put("column", problem.column());
			}
			node.put("code", problem.code());
			node.put("reason", messages.getMessage(problem.messageKey(), problem.args().toArray(), problem.code(), locale));
		}
	}

	@ExceptionHandler(UnusableFileException.class)
	ResponseEntity<ObjectNode> unusable(UnusableFileException ex, Locale locale) {
		ObjectNode body = json.createObjectNode();
		body.put("imported", false);
		problems(body.putArray("problems"), ex.problems(), locale);
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(body);
	}

	/**
	 * Tomcat refuses a body above the multipart limits while Spring first reads a request parameter, before the
	 * upload is resolved, so the refusal arrives as Tomcat's own exception; both mean the same to the client.
	 */
	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<ProblemDetail> tooBigForTomcat(IllegalStateException ex, Locale locale) {
		if (!UploadLimits.exceeded(ex)) {
			throw ex;
		}
		return tooBig(locale);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooBig(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE);
		problem.setTitle(messages.getMessage("import.problem.too-big", null, locale));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ObjectNode> notMultipart(Locale locale) {
		return unusable(new UnusableFileException(List.of(ImportProblem.ofFileFor("file", "no-file"))), locale);
	}

}
