// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A municipality's own NL Design System theme (its design tokens as CSS, a logo) served from a directory outside the
 * jar: set {@code schakel.theme.directory}, {@code schakel.theme.stylesheet=/theme/tokens.css} and
 * {@code schakel.theme.class=<the theme's class>}. Same origin, so the strict CSP still holds.
 */
@Configuration(proxyBeanMethods = false)
class ThemeResources implements WebMvcConfigurer {

	private final String directory;

	ThemeResources(@Value("${schakel.theme.directory:}") String directory) {
		this.directory = directory;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		if (!directory.isBlank()) {
			registry.addResourceHandler("/theme/**")
				.addResourceLocations(Path.of(directory).toAbsolutePath().toUri().toString());
		}
	}

}
