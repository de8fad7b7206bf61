// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.region;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The municipalities this installation serves ({@code schakel.region.municipalities=0268,0252,0281}) and their
 * neighbourhoods ({@code schakel.region.neighbourhoods[0].id=...}); applied at start-up so that configuration, not a
 * database edit, decides the region.
 */
@ConfigurationProperties("schakel.region")
record RegionProperties(List<String> municipalities, List<NeighbourhoodSetting> neighbourhoods) {

	RegionProperties {
		municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
		neighbourhoods = neighbourhoods == null ? List.of() : List.copyOf(neighbourhoods);
	}

	/** One configured neighbourhood; {@code postcodes} are four-digit postcode areas. */
	record NeighbourhoodSetting(String id, String name, String municipality, @Nullable String cbsCode,
			List<Integer> postcodes) {

		Neighbourhood toNeighbourhood() {
			return new Neighbourhood(id, MunicipalityCode.parse(municipality), name, cbsCode,
					java.util.Set.copyOf(postcodes == null ? List.of() : postcodes));
		}

	}

}
