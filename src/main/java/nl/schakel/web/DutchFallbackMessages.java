// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import java.text.MessageFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, with Dutch as the fallback for every key: a bundle that lacks a key (a language translated
 * only for the check) shows the Dutch text, never the key. Java's own fallback would stop at the base bundle, which
 * Schakel does not have.
 */
class DutchFallbackMessages extends ResourceBundleMessageSource {

	static final Locale DUTCH = Locale.of("nl");

	@Override
	protected @Nullable String resolveCodeWithoutArguments(String code, Locale locale) {
		String message = super.resolveCodeWithoutArguments(code, locale);
		return message != null || DUTCH.getLanguage().equals(locale.getLanguage()) ? message
				: super.resolveCodeWithoutArguments(code, DUTCH);
	}

	/**
	 * A copy of the cached format: Spring formats inside {@code synchronized} on the format it gets here, so handing
	 * out the shared one made every page that shows a message with arguments queue on one lock under load.
	 */
	@Override
	protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
		MessageFormat format = super.resolveCode(code, locale);
		if (format == null && !DUTCH.getLanguage().equals(locale.getLanguage())) {
			format = super.resolveCode(code, DUTCH);
		}
		return format == null ? null : (MessageFormat) format.clone();
	}

}
