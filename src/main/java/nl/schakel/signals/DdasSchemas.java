// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The official JSON Schemas of the VNG DDAS vroegsignalering exchange model (Uitwisselmodel), as published. Schakel
 * writes v1.2 and accepts v0.9. Formats (date, date-time, e-mail) are asserted: draft 2020-12 would otherwise treat
 * them as notes only.
 */
@Component
public class DdasSchemas {

	/** A published version of the model. */
	public enum Version {

		V1_2("v1.2"), V0_9("v0.9");

		private final String folder;

		Version(String folder) {
			this.folder = folder;
		}

		public String label() {
			return folder;
		}

	}

	private final Map<Version, Schema> schemas = new EnumMap<>(Version.class);

	private final JsonMapper json;

	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			builder -> builder
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	DdasSchemas(JsonMapper json) {
		this.json = json;
	}

	/** Every violation as "path: message"; empty when the document is valid. */
	public List<String> violations(Version version, JsonNode document) {
		return schema(version).validate(document)
			.stream()
			.map(error -> error.getInstanceLocation() + ": " + error.getMessage())
			.toList();
	}

	private synchronized Schema schema(Version version) {
		return schemas.computeIfAbsent(version, v -> {
			String resource = "signals/ddas/" + v.folder + "/json_schema_Uitwisselmodel.json";
			try (InputStream in = DdasSchemas.class.getResourceAsStream("/" + resource)) {
				return registry.getSchema(SchemaLocation.of("classpath:" + resource), json.readTree(in));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
