// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTests {

	private static byte[] key(int fill) {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) fill);
		return key;
	}

	private final PersonalDataCipher cipher = new PersonalDataCipher(key(7));

	@Test
	void decryptsWhatItEncrypted() {
		String stored = cipher.encrypt(new Bsn("111222333"));
		assertThat(stored).startsWith("v1:").doesNotContain("111222333");
		assertThat(cipher.decryptBsn(stored)).isEqualTo(new Bsn("111222333"));
	}

	@Test
	void aBlindIndexOfAnyValueIsStableKeyedAndSeparatedByDomain() {
		String address = cipher.blindIndex("signals.address", "6511AB|12|A");
		assertThat(address).isEqualTo(cipher.blindIndex("signals.address", "6511AB|12|A")).hasSize(64)
			.doesNotContain("6511");
		assertThat(cipher.blindIndex("other.domain", "6511AB|12|A")).isNotEqualTo(address);
		assertThat(new PersonalDataCipher(key(8)).blindIndex("signals.address", "6511AB|12|A")).isNotEqualTo(address);
	}

	@Test
	void encryptsTheSameValueDifferentlyEachTime() {
		assertThat(cipher.encrypt("same")).isNotEqualTo(cipher.encrypt("same"));
	}

	@Test
	void detectsAlteredCiphertext() {
		String stored = cipher.encrypt("111222333");
		byte[] raw = Base64.getDecoder().decode(stored.substring(3));
		raw[raw.length - 1] ^= 1;
		String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
		assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesToDecryptWithAnotherKey() {
		String stored = cipher.encrypt("111222333");
		assertThatThrownBy(() -> new PersonalDataCipher(key(8)).decrypt(stored))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void blindIndexIsStablePerKeyAndDiffersBetweenKeys() {
		Bsn bsn = new Bsn("111222333");
		assertThat(cipher.blindIndex(bsn)).isEqualTo(cipher.blindIndex(bsn)).hasSize(64).doesNotContain("111222333");
		assertThat(new PersonalDataCipher(key(8)).blindIndex(bsn)).isNotEqualTo(cipher.blindIndex(bsn));
	}

	@Test
	void rejectsKeysOfTheWrongLength() {
		assertThatThrownBy(() -> new PersonalDataCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PersonalDataCipher.fromBase64("not base64!")).isInstanceOf(IllegalArgumentException.class);
	}

}
