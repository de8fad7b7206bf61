// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import nl.schakel.socialmap.HsdsSchemas.Kind;

/**
 * The HSDS 3.0 tabular datapackage: one CSV per HSDS table, described by the specification's own
 * {@code datapackage.json} (copied unchanged; its table names, columns and column order are the format). Turns
 * nested HSDS documents into table rows and back.
 */
@Component
class Tabular {

	/** The property under which a nested document holds objects of each table. */
	private static final Map<String, String> TABLE_OF_PROPERTY = Map.ofEntries(Map.entry("services", "service"),
			Map.entry("service", "service"), Map.entry("organization", "organization"), Map.entry("locations", "location"),
			Map.entry("location", "location"), Map.entry("service_at_locations", "service_at_location"),
			Map.entry("phones", "phone"), Map.entry("contacts", "contact"), Map.entry("addresses", "address"),
			Map.entry("schedules", "schedule"), Map.entry("funding", "funding"), Map.entry("service_areas", "service_area"),
			Map.entry("required_documents", "required_document"), Map.entry("languages", "language"),
			Map.entry("accessibility", "accessibility"), Map.entry("taxonomy_term", "taxonomy_term"),
			Map.entry("taxonomy_detail", "taxonomy"), Map.entry("metadata", "metadata"),
			Map.entry("cost_options", "cost_option"), Map.entry("organization_identifiers", "organization_identifier"),
			Map.entry("attributes", "attribute"), Map.entry("program", "program"), Map.entry("programs", "program"));

	/** Where a row of a child table goes in the nested documents: its key column, the parent table, the property. */
	private record Nesting(String child, String column, String parent, String property, boolean single) {
	}

	/**
	 * Where rows go, in order of preference: a row that names several parents (a schedule with a service, a location
	 * and a service-at-location) is nested once, in the first parent present in the file, as a service keeps it.
	 */
	private static final List<Nesting> NESTINGS = List.of(
			new Nesting("phone", "service_id", "service", "phones", false),
			new Nesting("phone", "location_id", "location", "phones", false),
			new Nesting("phone", "organization_id", "organization", "phones", false),
			new Nesting("phone", "service_at_location_id", "service_at_location", "phones", false),
			new Nesting("phone", "contact_id", "contact", "phones", false),
			new Nesting("contact", "service_id", "service", "contacts", false),
			new Nesting("contact", "location_id", "location", "contacts", false),
			new Nesting("contact", "organization_id", "organization", "contacts", false),
			new Nesting("contact", "service_at_location_id", "service_at_location", "contacts", false),
			new Nesting("address", "location_id", "location", "addresses", false),
			new Nesting("schedule", "service_id", "service", "schedules", false),
			new Nesting("schedule", "location_id", "location", "schedules", false),
			new Nesting("schedule", "service_at_location_id", "service_at_location", "schedules", false),
			new Nesting("funding", "service_id", "service", "funding", false),
			new Nesting("funding", "organization_id", "organization", "funding", false),
			new Nesting("service_area", "service_id", "service", "service_areas", false),
			new Nesting("required_document", "service_id", "service", "required_documents", false),
			new Nesting("language", "service_id", "service", "languages", false),
			new Nesting("language", "location_id", "location", "languages", false),
			new Nesting("language", "phone_id", "phone", "languages", false),
			new Nesting("accessibility", "location_id", "location", "accessibility", false),
			new Nesting("cost_option", "service_id", "service", "cost_options", false),
			new Nesting("organization_identifier", "organization_id", "organization", "organization_identifiers", false),
			new Nesting("program", "organization_id", "organization", "programs", false),
			new Nesting("service_at_location", "service_id", "service", "service_at_locations", false),
			new Nesting("location", "organization_id", "organization", "locations", false),
			new Nesting("service", "organization_id", "organization", "services", false),
			// Objects a row names by id are embedded in it, as in the HSDS API. A term is not embedded in attributes:
			// it is imported on its own, and the attribute names it.
			new Nesting("program", "id", "service", "program", true),
			new Nesting("taxonomy", "id", "taxonomy_term", "taxonomy_detail", true),
			new Nesting("location", "id", "service_at_location", "location", true));

