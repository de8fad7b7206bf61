// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.schakel.socialmap.Directory;
import nl.schakel.socialmap.Exchange;
import nl.schakel.socialmap.Page;

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

	private final Directory directory;

	private final JsonMapper json;

	private final Exchange exchange;

	HsdsApi(Directory directory, JsonMapper json, Exchange exchange) {
		this.directory = directory;
		this.json = json;
		this.exchange = exchange;
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

	@Operation(summary = "Services, fully nested with their organisation and locations")
	@GetMapping("/services")
	ObjectNode services(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage,
			@RequestParam(name = "organization_id", required = false) @Nullable UUID organizationId,
			@RequestParam(name = "taxonomy_term_id", required = false) @Nullable UUID taxonomyTermId) {
		checkPaging(page, perPage);
		return list(directory.services(page, perPage, organizationId, taxonomyTermId));
	}

	@Operation(summary = "One service")
	@GetMapping("/services/{id}")
	ResponseEntity<ObjectNode> service(@PathVariable UUID id) {
		return ResponseEntity.of(directory.service(id));
	}

	@Operation(summary = "Organisations with their services and locations")
	@GetMapping("/organizations")
	ObjectNode organizations(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage) {
		checkPaging(page, perPage);
		return list(directory.organizations(page, perPage));
	}

	@Operation(summary = "One organisation")
	@GetMapping("/organizations/{id}")
	ResponseEntity<ObjectNode> organization(@PathVariable UUID id) {
		return ResponseEntity.of(directory.organization(id));
	}

	@Operation(summary = "Services at locations, with the location and the service")
	@GetMapping("/service_at_locations")
	ObjectNode servicesAtLocations(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage) {
		checkPaging(page, perPage);
		return list(directory.servicesAtLocations(page, perPage));
	}

	@Operation(summary = "One service at a location")
	@GetMapping("/service_at_locations/{id}")
	ResponseEntity<ObjectNode> serviceAtLocation(@PathVariable UUID id) {
		return ResponseEntity.of(directory.serviceAtLocation(id));
	}

	@Operation(summary = "Taxonomies")
	@GetMapping("/taxonomies")
	ObjectNode taxonomies(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage) {
		checkPaging(page, perPage);
		return list(directory.taxonomies(page, perPage));
	}

	@Operation(summary = "One taxonomy")
	@GetMapping("/taxonomies/{id}")
	ResponseEntity<ObjectNode> taxonomy(@PathVariable UUID id) {
		return ResponseEntity.of(directory.taxonomy(id));
	}

	@Operation(summary = "Taxonomy terms")
	@GetMapping("/taxonomy_terms")
	ObjectNode taxonomyTerms(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "" + DEFAULT_PER_PAGE) int perPage,
			@RequestParam(name = "taxonomy_id", required = false) @Nullable UUID taxonomyId,
			@RequestParam(name = "parent_id", required = false) @Nullable UUID parentId,
			@RequestParam(name = "top_only", defaultValue = "false") boolean topOnly) {
		checkPaging(page, perPage);
		return list(directory.taxonomyTerms(page, perPage, taxonomyId, parentId, topOnly));
	}

	@Operation(summary = "One taxonomy term")
	@GetMapping("/taxonomy_terms/{id}")
	ResponseEntity<ObjectNode> taxonomyTerm(@PathVariable UUID id) {
		return ResponseEntity.of(directory.taxonomyTerm(id));
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

	private static void checkPaging(int page, int perPage) {
		if (page < 1 || perPage < 1 || perPage > MAX_PER_PAGE) {
			throw new InvalidPagingException();
		}
	}

	/** Paging parameters out of range. */
	static final class InvalidPagingException extends RuntimeException {

		private static final long serialVersionUID = 1L;

	}

}
