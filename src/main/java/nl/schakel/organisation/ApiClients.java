// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scoped API keys for machine-to-machine clients. A key looks like {@code sk_<prefix>_<secret>}; only the SHA-256
 * of the whole key is stored (keys are 256-bit random, so a slow hash adds nothing), and the key is shown once.
 */
@Service
@Transactional
public class ApiClients {

	private static final String KEY_PREFIX = "sk_";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiClients(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public IssuedApiKey issue(OrganisationId organisation, String name, Set<Scope> scopes, SchakelUser actor) {
		if (!actor.administers(organisation)) {
			throw new AccessDeniedException("Only the organisation's admins issue API keys");
		}
		return issue(organisation, name, scopes);
	}

	/** For start-up data; callers check permissions themselves. */
	public IssuedApiKey issue(OrganisationId organisation, String name, Set<Scope> scopes) {
		if (scopes.isEmpty()) {
			throw new IllegalArgumentException("An API client needs at least one scope");
		}
		var id = ApiClientId.random();
		String prefix = token(6);
		String key = KEY_PREFIX + prefix + "_" + token(32);
		jdbc.sql("""
				insert into api_client (id, organisation_id, name, key_prefix, key_hash, scopes)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id.value(), organisation.value(), name.trim(), prefix, sha256(key),
					scopes.stream().map(Scope::code).sorted().toArray(String[]::new))
			.update();
		return new IssuedApiKey(id, key);
	}

	public Optional<ApiClientPrincipal> authenticate(String presentedKey) {
		if (!presentedKey.startsWith(KEY_PREFIX) || presentedKey.length() > 200) {
			return Optional.empty();
		}
		String[] parts = presentedKey.substring(KEY_PREFIX.length()).split("_", 2);
		if (parts.length != 2) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select id, organisation_id, name, key_hash, scopes from api_client
				where key_prefix = ? and revoked_at is null""")
			.param(parts[0])
			.query((rs, n) -> {
				Set<Scope> scopes = Arrays.stream((String[]) rs.getArray("scopes").getArray())
					.map(Scope::fromCode)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
				var principal = new ApiClientPrincipal(new ApiClientId(rs.getObject("id", UUID.class)),
						new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("name"), scopes);
				return new StoredKey(principal, rs.getString("key_hash"));
			})
			.optional()
			.filter(stored -> MessageDigest.isEqual(stored.hash().getBytes(StandardCharsets.US_ASCII),
					sha256(presentedKey).getBytes(StandardCharsets.US_ASCII)))
			.map(StoredKey::principal)
			.map(client -> {
				jdbc.sql("update api_client set last_used_at = ? where id = ?")
					.params(Timestamp.from(clock.instant()), client.clientId().value())
					.update();
				return client;
			});
	}

	/** A client registered for OAuth2 client credentials, by its client id at the identity provider. */
	@Transactional(readOnly = true)
	public Optional<ApiClientPrincipal> byOauthClientId(String oauthClientId) {
		return jdbc.sql("select id, organisation_id, name, scopes from api_client where oauth_client_id = ? and revoked_at is null")
			.param(oauthClientId)
			.query((rs, n) -> new ApiClientPrincipal(new ApiClientId(rs.getObject("id", UUID.class)),
					new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("name"),
					Arrays.stream((String[]) rs.getArray("scopes").getArray())
						.map(Scope::fromCode)
						.collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)))))
			.optional();
	}

	/** Registers a client that authenticates with OAuth2 client-credentials tokens instead of an API key. */
	public ApiClientId registerOauthClient(OrganisationId organisation, String name, String oauthClientId,
			Set<Scope> scopes) {
		if (scopes.isEmpty()) {
			throw new IllegalArgumentException("An API client needs at least one scope");
		}
		var id = ApiClientId.random();
		jdbc.sql("insert into api_client (id, organisation_id, name, oauth_client_id, scopes) values (?, ?, ?, ?, ?)")
			.params(id.value(), organisation.value(), name.trim(), oauthClientId,
					scopes.stream().map(Scope::code).sorted().toArray(String[]::new))
			.update();
		return id;
	}

	@Transactional(readOnly = true)
	public List<ApiClientSummary> of(OrganisationId organisation) {
		return jdbc.sql("""
				select id, name, key_prefix, scopes, created_at, revoked_at, last_used_at from api_client
				where organisation_id = ? order by created_at""")
			.param(organisation.value())
			.query((rs, n) -> new ApiClientSummary(new ApiClientId(rs.getObject("id", UUID.class)), rs.getString("name"),
					rs.getString("key_prefix"),
					Arrays.stream((String[]) rs.getArray("scopes").getArray()).map(Scope::fromCode).toList(),
					rs.getTimestamp("created_at").toInstant(), toInstant(rs.getTimestamp("revoked_at")),
					toInstant(rs.getTimestamp("last_used_at"))))
			.list();
	}

	public void revoke(OrganisationId organisation, ApiClientId client, SchakelUser actor) {
		if (!actor.administers(organisation)) {
			throw new AccessDeniedException("Only the organisation's admins revoke API keys");
		}
		jdbc.sql("update api_client set revoked_at = ? where id = ? and organisation_id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), client.value(), organisation.value())
			.update();
	}

	private record StoredKey(ApiClientPrincipal principal, String hash) {
	}

	private String token(int bytes) {
		byte[] b = new byte[bytes];
		random.nextBytes(b);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(b).replace('_', 'x').replace('-', 'y');
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable Instant toInstant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
