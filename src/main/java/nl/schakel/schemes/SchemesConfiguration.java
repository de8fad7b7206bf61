// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the engine as a bean; the rules themselves know nothing of Spring. */
@Configuration(proxyBeanMethods = false)
class SchemesConfiguration {

	@Bean
	Schemes schemes() {
		return Schemes.national();
	}

}
