// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.HttpMediaTypeNotSupportedException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import nl.schakel.region.MunicipalityCode;
import nl.schakel.region.Municipalities;
import nl.schakel.schemes.Evaluation;
import nl.schakel.schemes.LocalSchemes;
import nl.schakel.schemes.Schemes;
import nl.schakel.schemes.rules.LocalSchemeDefinition;
import nl.schakel.schemes.web.RegelingenJson.Calculation;
import nl.schakel.schemes.web.RegelingenJson.SchemeJson;

/**
 * The regelingen API: what a household may get from every national scheme and the local schemes of its
 * municipality, and why. Anonymous; nothing about the household is stored or logged; rate-limited per address.
 */
@RestController
@Tag(name = "Regelingen", description = "Income-support schemes: calculation with explanations, and the rules")
class RegelingenApi {

	static final String EXAMPLE = """
			{
			  "referenceDate": "2026-03-01",
			  "period": "2026-03",
			  "household": {
			    "municipality": "0268",
			    "applicant": {"age": 35, "yearlyIncome": "16800.00", "monthlyNetIncome": "1300.00", "assets": "2000.00",
			                  "healthInsured": true, "working": false},
			    "hasPartner": false,
			    "children": [{"age": 8}],
			    "housemates": [],
			    "rent": "650.00",
			    "serviceCosts": "40.00",
			    "municipalTax": "350.00",
			    "receives": [],
			    "lowIncomeYears": 4
			  }
			}
			""";

	private final LocalSchemes local;

	private final Municipalities municipalities;

	private final RateLimiter limiter;

	RegelingenApi(LocalSchemes local, Municipalities municipalities, RateLimiter limiter) {
		this.local = local;
		this.municipalities = municipalities;
		this.limiter = limiter;
	}

