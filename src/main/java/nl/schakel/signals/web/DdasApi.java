// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.schakel.organisation.ApiClientPrincipal;
import nl.schakel.signals.DdasExport;
import nl.schakel.signals.DdasExportException;

/**
 * The DDAS vroegsignalering delivery API as the model describes it (v1.2, DDAS-VS.yaml): CBS asks with
 * {@code POST /gegevens} for a period, the supplier answers with the Uitwisselmodel. Here the caller is an API client of
 * the municipality with scope signals:report; the FSC inway and the JAdES payload signature of the model are not part
 * of Schakel (docs/signals.md, "DDAS").
 */
@RestController
@Tag(name = "Vroegsignalering")
class DdasApi {

	private static final Set<String> FIELDS = Set.of("aanleverperiodeStartdatum", "aanleverperiodeEinddatum",
			"aanleverendeOrganisatie", "page", "pageSize");

	private final DdasExport export;

	private final JsonMapper json;

	DdasApi(DdasExport export, JsonMapper json) {
		this.export = export;
		this.json = json;
	}

	@Operation(summary = "The DDAS vroegsignalering monitoring data of the municipality for a period",
			description = """
					For API clients of a municipality organisation with scope signals:report (for example the client CBS \
					calls with). Answers {"gegevens": Uitwisselmodel v1.2} with one levering per municipality the \
					organisation serves: the signals with a signal date in the period and their cases. Clients are given \
					as a BSN only, or as postcode and house number; never a name. Every answer is validated against the \
					official schema before it leaves. One page holds at most 50,000 signals.""",
			security = @SecurityRequirement(name = "apiKey"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = GegevensRequest.class))),
			responses = {
					@ApiResponse(responseCode = "200", description = "The Uitwisselmodel under \"gegevens\""),
					@ApiResponse(responseCode = "400", description = "Not a valid request",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
					@ApiResponse(responseCode = "401", description = "No or a wrong API key",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
					@ApiResponse(responseCode = "403", description = "No signals:report scope, or not a municipality",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
					@ApiResponse(responseCode = "422", description = "More than 50,000 signals: ask a shorter period",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)) })
	@PostMapping(value = "/api/ddas/v1/gegevens", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> gegevens(@AuthenticationPrincipal ApiClientPrincipal client, @RequestBody JsonNode body) {
		if (!body.isObject()) {
			return problem(HttpStatus.BAD_REQUEST, "Send a JSON object with aanleverperiodeStartdatum and aanleverperiodeEinddatum.");
		}
		for (String name : body.propertyNames()) {
			if (!FIELDS.contains(name)) {
				return problem(HttpStatus.BAD_REQUEST, "Unknown field " + name + ".");
			}
		}
		LocalDate start = date(body.get("aanleverperiodeStartdatum"));
		LocalDate end = date(body.get("aanleverperiodeEinddatum"));
		if (start == null || end == null || end.isBefore(start)) {
			return problem(HttpStatus.BAD_REQUEST,
					"aanleverperiodeStartdatum and aanleverperiodeEinddatum must be dates (YYYY-MM-DD), the end not before the start.");
		}
		JsonNode page = body.get("page");
		if (page != null && (!page.isInt() || page.asInt() != 1)) {
			return problem(HttpStatus.BAD_REQUEST, "Schakel answers in one page: page must be 1 or absent.");
		}
		ObjectNode document;
		try {
			document = export.forOrganisation(client.organisationId(), start, end);
		}
		catch (DdasExportException ex) {
			return problem(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage() + ".");
		}
		ObjectNode answer = json.createObjectNode();
		answer.set("gegevens", document);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> notJson() {
		return problem(HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
	}

	private static @Nullable LocalDate date(@Nullable JsonNode node) {
		if (node == null || !node.isString()) {
			return null;
		}
		try {
			return LocalDate.parse(node.asString());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle("DDAS request refused");
		problem.setDetail(detail);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The request body of the model's POST /gegevens. */
	@Schema(name = "DdasGegevensRequest")
	record GegevensRequest(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String aanleverperiodeStartdatum,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String aanleverperiodeEinddatum,
			@Schema(description = "Accepted and not used: the API client's organisation decides") @Nullable String aanleverendeOrganisatie,
			@Schema(minimum = "1", maximum = "1") @Nullable Integer page,
			@Schema(minimum = "1") @Nullable Integer pageSize) {
	}

}