	/** A table of the datapackage: its name, CSV file and columns in order. */
	record Resource(String name, String path, List<Field> fields) {

		List<String> columns() {
			return fields.stream().map(Field::name).toList();
		}

		@Nullable Field field(String column) {
			return fields.stream().filter(f -> f.name().equals(column)).findFirst().orElse(null);
		}

	}

	record Field(String name, String type, @Nullable String format, boolean required) {
	}

	/** One CSV row of an uploaded datapackage, with where it came from. */
	record Row(String file, int line, ObjectNode values) {
	}

	/** What an uploaded datapackage becomes: the documents to import, and what could not be placed. */
	record Nested(List<Document> documents, List<ImportProblem> warnings) {
	}

	/** A top-level HSDS document to import. */
	record Document(Kind kind, ObjectNode node) {
	}

	private final List<Resource> resources = new ArrayList<>();

	private final byte[] descriptor;

	private final JsonMapper json;

	Tabular(JsonMapper json) {
		this.json = json;
		try (InputStream in = Tabular.class.getResourceAsStream("/hsds/3.0/datapackage.json")) {
			descriptor = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (JsonNode resource : json.readTree(descriptor).get("resources")) {
			List<Field> fields = new ArrayList<>();
			for (JsonNode field : resource.get("schema").get("fields")) {
				fields.add(new Field(field.get("name").asString(), field.get("type").asString(),
						field.hasNonNull("format") ? field.get("format").asString() : null,
						field.path("constraints").path("required").asBoolean(false)));
			}
			resources.add(new Resource(resource.get("name").asString(), resource.get("path").asString(),
					List.copyOf(fields)));
		}
	}

	List<Resource> resources() {
		return resources;
	}

	byte[] descriptor() {
		return descriptor.clone();
	}

	@Nullable Resource byPath(String path) {
		return resources.stream().filter(r -> r.path().equalsIgnoreCase(path)).findFirst().orElse(null);
	}

	// ---- nested documents -> rows ----

	/** Collects rows per table from documents, each row once (by id), filling in the keys that nesting implied. */
	static final class Rows {

		private final Map<String, Map<String, ObjectNode>> tables = new LinkedHashMap<>();

		Map<String, ObjectNode> table(String name) {
			return tables.getOrDefault(name, Map.of());
		}

	}

	Rows newRows() {
		return new Rows();
	}

	void flatten(String table, JsonNode object, Rows rows) {
		flatten(table, object, null, null, rows);
	}

	private void flatten(String table, JsonNode object, @Nullable String parentTable, @Nullable String parentId,
			Rows rows) {
		Resource resource = resource(table);
		if (resource == null || !object.isObject() || !object.hasNonNull("id")) {
			return;
		}
		String id = object.get("id").asString();
		ObjectNode row = json.createObjectNode();
		for (String column : resource.columns()) {
			JsonNode value = object.get(column);
			if (value != null && value.isValueNode() && !value.isNull()) {
				row.set(column, value);
			}
		}
		fillImpliedKeys(resource, object, row, parentTable, parentId);
		rows.tables.computeIfAbsent(table, k -> new LinkedHashMap<>()).putIfAbsent(id, row);
		for (var property : object.properties()) {
			String childTable = TABLE_OF_PROPERTY.get(property.getKey());
			if (childTable == null) {
				continue;
			}
			JsonNode value = property.getValue();
			if (value.isArray()) {
				for (JsonNode child : value) {
					flatten(childTable, child, table, id, rows);
				}
			}
			else if (value.isObject()) {
				flatten(childTable, value, table, id, rows);
			}
		}
	}

	/**
	 * Writes into a nested document the keys its nesting implies: a phone inside a service gets {@code service_id},
	 * an attribute gets {@code link_id} and {@code link_entity}, a service holding a program gets {@code program_id}.
	 * Stored this way, a document exported as tables and imported again is the same document, so a round trip
	 * changes nothing.
	 */
	void fillKeys(String table, JsonNode object) {
		fillKeys(table, object, null, null);
	}

	private void fillKeys(String table, JsonNode node, @Nullable String parentTable, @Nullable String parentId) {
		Resource resource = resource(table);
		if (resource == null || !(node instanceof ObjectNode object) || !object.hasNonNull("id")) {
			return;
		}
		String id = object.get("id").asString();
		fillImpliedKeys(resource, object, object, parentTable, parentId);
		for (var property : List.copyOf(object.properties())) {
			String childTable = TABLE_OF_PROPERTY.get(property.getKey());
			if (childTable == null) {
				continue;
			}
			JsonNode value = property.getValue();
			if (value.isObject() && value.hasNonNull("id")) {
				fillKeys(childTable, value, table, id);
			}
			else if (value.isArray() && value.isEmpty()) {
				// An empty list says nothing, and a table cannot say it: leaving it out keeps round trips exact.
				object.remove(property.getKey());
			}
			else if (value.isArray()) {
				value.forEach(child -> fillKeys(childTable, child, table, id));
			}
		}
	}

	/**
	 * The keys that nesting says without writing them: the parent's id (and for attributes and metadata, which
	 * name any table, its table), and the ids of the objects embedded in {@code source}.
	 */
	private static void fillImpliedKeys(Resource resource, JsonNode source, ObjectNode target,
			@Nullable String parentTable, @Nullable String parentId) {
		if (parentTable != null && parentId != null) {
			fillIfBlank(resource, target, parentTable + "_id", parentId);
			if (resource.name().equals("attribute")) {
				fillIfBlank(resource, target, "link_id", parentId);
				fillIfBlank(resource, target, "link_entity", parentTable);
			}
			if (resource.name().equals("metadata")) {
				fillIfBlank(resource, target, "resource_id", parentId);
				fillIfBlank(resource, target, "resource_type", parentTable);
			}
		}
		for (var property : List.copyOf(source.properties())) {
			String childTable = TABLE_OF_PROPERTY.get(property.getKey());
			if (childTable != null && property.getValue().isObject() && property.getValue().hasNonNull("id")) {
				fillIfBlank(resource, target, childTable + "_id", property.getValue().get("id").asString());
			}
		}
	}

	private static void fillIfBlank(Resource resource, ObjectNode row, String column, String value) {
		if (resource.field(column) != null && (!row.hasNonNull(column) || row.get(column).asString().isBlank())) {
			row.put(column, value);
		}
	}

	/** One CSV file of a table: the header in the datapackage's order, then the rows. */
	String csv(Resource resource, Rows rows) {
		var out = new StringBuilder();
		List<String> columns = resource.columns();
		appendLine(out, columns);
		for (ObjectNode row : rows.table(resource.name()).values()) {
			List<String> cells = new ArrayList<>(columns.size());
			for (String column : columns) {
				JsonNode value = row.get(column);
				cells.add(value == null || value.isNull() ? ""
						: value.isNumber() ? value.decimalValue().toPlainString() : value.asString());
			}
			appendLine(out, cells);
		}
		return out.toString();
	}

	private static void appendLine(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String cell = cells.get(i);
			if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
				out.append('"').append(cell.replace("\"", "\"\"")).append('"');
			}
			else {
				out.append(cell);
			}
		}
		out.append("\r\n");
	}

	// ---- CSV rows -> nested documents ----

	/**
	 * Reads the rows of one CSV table of a datapackage: checks the header, the types and the required columns, and
	 * adds every problem with its line and column.
	 */
	List<Row> read(Resource resource, String file, List<List<String>> csv, List<ImportProblem> problems) {
		List<Row> rows = new ArrayList<>();
		if (csv.isEmpty()) {
			return rows;
		}
		List<String> header = csv.getFirst().stream().map(String::strip).toList();
		boolean headerOk = true;
		for (String column : header) {
			if (resource.field(column) == null) {
				problems.add(ImportProblem.at(file, 1, column, "unknown-column", String.join(", ", resource.columns())));
				headerOk = false;
			}
		}
		if (!header.contains("id")) {
			problems.add(ImportProblem.at(file, 1, "id", "missing-column"));
			headerOk = false;
		}
		if (!headerOk) {
			return rows;
		}
		for (int i = 1; i < csv.size(); i++) {
			List<String> cells = csv.get(i);
			int line = i + 1;
			if (cells.size() == 1 && cells.getFirst().isBlank()) {
				continue;
			}
			if (cells.size() != header.size()) {
				problems.add(ImportProblem.at(file, line, null, "cell-count", String.valueOf(cells.size()),
						String.valueOf(header.size())));
				continue;
			}
			ObjectNode values = json.createObjectNode();
			for (int c = 0; c < header.size(); c++) {
				Field field = resource.field(header.get(c));
				String cell = cells.get(c);
				if (cell.isEmpty()) {
					// CSV cannot tell an empty text from a missing one; a required text that is empty was empty.
					if (field.required() && field.type().equals("string") && !"uuid".equals(field.format())) {
						values.put(field.name(), "");
					}
					continue;
				}
				putTyped(values, field, cell, file, line, problems);
			}
			for (Field field : resource.fields()) {
				if (field.required() && !values.hasNonNull(field.name())) {
					problems.add(ImportProblem.at(file, line, field.name(), "required"));
				}
			}
			rows.add(new Row(file, line, values));
		}
		return rows;
	}

	private void putTyped(ObjectNode values, Field field, String cell, String file, int line,
			List<ImportProblem> problems) {
		switch (field.type()) {
			case "number" -> {
				try {
					BigDecimal number = new BigDecimal(cell.strip());
					// The node type JSON text would give (int, long or double), as stored documents are read back.
					values.set(field.name(), json.readTree(number.toPlainString()));
				}
				catch (NumberFormatException ex) {
					problems.add(ImportProblem.at(file, line, field.name(), "not-a-number", cell));
				}
			}
			case "date" -> {
				try {
					LocalDate.parse(cell.strip());
					values.put(field.name(), cell.strip());
				}
				catch (DateTimeParseException ex) {
					problems.add(ImportProblem.at(file, line, field.name(), "not-a-date", cell));
				}
			}
			default -> {
				if ("uuid".equals(field.format())) {
					if (!isUuid(cell.strip())) {
						problems.add(ImportProblem.at(file, line, field.name(), "not-a-uuid", cell));
						return;
					}
					values.put(field.name(), cell.strip());
				}
				else {
					values.put(field.name(), cell);
				}
			}
		}
	}

	/**
	 * Builds the nested HSDS documents from the rows of every table: organisations with their services and
	 * locations, services whose organisation is not in the file, taxonomies and terms. Rows that nothing in the file
	 * refers to are reported as warnings, not imported.
	 */
	Nested nest(Map<String, List<Row>> tables) {
		Map<String, Map<String, ObjectNode>> objects = new LinkedHashMap<>();
		Map<String, Row> origin = new LinkedHashMap<>();
		Map<String, ObjectNode> anyById = new LinkedHashMap<>();
		for (var table : tables.entrySet()) {
			Map<String, ObjectNode> byId = objects.computeIfAbsent(table.getKey(), k -> new LinkedHashMap<>());
			for (Row row : table.getValue()) {
				String id = row.values().get("id").asString();
				ObjectNode object = row.values().deepCopy();
				byId.put(id, object);
				anyById.put(id, object);
				origin.put(table.getKey() + "/" + id, row);
			}
		}
		Map<String, Boolean> placed = new LinkedHashMap<>();
		for (Nesting nesting : NESTINGS) {
			for (var child : objects.getOrDefault(nesting.child(), Map.of()).entrySet()) {
				if (nesting.single()) {
					// The parent names the child: service.program_id, attribute.taxonomy_term_id, ...
					String key = nesting.child().equals("taxonomy") ? "taxonomy_id" : nesting.child() + "_id";
					for (ObjectNode parent : objects.getOrDefault(nesting.parent(), Map.of()).values()) {
						if (parent.hasNonNull(key) && parent.get(key).asString().equals(child.getKey())) {
							parent.set(nesting.property(), child.getValue());
							placed.put(nesting.child() + "/" + child.getKey(), true);
						}
					}
					continue;
				}
				if (placed.containsKey(nesting.child() + "/" + child.getKey())) {
					continue;
				}
				JsonNode parentId = child.getValue().get(nesting.column());
				ObjectNode parent = parentId == null ? null
						: objects.getOrDefault(nesting.parent(), Map.of()).get(parentId.asString());
				if (parent != null) {
					array(parent, nesting.property()).add(child.getValue());
					placed.put(nesting.child() + "/" + child.getKey(), true);
				}
			}
		}
		for (String table : List.of("attribute", "metadata")) {
			String column = table.equals("attribute") ? "link_id" : "resource_id";
			String property = table.equals("attribute") ? "attributes" : "metadata";
			for (var child : objects.getOrDefault(table, Map.of()).entrySet()) {
				JsonNode link = child.getValue().get(column);
				ObjectNode parent = link == null ? null : anyById.get(link.asString());
				if (parent != null && parent != child.getValue()) {
					array(parent, property).add(child.getValue());
					placed.put(table + "/" + child.getKey(), true);
				}
			}
		}
		List<Document> documents = new ArrayList<>();
		// Taxonomies and terms first, so that services can link the terms their attributes name.
		objects.getOrDefault("taxonomy", Map.of()).values().forEach(t -> documents.add(new Document(Kind.TAXONOMY, t)));
		objects.getOrDefault("taxonomy_term", Map.of()).values()
			.forEach(t -> documents.add(new Document(Kind.TAXONOMY_TERM, t)));
		objects.getOrDefault("organization", Map.of()).values()
			.forEach(o -> documents.add(new Document(Kind.ORGANIZATION, o)));
		for (var service : objects.getOrDefault("service", Map.of()).entrySet()) {
			if (!placed.containsKey("service/" + service.getKey())) {
				documents.add(new Document(Kind.SERVICE, service.getValue()));
				placed.put("service/" + service.getKey(), true);
			}
		}
		List<ImportProblem> warnings = new ArrayList<>();
		for (var table : objects.entrySet()) {
			if (List.of("organization", "taxonomy", "taxonomy_term").contains(table.getKey())) {
				continue;
			}
			for (String id : table.getValue().keySet()) {
				if (!placed.containsKey(table.getKey() + "/" + id)) {
					Row row = origin.get(table.getKey() + "/" + id);
					warnings.add(ImportProblem.at(row.file(), row.line(), null,
							table.getKey().equals("meta_table_description") ? "not-kept" : "not-linked"));
				}
			}
		}
		return new Nested(documents, warnings);
	}

	private static ArrayNode array(ObjectNode parent, String property) {
		JsonNode existing = parent.get(property);
		return existing instanceof ArrayNode array ? array : parent.putArray(property);
	}

	private @Nullable Resource resource(String table) {
		return resources.stream().filter(r -> r.name().equals(table)).findFirst().orElse(null);
	}

	static boolean isUuid(String text) {
		try {
			UUID.fromString(text);
			return text.length() == 36;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
