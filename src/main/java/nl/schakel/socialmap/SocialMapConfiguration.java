// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The needs taxonomy is read from its file once and shared by search, listings, pages and set-up. Scheduling runs
 * the daily verification reminders.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SocialMapConfiguration {

	@Bean
	NeedsTaxonomy needsTaxonomy() {
		return NeedsTaxonomy.load();
	}

}
