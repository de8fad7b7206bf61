// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.region;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The municipalities this installation serves ({@code schakel.region.municipalities=0268,0252,0281}); applied at
 * start-up so that configuration, not a database edit, decides the region.
 */
@ConfigurationProperties("schakel.region")
record RegionProperties(List<String> municipalities) {

	RegionProperties {
		municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
	}

}
