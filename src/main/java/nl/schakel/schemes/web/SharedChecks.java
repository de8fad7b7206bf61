// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check results a resident shares with a helper under a short code, for 30 days. A code is 10 characters from an
 * alphabet without look-alikes (50 bits from {@link SecureRandom}), shown in groups for reading aloud: "K7M-Q2P-X9RT".
 * Only the answers, the municipality and the moment of saving are stored; an expired row is never returned, and a
 * daily purge deletes it.
 */
@Service
class SharedChecks {

	private static final Logger LOG = LoggerFactory.getLogger(SharedChecks.class);

	static final Duration KEPT = Duration.ofDays(30);

	/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not mistaken. */
	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int LENGTH = 10;

	/** A stored result: the unsigned answers, the municipality and when it was saved. */
	record Shared(CheckAnswers answers, @Nullable String municipality, Instant createdAt) {

		Instant expiresAt() {
			return createdAt.plus(KEPT);
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SharedChecks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Saves the answers and returns the new code, grouped for reading ("K7M-Q2P-X9RT"). */
	@Transactional
	String share(CheckAnswers answers) {
		String municipality = answers.value(CheckAnswers.MUNICIPALITY);
		for (int attempt = 0; attempt < 5; attempt++) {
			String code = newCode();
			int added = jdbc.sql("insert into schemes_shared_check (code_sha256, answers, municipality_code, created_at)"
					+ " values (?, ?, ?, ?) on conflict do nothing")
				.params(hash(code), answers.payload(),
						municipality != null && municipality.matches("[0-9]{4}") ? municipality : null,
						Timestamp.from(clock.instant()))
				.update();
			if (added == 1) {
				return grouped(code);
			}
		}
		throw new IllegalStateException("No free share code after 5 tries");
	}

	/** The shared result for a code as typed, unless it is unknown or older than 30 days. */
	@Transactional(readOnly = true)
	Optional<Shared> open(String typed) {
		String code = normalise(typed);
		if (code == null) {
			return Optional.empty();
		}
		Instant oldest = clock.instant().minus(KEPT);
		return jdbc.sql("select answers, municipality_code, created_at from schemes_shared_check"
				+ " where code_sha256 = ? and created_at > ?")
			.params(hash(code), Timestamp.from(oldest))
			.query((rs, n) -> {
				String municipality = rs.getString("municipality_code");
				Instant created = rs.getTimestamp("created_at").toInstant();
				return CheckAnswers.fromPayload(rs.getString("answers")).map(a -> new Shared(a, municipality, created));
			})
			.optional()
			.flatMap(o -> o);
	}

	/** Deletes the shared result at once; false when the code was not found. */
	@Transactional
	boolean delete(String typed) {
		String code = normalise(typed);
		return code != null && jdbc.sql("delete from schemes_shared_check where code_sha256 = ?").param(hash(code))
			.update() == 1;
	}

	/** Deletes every shared result older than 30 days. */
	@Transactional
	@Scheduled(cron = "${schakel.check.share-purge-cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
	public int purge() {
		int deleted = jdbc.sql("delete from schemes_shared_check where created_at <= ?")
			.param(Timestamp.from(clock.instant().minus(KEPT)))
			.update();
		if (deleted > 0) {
			LOG.info("Deleted {} shared check results older than {} days", deleted, KEPT.toDays());
		}
		return deleted;
	}

	/** The code without separators, look-alikes mapped (O to 0, I and L to 1); null when it cannot be a code. */
	static @Nullable String normalise(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-.]", "").replace('O', '0').replace('I', '1')
			.replace('L', '1');
		if (s.length() != LENGTH) {
			return null;
		}
		for (char c : s.toCharArray()) {
			if (ALPHABET.indexOf(c) < 0) {
				return null;
			}
		}
		return s;
	}

	static String grouped(String code) {
		return code.substring(0, 3) + "-" + code.substring(3, 6) + "-" + code.substring(6);
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private static String hash(String code) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
