// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schakel.socialmap.HsdsSchemas.Kind;

/**
 * The fictional demo sociale kaart of the Nijmegen–Heumen–Tiel region (see socialmap/demo/README.md), loaded with
 * the same importer that partners use. Idempotent, so it runs at every demo start.
 */
@Component
@ConditionalOnProperty(name = "schakel.demo.enabled", havingValue = "true")
@Order(20)
class SocialMapDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SocialMapDemo.class);

	private final Directory directory;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Events events;

	SocialMapDemo(Directory directory, JsonMapper json, JdbcClient jdbc, TransactionTemplate transactions,
			Events events) {
		this.directory = directory;
		this.json = json;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		JsonNode organizations = read("/socialmap/demo/organizations.json");
		JsonNode translations = read("/socialmap/demo/translations.en.json");
		JsonNode meetings = read("/socialmap/demo/events.json");
		if (organizations == null) {
			return;
		}
		String fingerprint = fingerprint(organizations, translations, meetings);
		boolean known = jdbc.sql("select count(*) from sm_import where source = 'demo' and fingerprint = ?")
			.param(fingerprint)
			.query(Long.class)
			.single() > 0;
		if (known) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			ImportReport report = directory.importDocument(Kind.ORGANIZATION, organizations, "demo");
			organizations.get("contents")
				.forEach(o -> jdbc.sql("update sm_organization set demo = true where id = ? and not demo")
					.param(UUID.fromString(o.get("id").asString()))
					.update());
			if (translations != null) {
				Map<UUID, Map<String, String>> texts = new LinkedHashMap<>();
				for (var entry : translations.properties()) {
					Map<String, String> fields = new LinkedHashMap<>();
					entry.getValue().properties().forEach(f -> fields.put(f.getKey(), f.getValue().asString()));
					texts.put(UUID.fromString(entry.getKey()), fields);
				}
				directory.importTranslations("en", texts);
			}
			if (meetings != null) {
				for (JsonNode m : meetings.path("events")) {
					events.store(new Event(UUID.fromString(m.get("id").asString()),
							UUID.fromString(m.get("organization_id").asString()),
							m.hasNonNull("location_id") ? UUID.fromString(m.get("location_id").asString()) : null,
							m.get("kind").asString(), m.get("title_nl").asString(), m.path("title_en").asString(null),
							m.path("description_nl").asString(""), m.path("description_en").asString(null),
							java.time.LocalDateTime.parse(m.get("starts_at").asString()),
							java.time.LocalDateTime.parse(m.get("ends_at").asString()), m.path("rrule").asString(null),
							java.util.stream.StreamSupport.stream(m.path("need_codes").spliterator(), false)
								.map(JsonNode::asString)
								.toList(),
							m.path("free").asBoolean(true)));
				}
			}
			jdbc.sql("""
					insert into sm_import (source, fingerprint, report) values ('demo', ?, ?)
					on conflict (source) do update set fingerprint = excluded.fingerprint, report = excluded.report,
					  imported_at = now()""")
				.params(fingerprint, report.created() + " created, " + report.updated() + " updated")
				.update();
			log.info("Demo sociale kaart: {} created, {} updated, {} unchanged", report.created(), report.updated(),
					report.unchanged());
		});
	}

	/** A SHA-256 over the three files' contents, so that any change in the demo data is imported again. */
	private String fingerprint(JsonNode... documents) {
		try {
			var digest = java.security.MessageDigest.getInstance("SHA-256");
			for (JsonNode document : documents) {
				digest.update(String.valueOf(document).getBytes(java.nio.charset.StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return java.util.HexFormat.of().formatHex(digest.digest());
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private @Nullable JsonNode read(String resource) {
		try (InputStream in = SocialMapDemo.class.getResourceAsStream(resource)) {
			return in == null ? null : json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
