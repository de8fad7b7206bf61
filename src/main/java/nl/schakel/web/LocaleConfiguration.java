// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language is chosen with {@code ?lang=en} on any page, kept in a cookie (no account needed), and Dutch unless
 * chosen otherwise; the browser's language is not used, because many residents use a phone set up by someone else.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final String PARAMETER = "lang";

	private final Languages languages;

	LocaleConfiguration(Languages languages) {
		this.languages = languages;
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("schakel-taal") {
			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, locale != null && languages.isChoosable(locale) ? locale : null);
			}

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				Locale locale = super.resolveLocale(request);
				return languages.isOfferedOn(locale, pathOf(request)) ? locale : Locale.of("nl");
			}
		};
		resolver.setDefaultLocale(Locale.of("nl"));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	private static String pathOf(HttpServletRequest request) {
		Object original = request.getAttribute("jakarta.servlet.error.request_uri");
		String uri = original instanceof String s ? s : request.getRequestURI();
		return uri.substring(request.getContextPath().length());
	}

	/**
	 * Dutch is the default and the fallback: a key missing in another language shows the Dutch text rather than the
	 * key. Only complete languages should be offered (see {@link Languages}).
	 */
	@Bean
	MessageSource messageSource() {
		var messages = new DutchFallbackMessages();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Locale.of("nl"));
		return messages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor();
		change.setParamName(PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

}
