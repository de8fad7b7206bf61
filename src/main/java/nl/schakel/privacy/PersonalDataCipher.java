// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest (AVG art. 32) with AES-256-GCM, and makes a keyed blind index so that an encrypted
 * BSN can still be found by equality without storing it in the clear. Two keys are derived from one master key so
 * that the index key cannot decrypt.
 */
public final class PersonalDataCipher {

	private static final String VERSION = "v1:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec indexKey;

	private final SecureRandom random = new SecureRandom();

	public PersonalDataCipher(byte[] masterKey) {
		if (masterKey.length != 32) {
			throw new IllegalArgumentException("The master key must be 32 bytes (256 bits)");
		}
		this.encryptionKey = new SecretKeySpec(derive(masterKey, "schakel-encryption-v1"), "AES");
		this.indexKey = new SecretKeySpec(derive(masterKey, "schakel-blind-index-v1"), "HmacSHA256");
	}

	public static PersonalDataCipher fromBase64(String base64Key) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64Key.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("SCHAKEL_CRYPTO_KEY is not valid base64", ex);
		}
		return new PersonalDataCipher(key);
	}

	public String encrypt(String plaintext) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, out, 0, iv.length);
			System.arraycopy(sealed, 0, out, iv.length, sealed.length);
			return VERSION + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	public String decrypt(String stored) {
		if (!stored.startsWith(VERSION)) {
			throw new IllegalArgumentException("Unknown ciphertext version");
		}
		try {
			byte[] in = Base64.getDecoder().decode(stored.substring(VERSION.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
			byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Decryption failed: wrong key or altered data", ex);
		}
	}

	public String encrypt(Bsn bsn) {
		return encrypt(bsn.value());
	}

	public Bsn decryptBsn(String stored) {
		return new Bsn(decrypt(stored));
	}

	/** A deterministic, keyed fingerprint for lookups; without the key it reveals nothing about the BSN. */
	public String blindIndex(Bsn bsn) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(indexKey);
			return HexFormat.of().formatHex(mac.doFinal(bsn.value().getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Blind index failed", ex);
		}
	}

	/**
	 * A keyed fingerprint of any normalised value (an address, for example) within a named domain, so that equal
	 * values in different domains never share a fingerprint.
	 */
	public String blindIndex(String domain, String normalisedValue) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(indexKey);
			mac.update(domain.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0x1f);
			return HexFormat.of().formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Blind index failed", ex);
		}
	}

	private static byte[] derive(byte[] masterKey, String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
			byte[] derived = mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
			return Arrays.copyOf(derived, 32);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Key derivation failed", ex);
		}
	}

}
