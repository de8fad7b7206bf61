// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The master key comes from the environment ({@code SCHAKEL_CRYPTO_KEY}, 32 bytes in base64). Only the demo may
 * make one itself, kept next to its embedded database, because demo data is fake and must run with zero set-up.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PrivacyConfiguration.class);

	@Bean
	PersonalDataCipher personalDataCipher(@Value("${schakel.crypto.key:${SCHAKEL_CRYPTO_KEY:}}") String key,
			@Value("${schakel.demo.enabled}") boolean demo, @Value("${schakel.data-dir}") Path dataDir)
			throws IOException {
		if (StringUtils.hasText(key)) {
			return PersonalDataCipher.fromBase64(key);
		}
		if (!demo) {
			throw new IllegalStateException("Set SCHAKEL_CRYPTO_KEY to 32 random bytes in base64, "
					+ "for example the output of: openssl rand -base64 32");
		}
		Path keyFile = dataDir.resolve("demo-crypto.key");
		if (!Files.exists(keyFile)) {
			Files.createDirectories(dataDir);
			byte[] fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh));
			try {
				Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				log.debug("File system without POSIX permissions");
			}
			log.warn("Demo mode: generated an encryption key in the data directory. Never use this in production.");
		}
		return PersonalDataCipher.fromBase64(Files.readString(keyFile));
	}

}
