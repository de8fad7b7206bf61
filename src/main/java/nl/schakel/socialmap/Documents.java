// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.schakel.socialmap.ImportReport.Stored;

/**
 * Reads and writes HSDS documents in their tables (ADR 0006). A write is idempotent: the same document twice changes
 * nothing; a different one bumps the version and records one HSDS-metadata row per changed field.
 */
@Component
class Documents {

	/** The tables of the HSDS objects with an identity, with the HSDS resource type recorded in history. */
	enum Table {

		ORGANIZATION("sm_organization", "organization"), SERVICE("sm_service", "service"),
		LOCATION("sm_location", "location"), SERVICE_AT_LOCATION("sm_service_at_location", "service_at_location"),
		TAXONOMY("sm_taxonomy", "taxonomy"), TAXONOMY_TERM("sm_taxonomy_term", "taxonomy_term");

		final String name;

		final String resourceType;

		Table(String name, String resourceType) {
			this.name = name;
			this.resourceType = resourceType;
		}

	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	Documents(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	Optional<ObjectNode> find(Table table, UUID id) {
		return jdbc.sql("select doc::text from " + table.name + " where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.map(this::parse);
	}

	List<ObjectNode> findAll(Table table, String where, Object... params) {
		return jdbc.sql("select doc::text from " + table.name + " " + where)
			.params(params)
			.query(String.class)
			.list()
			.stream()
			.map(this::parse)
			.toList();
	}

	long count(Table table, String where, Object... params) {
		return jdbc.sql("select count(*) from " + table.name + " " + where).params(params).query(Long.class).single();
	}

	/**
	 * Stores a document with its extracted columns. {@code columns} maps column names to values; they are written on
	 * insert and on every change.
	 */
	Stored store(Table table, UUID id, ObjectNode doc, Map<String, @Nullable Object> columns, String by) {
		Optional<ObjectNode> existing = find(table, id);
		if (existing.isPresent() && existing.get().equals(doc)) {
			return Stored.UNCHANGED;
		}
		List<String> names = new ArrayList<>(columns.keySet());
		List<Object> values = new ArrayList<>();
		for (String name : names) {
			values.add(columns.get(name));
		}
		String text = json.writeValueAsString(doc);
		if (existing.isEmpty()) {
			var insertColumns = new StringBuilder("id, doc");
			var placeholders = new StringBuilder("?, cast(? as jsonb)");
			for (String name : names) {
				insertColumns.append(", ").append(name);
				placeholders.append(", ?");
			}
			List<Object> params = new ArrayList<>(List.of(id, text));
			params.addAll(values);
			jdbc.sql("insert into " + table.name + " (" + insertColumns + ") values (" + placeholders + ")")
				.params(params)
				.update();
			record(table, id, "create", "*", "", "", by);
			return Stored.CREATED;
		}
		var assignments = new StringBuilder("doc = cast(? as jsonb)");
		for (String name : names) {
			assignments.append(", ").append(name).append(" = ?");
		}
		if (table != Table.SERVICE_AT_LOCATION && table != Table.TAXONOMY && table != Table.TAXONOMY_TERM) {
			assignments.append(", version = version + 1, updated_at = now()");
		}
		List<Object> params = new ArrayList<>(List.of(text));
		params.addAll(values);
		params.add(id);
		jdbc.sql("update " + table.name + " set " + assignments + " where id = ?").params(params).update();
		recordDifferences(table, id, existing.get(), doc, by);
		return Stored.UPDATED;
	}

	/**
	 * Removes a document; its history stays, closed by one {@code delete} row that keeps the last version. Rows that
	 * hang from it (services at the location, taxonomy links) go with it through their foreign keys.
	 */
	boolean remove(Table table, UUID id, String by) {
		Optional<ObjectNode> existing = find(table, id);
		if (existing.isEmpty()) {
			return false;
		}
		jdbc.sql("delete from " + table.name + " where id = ?").param(id).update();
		jdbc.sql("delete from sm_translation where resource_id = ?").param(id).update();
		record(table, id, "delete", "*", json.writeValueAsString(existing.get()), "", by);
		return true;
	}

	void link(UUID serviceId, Set<UUID> termIds) {
		jdbc.sql("delete from sm_service_term where service_id = ?").param(serviceId).update();
		for (UUID term : termIds) {
			jdbc.sql("insert into sm_service_term (service_id, term_id) values (?, ?) on conflict do nothing")
				.params(serviceId, term)
				.update();
		}
	}

	private void recordDifferences(Table table, UUID id, ObjectNode before, ObjectNode after, String by) {
		Set<String> fields = new LinkedHashSet<>(before.propertyNames());
		fields.addAll(after.propertyNames());
		for (String field : fields) {
			JsonNode previous = before.get(field);
			JsonNode replacement = after.get(field);
			if (previous == null ? replacement != null : !previous.equals(replacement)) {
				record(table, id, "update", field, text(previous), text(replacement), by);
			}
		}
	}

	private void record(Table table, UUID id, String action, String field, String previous, String replacement,
			String by) {
		jdbc.sql("""
				insert into sm_change (id, resource_type, resource_id, last_action_date, last_action_type, field_name,
				                       previous_value, replacement_value, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), table.resourceType, id, Timestamp.from(clock.instant()), action, field, previous,
					replacement, by)
			.update();
	}

	private String text(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return "";
		}
		return node.isValueNode() ? node.asString() : json.writeValueAsString(node);
	}

	ObjectNode parse(String text) {
		return (ObjectNode) json.readTree(text);
	}

}
