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

	/**
	 * Pages that are translated into more languages than the rest of the site: the resident check and its result
	 * ({@code schakel.check.languages}). Elsewhere those languages fall back to Dutch.
	 */
	private static final List<String> CHECK_PATHS = List.of("/regelingen/check", "/regelingen/gedeeld");

	private final List<String> offered;

	private final List<String> checkOnly;

	@org.springframework.beans.factory.annotation.Autowired
	Languages(@Value("${schakel.languages}") List<String> offered,
			@Value("${schakel.check.languages:}") List<String> checkLanguages) {
		if (offered.isEmpty() || !offered.getFirst().equals("nl")) {
			throw new IllegalStateException("schakel.languages must start with nl");
		}
		this.offered = List.copyOf(offered);
		this.checkOnly = checkLanguages.stream().filter(l -> !l.isBlank() && !offered.contains(l)).toList();
	}

	Languages(List<String> offered) {
		this(offered, List.of());
	}

	public List<String> offered() {
		return offered;
	}

	/** The languages of the page at this path: all of them on the check's pages, the complete ones elsewhere. */
	public List<String> offeredOn(String path) {
		if (!isCheckPath(path)) {
			return offered;
		}
		List<String> all = new java.util.ArrayList<>(offered);
		all.addAll(checkOnly);
		return all;
	}

	public boolean isOffered(Locale locale) {
		return offered.contains(locale.getLanguage());
	}

	/** Whether a language may be chosen at all (it may still apply only to the check's pages). */
	public boolean isChoosable(Locale locale) {
		return isOffered(locale) || checkOnly.contains(locale.getLanguage());
	}

	public boolean isOfferedOn(Locale locale, String path) {
		return isOffered(locale) || (checkOnly.contains(locale.getLanguage()) && isCheckPath(path));
	}

	static boolean isCheckPath(String path) {
		return CHECK_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/") || path.startsWith(p + "."));
	}

	public String nativeName(String code) {
		return NATIVE_NAMES.getOrDefault(code, code);
	}

	public static String direction(Locale locale) {
		return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
	}

}
