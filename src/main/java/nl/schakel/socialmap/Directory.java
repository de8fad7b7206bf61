// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schakel.region.Municipalities;
import nl.schakel.region.Placement;
import nl.schakel.region.Postcode;
import nl.schakel.socialmap.Documents.Table;
import nl.schakel.socialmap.HsdsSchemas.Kind;

/**
 * The sociale kaart as Open Referral HSDS 3.0: imports HSDS documents (all or nothing, idempotent) and assembles the
 * full, nested documents the HSDS API serves. PostgreSQL holds the truth; every document is validated against the
 * HSDS schemas before it is stored.
 */
@Service
@Transactional
public class Directory {

	private static final BigDecimal NINETY = BigDecimal.valueOf(90);

	private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

	private final Documents documents;

	private final HsdsSchemas schemas;

	private final ApplicationEventPublisher events;

	private final Municipalities municipalities;

	private final JdbcClient jdbc;

	private final Tabular tabular;

	Directory(Documents documents, HsdsSchemas schemas, ApplicationEventPublisher events, Municipalities municipalities,
			JdbcClient jdbc, Tabular tabular) {
		this.tabular = tabular;
		this.documents = documents;
		this.schemas = schemas;
		this.events = events;
		this.municipalities = municipalities;
		this.jdbc = jdbc;
	}

	// ---- import ----

