// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.schakel.region.Postcode;
import nl.schakel.socialmap.Directory;
import nl.schakel.socialmap.HsdsQuery;
import nl.schakel.socialmap.Exchange;
import nl.schakel.socialmap.Page;
import nl.schakel.socialmap.ServiceSearch;

/**
 * The open Open Referral HSDS 3.0 API of the sociale kaart: anonymous, read-only, CORS-enabled, paged as the HSDS
 * OpenAPI describes ({@code page} from 1, {@code per_page}). Every response validates against the HSDS schemas.
 */
@RestController
@RequestMapping("/api/hsds")
@Tag(name = "Open Referral HSDS 3.0")
class HsdsApi {

	static final int DEFAULT_PER_PAGE = 50;

	static final int MAX_PER_PAGE = 500;

	/** How many ranked matches a full-text search may select before the other filters apply. */
	static final int MAX_SEARCH_RESULTS = 10_000;

	/** Page size while streaming ndjson. */
	static final int STREAM_PAGE = 200;

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	private final Directory directory;

	private final JsonMapper json;

	private final Exchange exchange;

	private final ServiceSearch serviceSearch;

	private final Clock clock;

	HsdsApi(Directory directory, JsonMapper json, Exchange exchange, ServiceSearch serviceSearch, Clock clock) {
		this.directory = directory;
		this.json = json;
		this.exchange = exchange;
		this.serviceSearch = serviceSearch;
		this.clock = clock;
	}

	@Operation(summary = "About this HSDS API")
	@GetMapping({ "", "/" })
	ObjectNode root() {
		ObjectNode about = json.createObjectNode();
		about.put("version", "3.0");
		about.put("profile", "https://docs.openreferral.org/en/v3.0/");
		about.put("openapi_url", ServletUriComponentsBuilder.fromCurrentContextPath().path("/v3/api-docs").toUriString());
		return about;
	}

	@Operation(summary = "Services, fully nested with their organisation and locations",
			description = "Filters as in the HSDS 3.0 OpenAPI: search (full text, ranked), organization_id, "
					+ "taxonomy_term_id, taxonomy_id, modified_after (ISO date or date-time). minimal=true lists only id "
					+ "and modified_date; format=ndjson streams every match, one JSON document per line, without paging.")
	@GetMapping("/services")
	ResponseEntity<?> services(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage,
			@RequestParam(required = false) @Nullable String search,
			@RequestParam(name = "organization_id", required = false) @Nullable UUID organizationId,
			@RequestParam(name = "taxonomy_term_id", required = false) @Nullable UUID taxonomyTermId,
			@RequestParam(name = "taxonomy_id", required = false) @Nullable UUID taxonomyId,
			@RequestParam(name = "modified_after", required = false) @Nullable String modifiedAfter,
			@RequestParam(defaultValue = "false") boolean minimal, @RequestParam(defaultValue = "json") String format)
			throws IOException {
		checkPaging(page, perPage);
		HsdsQuery query = new HsdsQuery(page, perPage, ranked(search), organizationId, taxonomyTermId, taxonomyId,
				instant(modifiedAfter), null, null);
		if (ndjson(format)) {
			return stream(p -> minimal ? directory.serviceSummaries(withPage(query, p))
					: directory.services(withPage(query, p)));
		}
		return ResponseEntity.ok(list(minimal ? directory.serviceSummaries(query) : directory.services(query)));
	}

	@Operation(summary = "One service")
	@GetMapping("/services/{id}")
	ResponseEntity<ObjectNode> service(@PathVariable UUID id) {
		return ResponseEntity.of(directory.service(id));
	}

	@Operation(summary = "Organisations with their services and locations",
			description = "search matches words in the name or description; full_service=true nests each service "
					+ "fully; format=ndjson streams every match without paging.")
	@GetMapping("/organizations")
	ResponseEntity<?> organizations(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage,
			@RequestParam(required = false) @Nullable String search,
			@RequestParam(name = "full_service", defaultValue = "false") boolean fullService,
			@RequestParam(defaultValue = "json") String format) throws IOException {
		checkPaging(page, perPage);
		checkSearch(search);
		if (ndjson(format)) {
			return stream(p -> directory.organizations(p, STREAM_PAGE, search, fullService));
		}
		return ResponseEntity.ok(list(directory.organizations(page, perPage, search, fullService)));
	}

	@Operation(summary = "One organisation")
	@GetMapping("/organizations/{id}")
	ResponseEntity<ObjectNode> organization(@PathVariable UUID id) {
		return ResponseEntity.of(directory.organization(id));
	}

