// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The DDAS delivery client against a real HTTP server in this JVM: an OAuth2 token endpoint (client credentials) and a
 * receiving endpoint that accepts only its token and checks the document against the official schema itself.
 */
class DdasDeliveryTests {

	static final String TOKEN = "token-" + System.nanoTime();

	HttpServer server;

	final List<String> received = new CopyOnWriteArrayList<>();

	final List<String> tokenRequests = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/oauth/token", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			tokenRequests.add(body);
			String expected = "Basic " + Base64.getEncoder()
				.encodeToString("schakel-client:s3cret%2B".getBytes(StandardCharsets.UTF_8));
			if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
					|| !body.contains("grant_type=client_credentials")) {
				answer(exchange, 401, "{\"error\":\"invalid_client\"}");
				return;
			}
			answer(exchange, 200, "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
		});
		server.createContext("/ddas/leveringen", exchange -> {
			if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				answer(exchange, 401, "");
				return;
			}
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			JsonNode document = DdasSchemasTests.JSON.readTree(body);
			if (!DdasSchemasTests.SCHEMAS.violations(DdasSchemas.Version.V1_2, document).isEmpty()) {
				answer(exchange, 422, "");
				return;
			}
			received.add(body);
			answer(exchange, 202, "");
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
		exchange.close();
	}

	DdasDelivery client(String secret) {
		String base = "http://127.0.0.1:" + server.getAddress().getPort();
		var ddas = new ReportingProperties.Ddas("SCHAKEL", base + "/oauth/token", base + "/ddas/leveringen",
				"schakel-client", secret, "ddas");
		var properties = new ReportingProperties(new ReportingProperties.Retention(null, null, null, null), ddas,
				new ReportingProperties.Figures(10, null));
		return new DdasDelivery(properties, DdasSchemasTests.SCHEMAS, DdasSchemasTests.JSON);
	}

	@Test
	void getsATokenWithClientCredentialsAndDeliversTheDocument() throws IOException {
		ObjectNode document = DdasSchemasTests.example("v1.2/enkelvoudigVoorbeeld.json");
		DdasDelivery delivery = client("s3cret+");
		assertThat(delivery.enabled()).isTrue();
		assertThat(delivery.deliver(document).status()).isEqualTo(202);
		assertThat(tokenRequests).singleElement().satisfies(body -> assertThat(body).contains("scope=ddas"));
		assertThat(received).singleElement()
			.satisfies(body -> assertThat(DdasSchemasTests.JSON.readTree(body)).isEqualTo(document));
	}

	@Test
	void aWrongSecretGetsNoTokenAndSendsNothing() throws IOException {
		ObjectNode document = DdasSchemasTests.example("v1.2/enkelvoudigVoorbeeld.json");
		assertThatThrownBy(() -> client("wrong").deliver(document))
			.isInstanceOf(DdasDelivery.DdasDeliveryException.class)
			.hasMessageContaining("401");
		assertThat(received).isEmpty();
	}

	@Test
	void anInvalidDocumentNeverLeaves() throws IOException {
		ObjectNode document = DdasSchemasTests.example("v1.2/enkelvoudigVoorbeeld.json");
		((ObjectNode) document.get("leveringen").get(0).get("vroegsignalen").get(0).get("client")).put("naam", "A. Voorbeeld");
		assertThatThrownBy(() -> client("s3cret+").deliver(document))
			.isInstanceOf(DdasDelivery.DdasDeliveryException.class);
		assertThat(tokenRequests).isEmpty();
		assertThat(received).isEmpty();
	}

	@Test
	void withoutAnEndpointTheClientIsOff() {
		var properties = new ReportingProperties(new ReportingProperties.Retention(null, null, null, null),
				new ReportingProperties.Ddas("SCHAKEL", "", "", "", "", ""), new ReportingProperties.Figures(10, null));
		DdasDelivery delivery = new DdasDelivery(properties, DdasSchemasTests.SCHEMAS, DdasSchemasTests.JSON);
		assertThat(delivery.enabled()).isFalse();
		assertThatThrownBy(() -> delivery.deliver(DdasSchemasTests.JSON.createObjectNode()))
			.isInstanceOf(DdasDelivery.DdasDeliveryException.class);
	}

}
