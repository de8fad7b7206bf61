// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.schakel.SchakelIntegrationTest;

@SchakelIntegrationTest
class NeighbourhoodsIntegrationTests {

	@Autowired
	Neighbourhoods neighbourhoods;

	@Test
	void storesTheConfiguredNeighbourhoodsOfTheDemoRegion() {
		assertThat(neighbourhoods.all()).extracting(Neighbourhood::name)
			.containsExactly("Dukenburg", "Nijmegen-Oost", "Tiel-West");
		assertThat(neighbourhoods.of(new MunicipalityCode("0281"))).extracting(Neighbourhood::id)
			.containsExactly("tiel-west");
		assertThat(neighbourhoods.byId("nijmegen-oost")).get()
			.extracting(Neighbourhood::postcodeAreas)
			.isEqualTo(Set.of(6522, 6523, 6524));
	}

	@Test
	void placesAPostcodeInItsNeighbourhood() {
		assertThat(neighbourhoods.containing(Postcode.parse("6536 AB").orElseThrow())).extracting(Neighbourhood::id)
			.containsExactly("dukenburg");
		assertThat(neighbourhoods.containing(Postcode.parse("6511").orElseThrow())).isEmpty();
	}

	@Test
	void refusesANeighbourhoodOutsideTheServedRegionAndKeepsTheOldOnes() {
		var amsterdam = new Neighbourhood("centrum", new MunicipalityCode("0363"), "Centrum", null, Set.of(1012));
		assertThatThrownBy(() -> neighbourhoods.configure(List.of(amsterdam)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not served");
		assertThat(neighbourhoods.all()).hasSize(3);
	}

	@Test
	void rejectsMalformedNeighbourhoods() {
		var nijmegen = new MunicipalityCode("0268");
		assertThatThrownBy(() -> new Neighbourhood("Oost!", nijmegen, "Oost", null, Set.of(6522)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Neighbourhood("oost", nijmegen, "Oost", "WK028101", Set.of(6522)))
			.hasMessageContaining("not in municipality");
		assertThatThrownBy(() -> new Neighbourhood("oost", nijmegen, "Oost", null, Set.of()))
			.hasMessageContaining("at least one");
		assertThatThrownBy(() -> new Neighbourhood("oost", nijmegen, "Oost", null, Set.of(123)))
			.hasMessageContaining("four-digit");
	}

}
