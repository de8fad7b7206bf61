// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Sends a DDAS document to the delivery endpoint configured in {@code schakel.signals.ddas.*}, with an access token
 * from the OAuth2 token endpoint (client credentials grant, RFC 6749 § 4.4; client authentication with HTTP Basic,
 * § 2.3.1). Disabled while no endpoint is configured. The document is checked against the official schema again just
 * before it leaves. In the DDAS design CBS also calls the supplier (POST /gegevens); Schakel answers that in
 * {@code DdasApi}. This client serves municipalities whose CBS route is a push to a delivery API.
 */
@Component
public class DdasDelivery {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final ReportingProperties.Ddas settings;

	private final DdasSchemas schemas;

	private final JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	DdasDelivery(ReportingProperties properties, DdasSchemas schemas, JsonMapper json) {
		this.settings = properties.ddas();
		this.schemas = schemas;
		this.json = json;
	}

	/** Whether a delivery endpoint and token endpoint are configured. */
	public boolean enabled() {
		return settings.deliveryEnabled();
	}

	/** What the receiving end answered. */
	public record Outcome(int status) {
	}

	/** Sends the document; fails with a clear message, without document content, when anything goes wrong. */
	public Outcome deliver(ObjectNode document) {
		if (!enabled()) {
			throw new DdasDeliveryException("The DDAS delivery API is not configured");
		}
		if (!schemas.violations(DdasSchemas.Version.V1_2, document).isEmpty()) {
			throw new DdasDeliveryException("The document breaks the official DDAS schema; nothing was sent");
		}
		String token = token();
		HttpRequest request = HttpRequest.newBuilder(URI.create(settings.endpointUrl()))
			.timeout(TIMEOUT)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(document), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = send(request, "delivery endpoint");
		if (response.statusCode() / 100 != 2) {
			throw new DdasDeliveryException("The delivery endpoint answered HTTP " + response.statusCode());
		}
		return new Outcome(response.statusCode());
	}

	private String token() {
		String basic = Base64.getEncoder()
			.encodeToString((form(settings.clientId()) + ":" + form(settings.clientSecret()))
				.getBytes(StandardCharsets.UTF_8));
		String body = "grant_type=client_credentials"
				+ (settings.scope().isBlank() ? "" : "&scope=" + form(settings.scope()));
		HttpRequest request = HttpRequest.newBuilder(URI.create(settings.tokenUrl()))
			.timeout(TIMEOUT)
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = send(request, "token endpoint");
		if (response.statusCode() != 200) {
			throw new DdasDeliveryException("The token endpoint answered HTTP " + response.statusCode());
		}
		JsonNode answer;
		try {
			answer = json.readTree(response.body());
		}
		catch (RuntimeException ex) {
			throw new DdasDeliveryException("The token endpoint did not answer with JSON");
		}
		JsonNode token = answer.get("access_token");
		JsonNode type = answer.get("token_type");
		if (token == null || !token.isString() || type == null || !"bearer".equalsIgnoreCase(type.asString())) {
			throw new DdasDeliveryException("The token endpoint gave no bearer access token");
		}
		return token.asString();
	}

	private HttpResponse<String> send(HttpRequest request, String what) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new DdasDeliveryException("The " + what + " could not be reached");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DdasDeliveryException("Interrupted while calling the " + what);
		}
	}

	/** RFC 6749 § 2.3.1: client id and secret are form-encoded before Basic authentication. */
	private static String form(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A failed delivery; nothing was sent, or the receiver refused it. */
	public static class DdasDeliveryException extends RuntimeException {

		public DdasDeliveryException(String message) {
			super(message);
		}

	}

}