	@Operation(summary = "Services at locations, with the location and the service",
			description = "Filters as in the HSDS 3.0 OpenAPI: search, taxonomy_term_id, taxonomy_id, organization_id, "
					+ "modified_after, postcode (a Dutch postcode; its four-digit area) and proximity (metres from the "
					+ "middle of that postcode area; needs postcode). format=ndjson streams every match without paging.")
	@GetMapping("/service_at_locations")
	ResponseEntity<?> servicesAtLocations(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage,
			@RequestParam(required = false) @Nullable String search,
			@RequestParam(name = "taxonomy_term_id", required = false) @Nullable UUID taxonomyTermId,
			@RequestParam(name = "taxonomy_id", required = false) @Nullable UUID taxonomyId,
			@RequestParam(name = "organization_id", required = false) @Nullable UUID organizationId,
			@RequestParam(name = "modified_after", required = false) @Nullable String modifiedAfter,
			@RequestParam(required = false) @Nullable String postcode,
			@RequestParam(required = false) @Nullable Integer proximity,
			@RequestParam(defaultValue = "json") String format) throws IOException {
		checkPaging(page, perPage);
		String area = null;
		HsdsQuery.Near near = null;
		if (postcode != null && !postcode.isBlank()) {
			Postcode parsed = Postcode.parse(postcode)
				.orElseThrow(() -> new InvalidParameterException("postcode", "is not a Dutch postcode such as 6522 or 6522 AB"));
			area = Integer.toString(parsed.digits());
			if (proximity != null) {
				if (proximity < 1 || proximity > 500_000) {
					throw new InvalidParameterException("proximity", "is a distance of 1 to 500000 metres");
				}
				double[] point = directory.approximatePoint(parsed)
					.orElseThrow(() -> new InvalidParameterException("postcode", "has no known locations to measure from"));
				near = new HsdsQuery.Near(point[0], point[1], proximity);
				area = null;
			}
		}
		else if (proximity != null) {
			throw new InvalidParameterException("proximity", "needs a postcode to measure from");
		}
		HsdsQuery query = new HsdsQuery(page, perPage, ranked(search), organizationId, taxonomyTermId, taxonomyId,
				instant(modifiedAfter), area, near);
		if (ndjson(format)) {
			return stream(p -> directory.servicesAtLocations(withPage(query, p)));
		}
		return ResponseEntity.ok(list(directory.servicesAtLocations(query)));
	}

	@Operation(summary = "One service at a location")
	@GetMapping("/service_at_locations/{id}")
	ResponseEntity<ObjectNode> serviceAtLocation(@PathVariable UUID id) {
		return ResponseEntity.of(directory.serviceAtLocation(id));
	}

	@Operation(summary = "Taxonomies")
	@GetMapping("/taxonomies")
	ResponseEntity<?> taxonomies(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage,
			@RequestParam(required = false) @Nullable String search, @RequestParam(defaultValue = "json") String format) throws IOException {
		checkPaging(page, perPage);
		checkSearch(search);
		if (ndjson(format)) {
			return stream(p -> directory.taxonomies(p, STREAM_PAGE, search));
		}
		return ResponseEntity.ok(list(directory.taxonomies(page, perPage, search)));
	}

	@Operation(summary = "One taxonomy")
	@GetMapping("/taxonomies/{id}")
	ResponseEntity<ObjectNode> taxonomy(@PathVariable UUID id) {
		return ResponseEntity.of(directory.taxonomy(id));
	}

	@Operation(summary = "Taxonomy terms")
	@GetMapping("/taxonomy_terms")
	ResponseEntity<?> taxonomyTerms(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage,
			@RequestParam(name = "taxonomy_id", required = false) @Nullable UUID taxonomyId,
			@RequestParam(name = "parent_id", required = false) @Nullable UUID parentId,
			@RequestParam(name = "top_only", defaultValue = "false") boolean topOnly,
			@RequestParam(required = false) @Nullable String search, @RequestParam(defaultValue = "json") String format) throws IOException {
		checkPaging(page, perPage);
		checkSearch(search);
		if (ndjson(format)) {
			return stream(p -> directory.taxonomyTerms(p, STREAM_PAGE, taxonomyId, parentId, topOnly, search));
		}
		return ResponseEntity.ok(list(directory.taxonomyTerms(page, perPage, taxonomyId, parentId, topOnly, search)));
	}

