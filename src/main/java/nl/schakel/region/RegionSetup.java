// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.region;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Marks the configured municipalities as served and stores their neighbourhoods; an empty setting leaves the stored
 * region as it is.
 */
@Component
@Order(0)
class RegionSetup implements ApplicationRunner {

	private final RegionProperties properties;

	private final Municipalities municipalities;

	private final Neighbourhoods neighbourhoods;

	RegionSetup(RegionProperties properties, Municipalities municipalities, Neighbourhoods neighbourhoods) {
		this.properties = properties;
		this.municipalities = municipalities;
		this.neighbourhoods = neighbourhoods;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.municipalities().isEmpty()) {
			municipalities.serve(properties.municipalities().stream().map(MunicipalityCode::parse).toList());
		}
		if (!properties.neighbourhoods().isEmpty()) {
			neighbourhoods.configure(properties.neighbourhoods().stream()
				.map(RegionProperties.NeighbourhoodSetting::toNeighbourhood)
				.toList());
		}
		// Load the name cache now, so that pages (error pages included) never need the database for it.
		municipalities.nameOf(new MunicipalityCode("0000"));
	}

}
