// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.schakel.organisation.SchakelUser;

/** What every page's layout needs: language links that keep the page, lang/dir, the theme, and who is logged in. */
@ControllerAdvice(basePackages = "nl.schakel")
class LayoutModel {

	private final Languages languages;

	private final ResidentMunicipality residentMunicipality;

	private final String themeClass;

	private final String themeStylesheet;

	private final String htmxPath;

	LayoutModel(Languages languages, ResidentMunicipality residentMunicipality,
			@Value("${schakel.theme.class:voorbeeld-theme}") String themeClass,
			@Value("${schakel.theme.stylesheet:/vendor/voorbeeld/theme.css}") String themeStylesheet,
			@Value("${schakel.htmx.path}") String htmxPath) {
		this.languages = languages;
		this.residentMunicipality = residentMunicipality;
		this.themeClass = themeClass;
		this.themeStylesheet = themeStylesheet;
		this.htmxPath = htmxPath;
	}

	record LanguageLink(String code, String name, String href, boolean current) {
	}

	@ModelAttribute("layout")
	Layout layout(HttpServletRequest request, Locale locale) {
		String path = (String) request.getAttribute("jakarta.servlet.error.request_uri");
		List<LanguageLink> links = languages.offeredOn(path != null ? path : request.getRequestURI())
			.stream()
			.map(code -> new LanguageLink(code, languages.nativeName(code), hrefFor(request, code),
					code.equals(locale.getLanguage())))
			.toList();
		return new Layout(locale.getLanguage(), Languages.direction(locale), links, themeClass, themeStylesheet,
				htmxPath, currentUser(), residentMunicipality.nameOf(request).orElse(null));
	}

	/** Everything the layout template reads. */
	record Layout(String lang, String dir, List<LanguageLink> languages, String themeClass, String themeStylesheet,
			String htmxPath, @Nullable SchakelUser user, @Nullable String municipality) {
	}

	private static String hrefFor(HttpServletRequest request, String code) {
		String path = (String) request.getAttribute("jakarta.servlet.error.request_uri");
		var builder = path != null ? ServletUriComponentsBuilder.fromCurrentContextPath().path(path)
				: ServletUriComponentsBuilder.fromRequest(request);
		return builder.replaceQueryParam(LocaleConfiguration.PARAMETER, code)
			.replaceQueryParam("fout")
			.build()
			.toUriString()
			.replaceFirst("^https?://[^/]+", "");
	}

	private static @Nullable SchakelUser currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof SchakelUser user ? user : null;
	}

}