	@Operation(summary = "One taxonomy term")
	@GetMapping("/taxonomy_terms/{id}")
	ResponseEntity<ObjectNode> taxonomyTerm(@PathVariable UUID id) {
		return ResponseEntity.of(directory.taxonomyTerm(id));
	}

	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(400);
		problem.setTitle("Invalid parameter");
		problem.setDetail(ex.parameter + " " + ex.reason);
		problem.setProperty("parameter", ex.parameter);
		return ResponseEntity.badRequest().body(problem);
	}

	@Operation(summary = "The whole directory as one HSDS organisation list (JSON)",
			description = "Every organisation with its services (with their locations) and its locations; valid against "
					+ "the compiled organization_list schema. Import it again with POST /api/directory/imports.")
	@GetMapping(value = "/export.json", produces = "application/json")
	ResponseEntity<StreamingResponseBody> exportJson() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sociale-kaart-hsds.json\"")
			.body(exchange::writeJson);
	}

	@Operation(summary = "The whole directory as the HSDS tabular datapackage (ZIP)",
			description = "datapackage.json of HSDS 3.0 and one CSV per table, with the table names, columns and "
					+ "column order of the specification's datapackage.json.")
	@GetMapping(value = "/export.zip", produces = "application/zip")
	ResponseEntity<StreamingResponseBody> exportDatapackage() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sociale-kaart-hsds-datapackage.zip\"")
			.body(exchange::writeDatapackage);
	}

	@ExceptionHandler(InvalidPagingException.class)
	ResponseEntity<ProblemDetail> invalidPaging(InvalidPagingException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(400);
		problem.setTitle("Invalid paging");
		problem.setDetail("page starts at 1; per_page is between 1 and " + MAX_PER_PAGE);
		return ResponseEntity.badRequest().body(problem);
	}

	private ObjectNode list(Page<ObjectNode> page) {
		ObjectNode body = json.createObjectNode();
		body.put("total_items", page.totalItems());
		body.put("total_pages", page.totalPages());
		body.put("page_number", page.pageNumber());
		body.put("size", page.contents().size());
		body.put("first_page", page.firstPage());
		body.put("last_page", page.lastPage());
		body.put("empty", page.contents().isEmpty());
		var contents = body.putArray("contents");
		page.contents().forEach(contents::add);
		return body;
	}

	/** The ids a full-text search finds, best first; null when there is no search. */
	private @Nullable List<UUID> ranked(@Nullable String search) {
		checkSearch(search);
		if (search == null || search.isBlank()) {
			return null;
		}
		return serviceSearch.matching(search, LocalDate.now(clock), MAX_SEARCH_RESULTS);
	}

	private static void checkSearch(@Nullable String search) {
		if (search != null && search.length() > 200) {
			throw new InvalidParameterException("search", "has at most 200 characters");
		}
	}

	private static @Nullable Instant instant(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
					: OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException("modified_after", "is a date (2026-11-01) or a date-time with an offset "
					+ "(2026-11-01T08:00:00Z)");
		}
	}

	private static boolean ndjson(String format) {
		return switch (format) {
			case "json" -> false;
			case "ndjson" -> true;
			default -> throw new InvalidParameterException("format", "is json or ndjson");
		};
	}

	private static HsdsQuery withPage(HsdsQuery query, int page) {
		return new HsdsQuery(page, STREAM_PAGE, query.rankedIds(), query.organizationId(), query.taxonomyTermId(),
				query.taxonomyId(), query.modifiedAfter(), query.postcodeArea(), query.near());
	}

	/**
	 * Every match, one JSON document per line, read and written page by page so memory stays flat however many there
	 * are. Written straight to the response: a null entity tells Spring the response is complete.
	 */
	private @Nullable ResponseEntity<?> stream(IntFunction<Page<ObjectNode>> pages) throws IOException {
		HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getResponse();
		response.setContentType(NDJSON.toString());
		response.setCharacterEncoding("UTF-8");
		OutputStream out = response.getOutputStream();
		for (int p = 1;; p++) {
			Page<ObjectNode> page = pages.apply(p);
			for (ObjectNode document : page.contents()) {
				out.write(json.writeValueAsBytes(document));
				out.write('\n');
			}
			if (page.lastPage() || page.contents().isEmpty()) {
				break;
			}
		}
		out.flush();
		return null;
	}

	private static void checkPaging(int page, int perPage) {
		if (page < 1 || perPage < 1 || perPage > MAX_PER_PAGE) {
			throw new InvalidPagingException();
		}
	}

	/** A query parameter the API cannot use, with the reason in plain words. */
	static final class InvalidParameterException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		final String parameter;

		final String reason;

		InvalidParameterException(String parameter, String reason) {
			super(parameter + " " + reason);
			this.parameter = parameter;
			this.reason = reason;
		}

	}

	/** Paging parameters out of range. */
	static final class InvalidPagingException extends RuntimeException {

		private static final long serialVersionUID = 1L;

	}

}