	@Operation(summary = "Every national scheme and the local schemes of the household's municipality",
			description = "Leave a field out (or null) when it is not known: the result then says what is possible "
					+ "(MOGELIJK, ranges) and which question to ask next. Amounts are strings in euros. Nothing is stored.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = CalculationRequest.class),
							examples = @ExampleObject(name = "alleenstaande ouder in Nijmegen", value = EXAMPLE))),
			responses = { @ApiResponse(responseCode = "200", description = "The results"),
					@ApiResponse(responseCode = "400", description = "Every problem, per field (JSON pointer)",
							content = @Content(mediaType = "application/problem+json",
									examples = @ExampleObject(value = """
											{"type": "about:blank", "title": "Invalid household", "status": 400,
											 "errors": [{"pointer": "/household/applicant/age", "detail": "a whole number from 0 to 120"},
											            {"pointer": "/household/applicant/monthlyNetIncome", "detail": "must not be negative"}]}
											"""))),
					@ApiResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After") })
	@PostMapping(path = "/api/v1/regelingen/berekening", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> calculate(@RequestBody JsonNode body, HttpServletRequest request) {
		return limited(request, () -> {
			HouseholdReader.Outcome read = HouseholdReader.read(body, this::known);
			if (read.request() == null) {
				return invalid(read.problems());
			}
			HouseholdReader.Request r = read.request();
			// The local scheme versions that apply on the reference date (a change approved for a later date waits).
			Schemes engine = local.engine(r.referenceDate());
			Evaluation e = engine.evaluate(r.household(), r.referenceDate(), r.period());
			return ResponseEntity.ok(Calculation.of(e, localById(engine)));
		});
	}

	@Operation(summary = "One scheme, national or local",
			description = "A local scheme of another municipality than the household's is evaluated too; its "
					+ "residence condition then fails.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = CalculationRequest.class),
							examples = @ExampleObject(name = "alleenstaande ouder in Nijmegen", value = EXAMPLE))),
			responses = { @ApiResponse(responseCode = "200", description = "The result"),
					@ApiResponse(responseCode = "400", description = "Every problem, per field (JSON pointer)"),
					@ApiResponse(responseCode = "404", description = "No scheme has this id"),
					@ApiResponse(responseCode = "429", description = "Too many requests from this address") })
	@PostMapping(path = "/api/v1/regelingen/{id}/berekening", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> calculateOne(@PathVariable String id, @RequestBody JsonNode body, HttpServletRequest request) {
		return limited(request, () -> {
			Schemes engine = local.engine();
			if (!engine.ids().contains(id)) {
				return notFound(id);
			}
			HouseholdReader.Outcome read = HouseholdReader.read(body, this::known);
			if (read.request() == null) {
				return invalid(read.problems());
			}
			HouseholdReader.Request r = read.request();
			Evaluation e = local.engine(r.referenceDate()).evaluateOne(r.household(), r.referenceDate(), r.period(), id)
				.orElseThrow();
			return ResponseEntity.ok(Calculation.of(e, localById(engine)));
		});
	}

	@Operation(summary = "The schemes with their conditions, parameters and sources",
			description = "The national schemes, and the local schemes of the municipality when gemeente is given "
					+ "(all local schemes otherwise).",
			responses = { @ApiResponse(responseCode = "200", description = "The schemes"),
					@ApiResponse(responseCode = "400", description = "Unknown municipality"),
					@ApiResponse(responseCode = "429", description = "Too many requests from this address") })
	@GetMapping("/api/v1/regelingen")
	ResponseEntity<?> list(@RequestParam(required = false) @io.swagger.v3.oas.annotations.Parameter(
			description = "CBS code of the municipality", example = "0268") @Nullable String gemeente,
			HttpServletRequest request) {
		return limited(request, () -> {
			if (gemeente != null && !known(gemeente)) {
				return invalid(Map.of("/gemeente", "not a Dutch municipality; give its CBS code of 4 digits"));
			}
			Schemes engine = local.engine();
			List<SchemeJson> out = new ArrayList<>();
			engine.nationalDefinitions().forEach(d -> out.add(SchemeJson.national(d)));
			engine.localDefinitions(gemeente).forEach(l -> out.add(SchemeJson.local(l)));
			return ResponseEntity.ok(out);
		});
	}

	private boolean known(String code) {
		if (!code.matches("[0-9]{4}")) {
			return false;
		}
		return municipalities.byCode(MunicipalityCode.parse(code)).isPresent();
	}

	private static Map<String, LocalSchemeDefinition> localById(Schemes engine) {
		Map<String, LocalSchemeDefinition> byId = new LinkedHashMap<>();
		engine.localDefinitions(null).forEach(l -> byId.put(l.id(), l));
		return byId;
	}

	private ResponseEntity<?> limited(HttpServletRequest request, java.util.function.Supplier<ResponseEntity<?>> call) {
		long wait = limiter.acquire(request.getRemoteAddr());
		if (wait > 0) {
			ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.TOO_MANY_REQUESTS);
			problem.setTitle("Too many requests");
			problem.setDetail("Wait " + wait + " seconds before the next request.");
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return call.get();
	}

	private static ResponseEntity<?> invalid(Map<String, String> problems) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Invalid household");
		problem.setDetail(problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; see errors");
		List<Map<String, String>> errors = new ArrayList<>();
		problems.forEach((pointer, detail) -> errors.add(Map.of("pointer", pointer, "detail", detail)));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ResponseEntity<?> notFound(String id) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		problem.setTitle("Unknown scheme");
		problem.setDetail("No scheme has the id '" + id.replaceAll("[^a-z0-9-]", "?") + "'; see GET /api/v1/regelingen");
		problem.setType(URI.create("about:blank"));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** Malformed JSON: one problem at the root, without echoing the body. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<?> unreadable(HttpMessageNotReadableException ex) {
		return invalid(Map.of("", "the body is not valid JSON"));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<?> notJson(HttpMediaTypeNotSupportedException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		problem.setTitle("Send JSON");
		problem.setDetail("Use Content-Type: application/json");
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
