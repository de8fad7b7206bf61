// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web.catalogue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finding a scheme by words a resident types: case and accents do not matter ("kwijtschelding" finds
 * "Kwijtschélding"), a word may be cut short ("kind" finds "kinderen"), and a longer word is also found inside
 * Dutch compounds ("toeslag" finds "zorgtoeslag"). Every word typed must be found.
 */
final class CatalogueSearch {

	/** Words of at least this length are also looked for inside compounds; shorter ones would match too much. */
	private static final int COMPOUND_PART = 4;

	private final List<String> words;

	CatalogueSearch(String query) {
		this.words = words(query);
	}

	boolean isEmpty() {
		return words.isEmpty();
	}

	boolean matches(String... texts) {
		List<String> haystack = words(String.join(" ", texts));
		return words.stream()
			.allMatch(w -> haystack.stream()
				.anyMatch(h -> h.startsWith(w) || (w.length() >= COMPOUND_PART && h.contains(w))));
	}

	static List<String> words(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
		return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
	}

}
