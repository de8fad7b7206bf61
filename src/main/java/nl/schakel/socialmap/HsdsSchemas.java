// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The Open Referral HSDS 3.0 JSON Schemas (compiled, as published), made strict the way the specification's own CI
 * checks its examples: {@code additionalProperties: false} on every object, so a misspelt field is an error.
 */
@Component
public class HsdsSchemas {

	/** The HSDS objects Schakel reads and writes. */
	public enum Kind {

		SERVICE("compiled/service.json"), ORGANIZATION("compiled/organization.json"),
		SERVICE_AT_LOCATION("compiled/service_at_location.json"), TAXONOMY("taxonomy.json"),
		TAXONOMY_TERM("taxonomy_term.json");

		private final String resource;

		Kind(String resource) {
			this.resource = resource;
		}

	}

	private final Map<Kind, Schema> schemas = new EnumMap<>(Kind.class);

	private final JsonMapper json;

	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	HsdsSchemas(JsonMapper json) {
		this.json = json;
	}

	/** Every violation, as "path: message"; empty when the document is valid HSDS. */
	public List<String> violations(Kind kind, JsonNode document) {
		return schema(kind).validate(document).stream().map(HsdsSchemas::describe).toList();
	}

	/** Compiled on first use: half a second that start-up and residents' pages need not wait for. */
	private synchronized Schema schema(Kind kind) {
		return schemas.computeIfAbsent(kind, k -> {
			try (InputStream in = HsdsSchemas.class.getResourceAsStream("/hsds/3.0/" + k.resource)) {
				JsonNode schema = json.readTree(in);
				closeObjects(schema);
				// Relative references (taxonomy_term.json -> taxonomy.json) resolve next to the file on the classpath.
				return registry.getSchema(SchemaLocation.of("classpath:hsds/3.0/" + k.resource), schema);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static String describe(Error error) {
		return error.getInstanceLocation() + ": " + error.getMessage();
	}

	private static void closeObjects(JsonNode node) {
		if (node instanceof ObjectNode object) {
			if (object.has("properties") && !object.has("additionalProperties")) {
				object.put("additionalProperties", false);
			}
			// The tabular-format hints are not JSON Schema keywords; they stay harmless.
			for (JsonNode child : object) {
				closeObjects(child);
			}
		}
		else if (node.isArray()) {
			for (JsonNode child : node) {
				closeObjects(child);
			}
		}
	}

}
