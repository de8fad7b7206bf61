// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs the check's answers with an HMAC-SHA256, so that a changed hidden field or address is noticed. The key comes
 * from {@code schakel.check.token-key} (base64, at least 32 bytes); without it a random key is made at start, and
 * tokens from before a restart are refused (the resident then starts again). Several instances need the same key.
 */
@Component
class CheckTokens {

	private static final Logger LOG = LoggerFactory.getLogger(CheckTokens.class);

	/** 128 bits of the MAC are enough to make a forgery hopeless and keep the address short. */
	private static final int MAC_BYTES = 16;

	private final SecretKeySpec key;

	CheckTokens(@Value("${schakel.check.token-key:}") @Nullable String configured) {
		byte[] bytes;
		if (configured == null || configured.isBlank()) {
			bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			LOG.info("No schakel.check.token-key set: check tokens are signed with a key made at start");
		}
		else {
			bytes = Base64.getDecoder().decode(configured.trim());
			if (bytes.length < 32) {
				throw new IllegalStateException("schakel.check.token-key must hold at least 32 bytes (base64)");
			}
		}
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
	}

	/** The signed token: the payload, a dot and the MAC. */
	String sign(CheckAnswers answers) {
		String payload = answers.payload();
		return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(payload));
	}

	/** The answers in a token, or empty when it was changed, is not ours or is of an older format. */
	Optional<CheckAnswers> verify(@Nullable String token) {
		if (token == null || token.length() > 2_000) {
			return Optional.empty();
		}
		int dot = token.lastIndexOf('.');
		if (dot < 1) {
			return Optional.empty();
		}
		String payload = token.substring(0, dot);
		// Compared as text, so that a change in the unused bits of the last character is refused too.
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		byte[] expected = Base64.getUrlEncoder().withoutPadding().encodeToString(mac(payload))
			.getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, expected)) {
			return Optional.empty();
		}
		return CheckAnswers.fromPayload(payload);
	}

	private byte[] mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)), MAC_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
