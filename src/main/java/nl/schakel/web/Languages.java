// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The languages this installation offers ({@code schakel.languages}); Dutch comes first and is the fallback. Only
 * languages whose message bundle is complete should be offered: a half-translated page has a wrong {@code lang}.
 */
@Component
public class Languages {

	/** Names in their own script, never flags. */
	private static final Map<String, String> NATIVE_NAMES = Map.of("nl", "Nederlands", "en", "English", "ar",
			"العربية", "tr", "Türkçe", "pl", "Polski", "uk", "Українська", "ti", "ትግርኛ");

	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur");

	private final List<String> offered;

	Languages(@Value("${schakel.languages}") List<String> offered) {
		if (offered.isEmpty() || !offered.getFirst().equals("nl")) {
			throw new IllegalStateException("schakel.languages must start with nl");
		}
		this.offered = List.copyOf(offered);
	}

	public List<String> offered() {
		return offered;
	}

	public boolean isOffered(Locale locale) {
		return offered.contains(locale.getLanguage());
	}

	public String nativeName(String code) {
		return NATIVE_NAMES.getOrDefault(code, code);
	}

	public static String direction(Locale locale) {
		return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
	}

}
