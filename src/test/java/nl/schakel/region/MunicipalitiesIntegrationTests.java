// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.schakel.SchakelIntegrationTest;

@SchakelIntegrationTest
class MunicipalitiesIntegrationTests {

	@Autowired
	Municipalities municipalities;

	@Test
	void knowsAll342MunicipalitiesOf2025ByTheirCbsCode() {
		assertThat(municipalities.all()).hasSize(342);
		assertThat(municipalities.byCode(new MunicipalityCode("0268"))).get()
			.extracting(Municipality::name)
			.isEqualTo("Nijmegen");
		assertThat(municipalities.byCode(new MunicipalityCode("0518"))).get()
			.extracting(Municipality::name)
			.isEqualTo("'s-Gravenhage");
	}

	@Test
	void servesTheConfiguredRegion() {
		assertThat(municipalities.served()).extracting(Municipality::name)
			.containsExactly("Heumen", "Nijmegen", "Tiel");
	}

	@Test
	void placesAResidentByPostcode() {
		assertThat(municipalities.place(Postcode.parse("6511 AB").orElseThrow()))
			.isEqualTo(new Placement.Placed(municipalities.byCode(new MunicipalityCode("0268")).orElseThrow()));
	}

	@Test
	void letsTheResidentChooseWhenAPostcodeAreaCrossesABorderInsideTheRegion() {
		municipalities.mapPostcodeArea(4009, new MunicipalityCode("0281"));
		municipalities.mapPostcodeArea(4009, new MunicipalityCode("0252"));
		assertThat(municipalities.place(Postcode.parse("4009").orElseThrow()))
			.isInstanceOfSatisfying(Placement.Ambiguous.class, a -> assertThat(a.candidates()).hasSize(2));
	}

	@Test
	void aPostcodeOutsideTheRegionIsSaidToBeOutside() {
		assertThat(municipalities.place(Postcode.parse("1012 AB").orElseThrow()))
			.isInstanceOf(Placement.OutsideRegion.class);
	}

	@Test
	void namesAreAvailableWithoutADatabaseRoundTrip() {
		assertThat(municipalities.nameOf(new MunicipalityCode("0281"))).contains("Tiel");
		assertThat(municipalities.nameOf(new MunicipalityCode("9999"))).isEmpty();
	}

}
