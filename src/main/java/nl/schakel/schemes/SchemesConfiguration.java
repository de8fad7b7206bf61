// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the engine as a bean; the rules themselves know nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class SchemesConfiguration {

	/**
	 * The engine as it stands at start: the national schemes and the local schemes stored in PostgreSQL, after the
	 * shipped local scheme files have been loaded. Code that must see later imports asks {@link LocalSchemes#engine()}.
	 */
	@Bean
	Schemes schemes(LocalSchemes local) {
		return local.loadBundled();
	}

}
