// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class DdasSchemasTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final DdasSchemas SCHEMAS = new DdasSchemas(JSON);

	static ObjectNode example(String path) throws IOException {
		try (InputStream in = DdasSchemasTests.class.getResourceAsStream("/signals/ddas/" + path)) {
			return (ObjectNode) JSON.readTree(in);
		}
	}

	@ParameterizedTest
	@CsvSource({ "V1_2, v1.2/enkelvoudigVoorbeeld.json", "V0_9, v0.9/enkelvoudigVoorbeeld.json",
			"V0_9, v0.9/meervoudigVoorbeeld.json" })
	void theOfficialExamplesValidate(DdasSchemas.Version version, String file) throws IOException {
		assertThat(SCHEMAS.violations(version, example(file))).isEmpty();
	}

	@Test
	void aClientWithANameIsRefusedByVersion1_2() throws IOException {
		ObjectNode document = example("v1.2/enkelvoudigVoorbeeld.json");
		ObjectNode client = (ObjectNode) document.get("leveringen").get(0).get("vroegsignalen").get(0).get("client");
		client.put("achternaam", "Voorbeeld");
		assertThat(SCHEMAS.violations(DdasSchemas.Version.V1_2, document)).isNotEmpty();
	}

	@Test
	void aClientWithABsnAndAnAddressIsRefused() throws IOException {
		ObjectNode document = example("v1.2/enkelvoudigVoorbeeld.json");
		ObjectNode client = (ObjectNode) document.get("leveringen").get(0).get("vroegsignalen").get(0).get("client");
		client.put("burgerservicenummer", "111222333");
		assertThat(SCHEMAS.violations(DdasSchemas.Version.V1_2, document)).isNotEmpty();
	}

	@Test
	void aWrongDateIsRefusedBecauseFormatsAreAsserted() throws IOException {
		ObjectNode document = example("v1.2/enkelvoudigVoorbeeld.json");
		document.put("startdatumLevering", "1-1-2025");
		assertThat(SCHEMAS.violations(DdasSchemas.Version.V1_2, document)).isNotEmpty();
	}

}