	/**
	 * Imports one HSDS document: a service, an organisation, a service at a location, a taxonomy or a term, in the
	 * nested ("full") form of the HSDS API; or a list page of them ({@code contents}). Nothing is stored unless all
	 * of it is valid.
	 */
	public ImportReport importDocument(Kind kind, JsonNode document, String by) {
		List<JsonNode> items = new ArrayList<>();
		if (document.has("contents") && document.get("contents").isArray()) {
			document.get("contents").forEach(items::add);
		}
		else {
			items.add(document);
		}
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String where = items.size() == 1 ? "" : "contents[" + i + "] ";
			if (!items.get(i).isObject()) {
				problems.add(where + "is not a JSON object");
				continue;
			}
			for (String violation : schemas.violations(kind, items.get(i))) {
				problems.add(where + violation);
			}
			problems.addAll(idProblems(where, items.get(i)));
		}
		if (!problems.isEmpty()) {
			throw new HsdsImportException(problems);
		}
		ImportReport report = ImportReport.NONE;
		Set<UUID> touched = new LinkedHashSet<>();
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			collectIds(item, touched);
			ObjectNode object = ((ObjectNode) item).deepCopy();
			for (String field : removeHtml(object, "")) {
				report = report.warn((items.size() == 1 ? "" : "contents[" + i + "]") + field
						+ ": HTML removed; texts are plain text with a little Markdown");
			}
			tabular.fillKeys(switch (kind) {
				case SERVICE -> "service";
				case ORGANIZATION -> "organization";
				case SERVICE_AT_LOCATION -> "service_at_location";
				case TAXONOMY -> "taxonomy";
				case TAXONOMY_TERM -> "taxonomy_term";
			}, object);
			report = report.plus(switch (kind) {
				case SERVICE -> importService(object, null, by);
				case ORGANIZATION -> importOrganization(object, by);
				case SERVICE_AT_LOCATION -> importServiceAtLocation(object, null, by);
				case TAXONOMY -> ImportReport.NONE.plus(storeTaxonomy(object, by));
				case TAXONOMY_TERM -> ImportReport.NONE.plus(storeTerm(object, by));
			});
		}
		announce(touched);
		return report;
	}

	/** Removes HTML from every text in the document, in place; returns the paths of the texts it changed. */
	private static List<String> removeHtml(JsonNode node, String path) {
		List<String> changed = new ArrayList<>();
		if (node instanceof ObjectNode object) {
			for (String name : List.copyOf(object.propertyNames())) {
				JsonNode value = object.get(name);
				if (value.isString() && SafeMarkdown.hasHtml(value.asString())) {
					object.put(name, SafeMarkdown.clean(value.asString()));
					changed.add(path + "/" + name);
				}
				else if (value.isContainer()) {
					changed.addAll(removeHtml(value, path + "/" + name));
				}
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				JsonNode value = node.get(i);
				if (value.isString() && SafeMarkdown.hasHtml(value.asString())) {
					((tools.jackson.databind.node.ArrayNode) node).set(i, SafeMarkdown.clean(value.asString()));
					changed.add(path + "/" + i);
				}
				else if (value.isContainer()) {
					changed.addAll(removeHtml(value, path + "/" + i));
				}
			}
		}
		return changed;
	}

	/**
	 * Stores texts in another language for HSDS objects (Dutch stays in the documents): {@code id → field → text}.
	 * Unknown ids are refused, like the rest of an import: all or nothing.
	 */
	public int importTranslations(String language, Map<UUID, Map<String, String>> texts) {
		if (!language.matches("[a-z]{2,3}") || language.equals("nl")) {
			throw new HsdsImportException(List.of("language: must be an ISO 639 code other than nl"));
		}
		List<String> problems = new ArrayList<>();
		for (UUID id : texts.keySet()) {
			if (jdbc.sql("""
					select count(*) from (select id from sm_organization union all select id from sm_service
					  union all select id from sm_location) known where id = ?""").param(id).query(Long.class).single() == 0
					&& !scheduleExists(id)) {
				problems.add(id + ": no organisation, service, location or schedule with this id");
			}
		}
		if (!problems.isEmpty()) {
			throw new HsdsImportException(problems);
		}
		int stored = 0;
		for (var entry : texts.entrySet()) {
			for (var field : entry.getValue().entrySet()) {
				stored += jdbc.sql("""
						insert into sm_translation (resource_id, language, field, value) values (?, ?, ?, ?)
						on conflict (resource_id, language, field) do update set value = excluded.value
						where sm_translation.value is distinct from excluded.value""")
					.params(entry.getKey(), language, field.getKey(), SafeMarkdown.clean(field.getValue()))
					.update();
			}
		}
		announce(texts.keySet());
		return stored;
	}

	private boolean scheduleExists(UUID id) {
		// jsonb_path_exists rather than the @? operator, whose question mark JDBC would take for a parameter.
		return jdbc.sql("select count(*) from sm_service where jsonb_path_exists(doc, cast(? as jsonpath))")
			.params("$.schedules[*] ? (@.id == \"" + id + "\")")
			.query(Long.class)
			.single() > 0;
	}

	/** Tells the search index which services to refresh: those named, and those of the organisations and locations named. */
	private void announce(Set<UUID> ids) {
		if (ids.isEmpty()) {
			return;
		}
		UUID[] array = ids.toArray(UUID[]::new);
		Set<UUID> services = new LinkedHashSet<>(jdbc.sql("""
				select id from sm_service where id = any(?) or organization_id = any(?)
				union select service_id from sm_service_at_location where location_id = any(?) or service_id = any(?)""")
			.params(array, array, array, array)
			.query(UUID.class)
			.list());
		if (!services.isEmpty()) {
			events.publishEvent(new ListingsChanged(services));
		}
	}

	private static void collectIds(JsonNode node, Set<UUID> ids) {
		if (node.isObject()) {
			JsonNode id = node.get("id");
			if (id != null && isUuid(id.asString())) {
				ids.add(UUID.fromString(id.asString()));
			}
			for (var entry : node.properties()) {
				collectIds(entry.getValue(), ids);
			}
		}
		else if (node.isArray()) {
			node.forEach(child -> collectIds(child, ids));
		}
	}

	private ImportReport importOrganization(ObjectNode organization, String by) {
		JsonNode services = organization.remove("services");
		JsonNode locations = organization.remove("locations");
		UUID id = uuid(organization);
		ImportReport report = ImportReport.NONE.plus(storeOrganization(organization, by));
		for (JsonNode location : iterate(locations)) {
			report = report.plus(storeLocation((ObjectNode) location.deepCopy(), id, by));
		}
		for (JsonNode service : iterate(services)) {
			report = report.plus(importService((ObjectNode) service.deepCopy(), id, by));
		}
		return report;
	}

	private ImportReport importService(ObjectNode service, @Nullable UUID organizationId, String by) {
		JsonNode organization = service.remove("organization");
		JsonNode servicesAtLocations = service.remove("service_at_locations");
		ImportReport report = ImportReport.NONE;
		UUID owner = organizationId;
		if (organization != null && organization.isObject()) {
			ObjectNode copy = ((ObjectNode) organization).deepCopy();
			copy.remove("services");
			JsonNode locations = copy.remove("locations");
			owner = uuid(copy);
			report = report.plus(storeOrganization(copy, by));
			for (JsonNode location : iterate(locations)) {
				report = report.plus(storeLocation((ObjectNode) location.deepCopy(), owner, by));
			}
		}
		if (owner == null && service.hasNonNull("organization_id")) {
			owner = UUID.fromString(service.get("organization_id").asString());
		}
		if (owner == null || documents.find(Table.ORGANIZATION, owner).isEmpty()) {
			throw new HsdsImportException(List.of("service " + service.get("id").asString()
					+ ": its organisation is neither included nor already known"));
		}
		report = report.plus(storeService(service, owner, by));
		for (JsonNode serviceAtLocation : iterate(servicesAtLocations)) {
			report = report.plus(importServiceAtLocation((ObjectNode) serviceAtLocation.deepCopy(), uuid(service), by));
		}
		return report;
	}

	private ImportReport importServiceAtLocation(ObjectNode serviceAtLocation, @Nullable UUID serviceId, String by) {
		JsonNode location = serviceAtLocation.remove("location");
		JsonNode service = serviceAtLocation.remove("service");
		ImportReport report = ImportReport.NONE;
		UUID forService = serviceId;
		if (service != null && service.isObject()) {
			ObjectNode copy = ((ObjectNode) service).deepCopy();
			copy.remove("service_at_locations");
			report = report.plus(importService(copy, null, by));
			forService = uuid(copy);
		}
		if (forService == null) {
			throw new HsdsImportException(List.of("service_at_location " + serviceAtLocation.get("id").asString()
					+ ": names no service"));
		}
		UUID locationId;
		if (location != null && location.isObject()) {
			ObjectNode copy = ((ObjectNode) location).deepCopy();
			UUID organizationOfService = documents.find(Table.SERVICE, forService)
				.map(s -> UUID.fromString(s.get("organization_id").asString()))
				.orElse(null);
			report = report.plus(storeLocation(copy, organizationOfService, by));
			locationId = uuid(copy);
		}
		else if (serviceAtLocation.hasNonNull("location_id")) {
			locationId = UUID.fromString(serviceAtLocation.get("location_id").asString());
		}
		else {
			throw new HsdsImportException(List.of("service_at_location " + serviceAtLocation.get("id").asString()
					+ ": names no location"));
		}
		serviceAtLocation.put("service_id", forService.toString());
		serviceAtLocation.put("location_id", locationId.toString());
		Map<String, @Nullable Object> columns = new LinkedHashMap<>();
		columns.put("service_id", forService);
		columns.put("location_id", locationId);
		return report.plus(documents.store(Table.SERVICE_AT_LOCATION, uuid(serviceAtLocation), serviceAtLocation,
				columns, by));
	}

	private ImportReport.Stored storeOrganization(ObjectNode organization, String by) {
		Map<String, @Nullable Object> columns = new LinkedHashMap<>();
		columns.put("name", organization.get("name").asString());
		return documents.store(Table.ORGANIZATION, uuid(organization), organization, columns, by);
	}

	/**
	 * Coordinates outside the globe (the HSDS examples use latitude 100) stay in the document, so HSDS round-trips,
	 * but are not used to place the location on the map; the report says so.
	 */
	private ImportReport storeLocation(ObjectNode location, @Nullable UUID organizationId, String by) {
		if (organizationId != null && !location.hasNonNull("organization_id")) {
			location.put("organization_id", organizationId.toString());
		}
		UUID owner = location.hasNonNull("organization_id")
				? UUID.fromString(location.get("organization_id").asString()) : null;
		if (owner != null && documents.find(Table.ORGANIZATION, owner).isEmpty()) {
			owner = null;
		}
		Map<String, @Nullable Object> columns = new LinkedHashMap<>();
		columns.put("organization_id", owner);
		columns.put("name", text(location, "name"));
		BigDecimal latitude = decimal(location, "latitude");
		BigDecimal longitude = decimal(location, "longitude");
		ImportReport report = ImportReport.NONE;
		boolean onTheGlobe = latitude != null && longitude != null && latitude.abs().compareTo(NINETY) <= 0
				&& longitude.abs().compareTo(ONE_EIGHTY) <= 0;
		if ((latitude != null || longitude != null) && !onTheGlobe) {
			report = report.warn("location " + location.get("id").asString() + ": coordinates " + latitude + ", "
					+ longitude + " are not on the globe; kept, but not shown on the map");
		}
		columns.put("latitude", onTheGlobe ? latitude : null);
		columns.put("longitude", onTheGlobe ? longitude : null);
		String postcode = firstAddressField(location, "postal_code");
		columns.put("postcode", postcode);
		columns.put("municipality_code", municipalityOf(postcode));
		return report.plus(documents.store(Table.LOCATION, uuid(location), location, columns, by));
	}

	private ImportReport.Stored storeService(ObjectNode service, UUID organizationId, String by) {
		service.put("organization_id", organizationId.toString());
		Set<UUID> terms = new LinkedHashSet<>();
		for (JsonNode attribute : iterate(service.get("attributes"))) {
			JsonNode term = attribute.get("taxonomy_term");
			if (term != null && term.isObject()) {
				storeTerm(((ObjectNode) term).deepCopy(), by);
				terms.add(uuid(term));
			}
			else if (attribute.hasNonNull("taxonomy_term_id")) {
				UUID termId = UUID.fromString(attribute.get("taxonomy_term_id").asString());
				if (documents.find(Table.TAXONOMY_TERM, termId).isPresent()) {
					terms.add(termId);
				}
			}
		}
		Map<String, @Nullable Object> columns = new LinkedHashMap<>();
		columns.put("organization_id", organizationId);
		columns.put("name", service.get("name").asString());
		columns.put("status", service.get("status").asString());
		columns.put("last_verified", date(service, "assured_date"));
		ImportReport.Stored stored = documents.store(Table.SERVICE, uuid(service), service, columns, by);
		documents.link(uuid(service), terms);
		return stored;
	}

	private ImportReport.Stored storeTaxonomy(ObjectNode taxonomy, String by) {
		Map<String, @Nullable Object> columns = new LinkedHashMap<>();
		columns.put("name", taxonomy.get("name").asString());
		return documents.store(Table.TAXONOMY, uuid(taxonomy), taxonomy, columns, by);
	}

	private ImportReport.Stored storeTerm(ObjectNode term, String by) {
		UUID taxonomyId = null;
		JsonNode detail = term.get("taxonomy_detail");
		if (detail != null && detail.isObject()) {
			storeTaxonomy(((ObjectNode) detail).deepCopy(), by);
			taxonomyId = uuid(detail);
		}
		Map<String, @Nullable Object> columns = new LinkedHashMap<>();
		columns.put("taxonomy_id", taxonomyId);
		columns.put("code", text(term, "code"));
		columns.put("parent_id", term.hasNonNull("parent_id") ? UUID.fromString(term.get("parent_id").asString()) : null);
		columns.put("name", term.get("name").asString());
		return documents.store(Table.TAXONOMY_TERM, uuid(term), term, columns, by);
	}

	// ---- edits by owners, stored once a curator approved them ----

	/**
	 * Stores an approved version of a service or a location through the same path as imports, so the change history
	 * is complete and the search index follows. A service is validated against the HSDS schema first.
	 */
	void storeReviewed(Table table, ObjectNode doc, String by) {
		UUID id = uuid(doc);
		switch (table) {
			case SERVICE -> {
				List<String> problems = schemas.violations(Kind.SERVICE, doc);
				if (!problems.isEmpty()) {
					throw new HsdsImportException(problems);
				}
				// A new service names the locations where it is offered; the links are stored as their own rows.
				JsonNode atLocations = doc.remove("service_at_locations");
				storeService(doc, UUID.fromString(doc.get("organization_id").asString()), by);
				for (JsonNode atLocation : iterate(atLocations)) {
					importServiceAtLocation(((ObjectNode) atLocation).deepCopy(), id, by);
				}
				Map<UUID, Map<String, String>> english = OpeningHours.englishDescriptions(doc, OpeningHours.placeNames(
						documents.findAll(Table.LOCATION, "where organization_id = ?", uuidOf(doc, "organization_id"))));
				if (!english.isEmpty()) {
					importTranslations("en", english);
				}
			}
			case LOCATION -> storeLocation(doc, null, by);
			default -> throw new IllegalArgumentException("only services and locations are edited by owners");
		}
		announce(Set.of(id));
	}

	/**
	 * Removes a service or a location that its owner withdrew and a curator approved. It leaves search, the HSDS API
	 * and the exports at once; its change history stays. Services offered at a withdrawn location stay, without it.
	 */
	void withdraw(Table table, UUID id, String by) {
		if (table != Table.SERVICE && table != Table.LOCATION) {
			throw new IllegalArgumentException("only services and locations are withdrawn by owners");
		}
		Set<UUID> affected = new LinkedHashSet<>();
		if (table == Table.SERVICE) {
			affected.add(id);
		}
		else {
			affected.addAll(jdbc.sql("select service_id from sm_service_at_location where location_id = ?")
				.param(id)
				.query(UUID.class)
				.list());
		}
		documents.remove(table, id, by);
		if (table == Table.LOCATION && !affected.isEmpty()) {
			// Opening hours at the location live inside the service documents; they go with the location.
			jdbc.sql("""
					update sm_service set doc = jsonb_set(doc, '{schedules}', coalesce((select jsonb_agg(s)
					    from jsonb_array_elements(doc -> 'schedules') s where s ->> 'location_id' is distinct from ?),
					    '[]'::jsonb)), version = version + 1, updated_at = now()
					where id = any(?) and jsonb_typeof(doc -> 'schedules') = 'array'""")
				.params(id.toString(), affected.toArray(UUID[]::new))
				.update();
		}
		if (!affected.isEmpty()) {
			events.publishEvent(new ListingsChanged(affected));
		}
	}

	/** The version of a service or location document, which a stale edit is recognised by. */
	@Transactional(readOnly = true)
	Optional<Integer> version(Table table, UUID id) {
		return jdbc.sql("select version from " + table.name + " where id = ?").param(id).query(Integer.class).optional();
	}

	// ---- reading: the nested documents of the HSDS API ----

	@Transactional(readOnly = true)
	public Optional<ObjectNode> service(UUID id) {
		return documents.find(Table.SERVICE, id).map(service -> fullServices(List.of(service)).getFirst());
	}

	/** A page of services, fully nested, filtered and ordered as the query says (by name unless searched). */
	@Transactional(readOnly = true)
	public Page<ObjectNode> services(HsdsQuery query) {
		ServicePage page = servicePage(query);
		List<ObjectNode> contents = fullServices(
				documents.findAll(Table.SERVICE, page.where() + page.order() + " limit ? offset ?", page.params()));
		return new Page<>(contents, page.total(), query.page(), query.perPage());
	}

	/** Ids and last changes of the services the query selects: HSDS's {@code minimal} list. */
	@Transactional(readOnly = true)
	public Page<ObjectNode> serviceSummaries(HsdsQuery query) {
		ServicePage page = servicePage(query);
		List<ObjectNode> contents = jdbc
			.sql("select id, updated_at from sm_service " + page.where() + page.order() + " limit ? offset ?")
			.params(page.params())
			.query((rs, n) -> {
				ObjectNode summary = JsonNodeFactory.instance.objectNode();
				summary.put("id", rs.getString("id"));
				summary.put("modified_date", rs.getTimestamp("updated_at").toInstant().toString());
				return summary;
			})
			.list();
		return new Page<>(contents, page.total(), query.page(), query.perPage());
	}

	/** The where clause, ordering and parameters (paging last) of one page of services, and the total. */
	private record ServicePage(String where, String order, Object[] params, long total) {
	}

	private ServicePage servicePage(HsdsQuery query) {
		var where = new StringBuilder("where true");
		List<Object> params = new ArrayList<>();
		serviceFilters(query, "id", "organization_id", "updated_at", where, params);
		String order = rankOrder(query, "id", params).orElse(" order by lower(name), id");
		long total = documents.count(Table.SERVICE, where.toString(), params.subList(0, filterParams(query, params)).toArray());
		params.add(query.perPage());
		params.add((long) (query.page() - 1) * query.perPage());
		return new ServicePage(where.toString(), order, params.toArray(), total);
	}

	/**
	 * The filters on services shared by the service and service-at-location lists; {@code id}, {@code organization}
	 * and {@code updated} name the columns that hold the service id, its organisation and its last change.
	 */
	private static void serviceFilters(HsdsQuery query, String id, String organization, String updated,
			StringBuilder where, List<Object> params) {
		if (query.rankedIds() != null) {
			where.append(" and ").append(id).append(" = any(?)");
			params.add(query.rankedIds().toArray(UUID[]::new));
		}
		if (query.organizationId() != null) {
			where.append(" and ").append(organization).append(" = ?");
			params.add(query.organizationId());
		}
		if (query.taxonomyTermId() != null) {
			where.append(" and ").append(id).append(" in (select service_id from sm_service_term where term_id = ?)");
			params.add(query.taxonomyTermId());
		}
		if (query.taxonomyId() != null) {
			where.append(" and ").append(id).append(" in (select st.service_id from sm_service_term st")
				.append(" join sm_taxonomy_term t on t.id = st.term_id where t.taxonomy_id = ?)");
			params.add(query.taxonomyId());
		}
		if (query.modifiedAfter() != null) {
			where.append(" and ").append(updated).append(" >= ?");
			params.add(java.sql.Timestamp.from(query.modifiedAfter()));
		}
	}

	/** How many of the parameters are filter parameters (the rest belong to the ordering). */
	private static int filterParams(HsdsQuery query, List<Object> params) {
		return query.rankedIds() == null ? params.size() : params.size() - 1;
	}

	/** Search results keep the search's ranking. */
	private static Optional<String> rankOrder(HsdsQuery query, String id, List<Object> params) {
		if (query.rankedIds() == null) {
			return Optional.empty();
		}
		params.add(query.rankedIds().toArray(UUID[]::new));
		return Optional.of(" order by array_position(?, " + id + ")");
	}

	@Transactional(readOnly = true)
	public Optional<ObjectNode> organization(UUID id) {
		return documents.find(Table.ORGANIZATION, id).map(this::fullOrganization);
	}

	/**
	 * A page of organisations with their services and locations; {@code search} matches words in the name or the
	 * description, {@code fullServices} nests each service fully (HSDS's {@code full_service}).
	 */
	@Transactional(readOnly = true)
	public Page<ObjectNode> organizations(int page, int size, @Nullable String search, boolean fullServices) {
		var where = new StringBuilder("where true");
		List<Object> params = new ArrayList<>();
		likeAny(search, List.of("name", "doc ->> 'description'"), where, params);
		long total = documents.count(Table.ORGANIZATION, where.toString(), params.toArray());
		params.add(size);
		params.add((long) (page - 1) * size);
		List<ObjectNode> contents = documents
			.findAll(Table.ORGANIZATION, where + " order by lower(name), id limit ? offset ?", params.toArray())
			.stream()
			.map(organization -> fullOrganization(organization, fullServices))
			.toList();
		return new Page<>(contents, total, page, size);
	}

	/** Every word must occur in one of the columns, ignoring case: a plain filter for small lists. */
	private static void likeAny(@Nullable String search, List<String> columns, StringBuilder where,
			List<Object> params) {
		if (search == null || search.isBlank()) {
			return;
		}
		for (String word : search.strip().split("\\s+")) {
			String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			where.append(" and (");
			for (int i = 0; i < columns.size(); i++) {
				where.append(i == 0 ? "" : " or ").append(columns.get(i)).append(" ilike ?");
				params.add(pattern);
			}
			where.append(")");
		}
	}

	@Transactional(readOnly = true)
	public Optional<ObjectNode> serviceAtLocation(UUID id) {
		return documents.find(Table.SERVICE_AT_LOCATION, id).map(sal -> fullServicesAtLocations(List.of(sal)).getFirst());
	}

	/**
	 * A page of services at locations, each with its location and its service (with the organisation). The
	 * {@code postcode} filter keeps locations in that postcode area; {@code proximity} those within the distance.
	 */
	@Transactional(readOnly = true)
	public Page<ObjectNode> servicesAtLocations(HsdsQuery query) {
		var where = new StringBuilder("where true");
		List<Object> params = new ArrayList<>();
		serviceFilters(query, "service_id", "(select organization_id from sm_service s where s.id = service_id)",
				"(select updated_at from sm_service s where s.id = service_id)", where, params);
		if (query.postcodeArea() != null) {
			where.append(" and location_id in (select id from sm_location where substring(postcode from 1 for 4) = ?)");
			params.add(query.postcodeArea());
		}
		if (query.near() != null) {
			// Haversine on a sphere of 6,371 km: accurate to well within a street at the distances people travel.
			where.append(" and location_id in (select id from sm_location where latitude is not null and 2 * 6371000")
				.append(" * asin(sqrt(power(sin(radians(latitude - ?) / 2), 2) + cos(radians(?)) * cos(radians(latitude))")
				.append(" * power(sin(radians(longitude - ?) / 2), 2))) <= ?)");
			params.add(query.near().latitude());
			params.add(query.near().latitude());
			params.add(query.near().longitude());
			params.add(query.near().metres());
		}
		String order = rankOrder(query, "service_id", params).orElse(" order by id");
		long total = documents.count(Table.SERVICE_AT_LOCATION, where.toString(),
				params.subList(0, filterParams(query, params)).toArray());
		params.add(query.perPage());
		params.add((long) (query.page() - 1) * query.perPage());
		List<ObjectNode> contents = fullServicesAtLocations(documents.findAll(Table.SERVICE_AT_LOCATION,
				where + order + ", id limit ? offset ?", params.toArray()));
		return new Page<>(contents, total, query.page(), query.perPage());
	}

	/**
	 * Nests the location and the service (with its organisation) into a page of services-at-locations in four
	 * queries, however long the page, like {@link #fullServices}.
	 */
	private List<ObjectNode> fullServicesAtLocations(List<ObjectNode> atLocations) {
		if (atLocations.isEmpty()) {
			return atLocations;
		}
		Map<UUID, ObjectNode> locations = byId(documents.findAll(Table.LOCATION, "where id = any(?)",
				(Object) ids(atLocations, "location_id")));
		Map<UUID, ObjectNode> services = byId(documents.findAll(Table.SERVICE, "where id = any(?)",
				(Object) ids(atLocations, "service_id")));
		Map<UUID, ObjectNode> organizations = byId(documents.findAll(Table.ORGANIZATION, "where id = any(?)",
				(Object) ids(List.copyOf(services.values()), "organization_id")));
		for (ObjectNode sal : atLocations) {
			ObjectNode location = locations.get(UUID.fromString(sal.get("location_id").asString()));
			if (location != null) {
				sal.set("location", location.deepCopy());
			}
			ObjectNode service = services.get(UUID.fromString(sal.get("service_id").asString()));
			if (service != null) {
				ObjectNode nested = service.deepCopy();
				ObjectNode organization = organizations.get(UUID.fromString(service.get("organization_id").asString()));
				if (organization != null) {
					nested.set("organization", organization.deepCopy());
				}
				sal.set("service", nested);
			}
		}
		return atLocations;
	}

	private static UUID[] ids(List<ObjectNode> nodes, String field) {
		return nodes.stream()
			.filter(n -> n.hasNonNull(field))
			.map(n -> UUID.fromString(n.get(field).asString()))
			.distinct()
			.toArray(UUID[]::new);
	}

	// ---- export: the whole directory ----

	/**
	 * Every organisation, fully nested for exchange: its locations, and its services with their
	 * services-at-locations and those locations. Handed over a page at a time so a large directory never sits in
	 * memory whole; each page takes five queries.
	 */
	@Transactional(readOnly = true)
	public void exportOrganizations(java.util.function.Consumer<ObjectNode> sink) {
		int pageSize = 200;
		String after = "00000000-0000-0000-0000-000000000000";
		while (true) {
			List<ObjectNode> organizations = documents.findAll(Table.ORGANIZATION,
					"where id > cast(? as uuid) order by id limit ?", after, pageSize);
			if (organizations.isEmpty()) {
				return;
			}
			UUID[] organizationIds = organizations.stream().map(Directory::uuid).toArray(UUID[]::new);
			List<ObjectNode> services = documents.findAll(Table.SERVICE,
					"where organization_id = any(?) order by lower(name), id", (Object) organizationIds);
			List<ObjectNode> atLocations = services.isEmpty() ? List.of()
					: documents.findAll(Table.SERVICE_AT_LOCATION, "where service_id = any(?) order by id",
							(Object) services.stream().map(Directory::uuid).toArray(UUID[]::new));
			List<ObjectNode> ownLocations = documents.findAll(Table.LOCATION, "where organization_id = any(?) order by id",
					(Object) organizationIds);
			Map<UUID, ObjectNode> locations = byId(documents.findAll(Table.LOCATION, "where id = any(?)",
					(Object) ids(atLocations, "location_id")));
			Map<UUID, List<ObjectNode>> atLocationsByService = new LinkedHashMap<>();
			for (ObjectNode sal : atLocations) {
				ObjectNode location = locations.get(UUID.fromString(sal.get("location_id").asString()));
				if (location != null) {
					sal.set("location", location.deepCopy());
				}
				atLocationsByService.computeIfAbsent(UUID.fromString(sal.get("service_id").asString()),
						k -> new ArrayList<>()).add(sal);
			}
			for (ObjectNode organization : organizations) {
				UUID id = uuid(organization);
				ArrayNode nestedServices = organization.putArray("services");
				for (ObjectNode service : services) {
					if (service.get("organization_id").asString().equals(id.toString())) {
						ArrayNode list = service.putArray("service_at_locations");
						atLocationsByService.getOrDefault(uuid(service), List.of()).forEach(list::add);
						nestedServices.add(service);
					}
				}
				ArrayNode nestedLocations = organization.putArray("locations");
				ownLocations.stream()
					.filter(l -> l.get("organization_id").asString().equals(id.toString()))
					.forEach(nestedLocations::add);
				sink.accept(organization);
			}
			after = organizations.getLast().get("id").asString();
		}
	}

	/**
	 * Every stored HSDS object of every table, as stored (children embedded), for the tabular export. Taxonomies and
	 * terms come first: a term embedded in a service's attribute may be an older copy than the stored term.
	 */
	@Transactional(readOnly = true)
	public void exportStored(java.util.function.BiConsumer<String, ObjectNode> sink) {
		for (Table table : List.of(Table.TAXONOMY, Table.TAXONOMY_TERM, Table.ORGANIZATION, Table.LOCATION, Table.SERVICE,
				Table.SERVICE_AT_LOCATION)) {
			String after = "00000000-0000-0000-0000-000000000000";
			while (true) {
				List<ObjectNode> page = documents.findAll(table, "where id > cast(? as uuid) order by id limit 500", after);
				if (page.isEmpty()) {
					break;
				}
				page.forEach(doc -> sink.accept(table.resourceType, doc));
				after = page.getLast().get("id").asString();
			}
		}
	}

	/** The stored document of an organisation or service, without what the API nests into it. */
	@Transactional(readOnly = true)
	Optional<ObjectNode> stored(String resourceType, UUID id) {
		for (Table table : Table.values()) {
			if (table.resourceType.equals(resourceType)) {
				return documents.find(table, id);
			}
		}
		return Optional.empty();
	}

	@Transactional(readOnly = true)
	public Optional<ObjectNode> taxonomy(UUID id) {
		return documents.find(Table.TAXONOMY, id);
	}

	@Transactional(readOnly = true)
	public Page<ObjectNode> taxonomies(int page, int size, @Nullable String search) {
		var where = new StringBuilder("where true");
		List<Object> params = new ArrayList<>();
		likeAny(search, List.of("name", "doc ->> 'description'"), where, params);
		long total = documents.count(Table.TAXONOMY, where.toString(), params.toArray());
		params.add(size);
		params.add((long) (page - 1) * size);
		return new Page<>(documents.findAll(Table.TAXONOMY, where + " order by lower(name), id limit ? offset ?",
				params.toArray()), total, page, size);
	}

	@Transactional(readOnly = true)
	public Optional<ObjectNode> taxonomyTerm(UUID id) {
		return documents.find(Table.TAXONOMY_TERM, id);
	}

	@Transactional(readOnly = true)
	public Page<ObjectNode> taxonomyTerms(int page, int size, @Nullable UUID taxonomyId, @Nullable UUID parentId,
			boolean topOnly, @Nullable String search) {
		var where = new StringBuilder("where true");
		List<Object> params = new ArrayList<>();
		likeAny(search, List.of("name", "code", "doc ->> 'description'"), where, params);
		if (taxonomyId != null) {
			where.append(" and taxonomy_id = ?");
			params.add(taxonomyId);
		}
		if (parentId != null) {
			where.append(" and parent_id = ?");
			params.add(parentId);
		}
		if (topOnly) {
			where.append(" and parent_id is null");
		}
		long total = documents.count(Table.TAXONOMY_TERM, where.toString(), params.toArray());
		params.add(size);
		params.add((long) (page - 1) * size);
		return new Page<>(documents.findAll(Table.TAXONOMY_TERM, where + " order by lower(name), id limit ? offset ?",
				params.toArray()), total, page, size);
	}

	/**
	 * The active services for a paper sociale kaart, nested like {@link #service(UUID)}, sorted by name: those offered
	 * at a location in the municipality (all when {@code null}) and in one of the four-digit postcode areas (all when
	 * empty), carrying one of the terms (all when empty).
	 */
	@Transactional(readOnly = true)
	public List<ObjectNode> activeServices(@Nullable String municipalityCode, Set<Integer> postcodeAreas,
			Set<UUID> termIds) {
		var where = new StringBuilder("where status = 'active'");
		List<Object> params = new ArrayList<>();
		if (municipalityCode != null) {
			where.append("""
					 and id in (select sal.service_id from sm_service_at_location sal
					   join sm_location l on l.id = sal.location_id where l.municipality_code = ?)""");
			params.add(municipalityCode);
		}
		if (!postcodeAreas.isEmpty()) {
			where.append("""
					 and id in (select sal.service_id from sm_service_at_location sal
					   join sm_location l on l.id = sal.location_id where substring(l.postcode from 1 for 4) = any(?))""");
			params.add(postcodeAreas.stream().map(String::valueOf).toArray(String[]::new));
		}
		if (!termIds.isEmpty()) {
			where.append(" and id in (select service_id from sm_service_term where term_id = any(?))");
			params.add(termIds.toArray(UUID[]::new));
		}
		return fullServices(documents.findAll(Table.SERVICE, where + " order by lower(name), id", params.toArray()));
	}

	/** Texts of many objects in another language in one query: id → field → text. */
	@Transactional(readOnly = true)
	public Map<UUID, Map<String, String>> translations(Set<UUID> ids, String language) {
		Map<UUID, Map<String, String>> texts = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return texts;
		}
		jdbc.sql("select resource_id, field, value from sm_translation where resource_id = any(?) and language = ?")
			.params(ids.toArray(UUID[]::new), language)
			.query(rs -> {
				texts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
					.put(rs.getString(2), rs.getString(3));
			});
		return texts;
	}

	/** Texts of one object in another language: field → text; empty when there is no translation. */
	@Transactional(readOnly = true)
	public Map<String, String> translations(UUID id, String language) {
		Map<String, String> texts = new LinkedHashMap<>();
		jdbc.sql("select field, value from sm_translation where resource_id = ? and language = ?")
			.params(id, language)
			.query(rs -> {
				texts.put(rs.getString(1), rs.getString(2));
			});
		return texts;
	}

	/**
	 * An approximate point for a four-digit postcode area: the middle of the known locations in it. Good enough to
	 * sort by distance within a region until a national postcode table is loaded.
	 */
	@Transactional(readOnly = true)
	public Optional<double[]> approximatePoint(Postcode postcode) {
		return jdbc.sql("""
				select avg(latitude), avg(longitude) from sm_location
				where latitude is not null and substring(postcode from 1 for 4) = ?""")
			.param(String.valueOf(postcode.digits()))
			.query((rs, n) -> rs.getObject(1) == null ? new double[0] : new double[] { rs.getDouble(1), rs.getDouble(2) })
			.list()
			.stream()
			.filter(point -> point.length == 2)
			.findFirst();
	}

	/**
	 * Nests organisations (with their locations) and services-at-locations (with their location) into a page of
	 * services in five queries, however long the page: one query per service would exhaust the connection pool
	 * under load.
	 */
	private List<ObjectNode> fullServices(List<ObjectNode> services) {
		if (services.isEmpty()) {
			return services;
		}
		UUID[] serviceIds = services.stream().map(Directory::uuid).toArray(UUID[]::new);
		UUID[] organizationIds = services.stream()
			.map(s -> UUID.fromString(s.get("organization_id").asString()))
			.distinct()
			.toArray(UUID[]::new);
		Map<UUID, ObjectNode> organizations = byId(documents.findAll(Table.ORGANIZATION, "where id = any(?)",
				(Object) organizationIds));
		Map<UUID, List<ObjectNode>> organizationLocations = new LinkedHashMap<>();
		for (ObjectNode location : documents.findAll(Table.LOCATION, "where organization_id = any(?) order by id",
				(Object) organizationIds)) {
			organizationLocations
				.computeIfAbsent(UUID.fromString(location.get("organization_id").asString()), k -> new ArrayList<>())
				.add(location);
		}
		List<ObjectNode> atLocations = documents.findAll(Table.SERVICE_AT_LOCATION,
				"where service_id = any(?) order by id", (Object) serviceIds);
		UUID[] locationIds = atLocations.stream()
			.map(sal -> UUID.fromString(sal.get("location_id").asString()))
			.distinct()
			.toArray(UUID[]::new);
		Map<UUID, ObjectNode> locations = byId(documents.findAll(Table.LOCATION, "where id = any(?)", (Object) locationIds));
		Map<UUID, List<ObjectNode>> atLocationsByService = new LinkedHashMap<>();
		for (ObjectNode sal : atLocations) {
			ObjectNode location = locations.get(UUID.fromString(sal.get("location_id").asString()));
			if (location != null) {
				sal.set("location", location.deepCopy());
			}
			atLocationsByService.computeIfAbsent(UUID.fromString(sal.get("service_id").asString()), k -> new ArrayList<>())
				.add(sal);
		}
		for (ObjectNode service : services) {
			UUID organizationId = UUID.fromString(service.get("organization_id").asString());
			ObjectNode organization = organizations.get(organizationId);
			if (organization != null) {
				ObjectNode nested = organization.deepCopy();
				// The organisation of a service carries its locations, not its other services (no cycles).
				ArrayNode nestedLocations = nested.putArray("locations");
				organizationLocations.getOrDefault(organizationId, List.of()).forEach(l -> nestedLocations.add(l.deepCopy()));
				service.set("organization", nested);
			}
			ArrayNode list = service.putArray("service_at_locations");
			atLocationsByService.getOrDefault(uuid(service), List.of()).forEach(list::add);
		}
		return services;
	}

	private static Map<UUID, ObjectNode> byId(List<ObjectNode> documents) {
		Map<UUID, ObjectNode> map = new LinkedHashMap<>();
		documents.forEach(doc -> map.put(uuid(doc), doc));
		return map;
	}

	private ObjectNode fullOrganization(ObjectNode organization) {
		return fullOrganization(organization, false);
	}

	private ObjectNode fullOrganization(ObjectNode organization, boolean fullServices) {
		UUID id = uuid(organization);
		ArrayNode services = organization.putArray("services");
		List<ObjectNode> own = documents.findAll(Table.SERVICE, "where organization_id = ? order by lower(name), id", id);
		if (fullServices) {
			fullServices(own).forEach(service -> {
				// The organisation is the parent here; nesting it again in each service would repeat it.
				service.remove("organization");
				services.add(service);
			});
		}
		else {
			own.forEach(services::add);
		}
		ArrayNode locations = organization.putArray("locations");
		documents.findAll(Table.LOCATION, "where organization_id = ? order by id", id).forEach(locations::add);
		return organization;
	}

	private @Nullable String municipalityOf(@Nullable String postcode) {
		return Postcode.parse(postcode)
			.map(municipalities::place)
			.filter(Placement.Placed.class::isInstance)
			.map(p -> ((Placement.Placed) p).municipality().code().value())
			.orElse(null);
	}

	// ---- small readers ----

	private static List<String> idProblems(String where, JsonNode node) {
		List<String> problems = new ArrayList<>();
		collectIdProblems(where, "$", node, problems);
		return problems;
	}

	private static void collectIdProblems(String where, String path, JsonNode node, List<String> problems) {
		if (node.isObject()) {
			JsonNode id = node.get("id");
			if (id != null && !isUuid(id.asString())) {
				problems.add(where + path + ".id: is not a UUID");
			}
			for (var entry : node.properties()) {
				collectIdProblems(where, path + "." + entry.getKey(), entry.getValue(), problems);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collectIdProblems(where, path + "[" + i + "]", node.get(i), problems);
			}
		}
	}

	private static boolean isUuid(String text) {
		try {
			UUID.fromString(text);
			return text.length() == 36;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static UUID uuidOf(JsonNode node, String field) {
		return UUID.fromString(node.get(field).asString());
	}

	private static UUID uuid(JsonNode node) {
		return UUID.fromString(node.get("id").asString());
	}

	private static Iterable<JsonNode> iterate(@Nullable JsonNode array) {
		return array == null || !array.isArray() ? List.of() : array;
	}

	private static @Nullable String text(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asString() : null;
	}

	private static @Nullable BigDecimal decimal(JsonNode node, String field) {
		return node.hasNonNull(field) && node.get(field).isNumber() ? node.get(field).decimalValue() : null;
	}

	private static @Nullable LocalDate date(JsonNode node, String field) {
		try {
			return node.hasNonNull(field) ? LocalDate.parse(node.get(field).asString()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable String firstAddressField(JsonNode location, String field) {
		for (JsonNode address : iterate(location.get("addresses"))) {
			if (address.hasNonNull(field)) {
				return address.get(field).asString();
			}
		}
		return null;
	}

}
