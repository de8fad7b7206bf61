// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The answers a resident gave in the check, as short keys and values. Nothing is stored on the server: the answers
 * travel in a signed token ({@link CheckTokens}) in the form and the address. A key that is present was asked; the
 * value {@value #UNKNOWN} means "weet ik niet".
 */
final class CheckAnswers {

	static final String UNKNOWN = "?";

	/** The keys, in the order they are written; each names one answer of one step. */
	static final String MUNICIPALITY = "g", PARTNER = "p", PARTNER_AGE = "pa", CHILDREN = "k", HOUSEMATES = "h",
			AGE = "a", INCOME = "i", GROSS_INCOME = "j", ASSETS = "v", INSURED = "z", RENT = "r", WORK = "w",
			PARTNER_WORK = "wp", CHILDCARE = "o", TAX = "t", LOW_INCOME_YEARS = "l";

	private static final String KEYS = "g p pa k h a i j v z r w wp o t l";

	/** The format of the payload; a token of another version is refused with "begin opnieuw". */
	private static final String VERSION = "1";

	private final Map<String, String> values;

	private CheckAnswers(Map<String, String> values) {
		this.values = values;
	}

	static CheckAnswers none() {
		return new CheckAnswers(new LinkedHashMap<>());
	}

	Optional<String> get(String key) {
		return Optional.ofNullable(values.get(key));
	}

	@Nullable String value(String key) {
		return values.get(key);
	}

	boolean has(String key) {
		return values.containsKey(key);
	}

	boolean isEmpty() {
		return values.isEmpty();
	}

	/** A copy with this answer; a null value removes it. */
	CheckAnswers with(String key, @Nullable String value) {
		if (!(" " + KEYS + " ").contains(" " + key + " ")) {
			throw new IllegalArgumentException("Unknown answer key " + key);
		}
		Map<String, String> copy = new LinkedHashMap<>(values);
		if (value == null) {
			copy.remove(key);
		}
		else {
			copy.put(key, value);
		}
		return new CheckAnswers(copy);
	}

	/** The answers as an unsigned payload: base64url of {@code 1|g=0268|p=n|...}. */
	String payload() {
		StringBuilder s = new StringBuilder(VERSION);
		for (String key : KEYS.split(" ")) {
			String v = values.get(key);
			if (v != null) {
				s.append('|').append(key).append('=').append(v);
			}
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(s.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Reads a payload made by {@link #payload()}; empty when it is not one. */
	static Optional<CheckAnswers> fromPayload(String payload) {
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		String[] parts = text.split("\\|", -1);
		if (!parts[0].equals(VERSION)) {
			return Optional.empty();
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 1; i < parts.length; i++) {
			int eq = parts[i].indexOf('=');
			if (eq < 1) {
				return Optional.empty();
			}
			String key = parts[i].substring(0, eq);
			if (!(" " + KEYS + " ").contains(" " + key + " ") || values.put(key, parts[i].substring(eq + 1)) != null) {
				return Optional.empty();
			}
		}
		return Optional.of(new CheckAnswers(values));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CheckAnswers a && a.values.equals(values);
	}

	@Override
	public int hashCode() {
		return values.hashCode();
	}

	@Override
	public String toString() {
		return "CheckAnswers" + values.keySet();
	}

}
