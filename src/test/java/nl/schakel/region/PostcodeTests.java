// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "6511 AB", "6511ab", " 6511  AB ", "6511" })
	void acceptsWhatResidentsType(String input) {
		assertThat(Postcode.parse(input)).get().extracting(Postcode::digits).isEqualTo(6511);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0511 AB", "651 AB", "6511 A", "6511 ABC", "abcd", "" })
	void rejectsWhatIsNoPostcode(String input) {
		assertThat(Postcode.parse(input)).isEmpty();
	}

	@Test
	void municipalityCodesAcceptStatcodesAndShortForms() {
		assertThat(MunicipalityCode.parse("GM0268").value()).isEqualTo("0268");
		assertThat(MunicipalityCode.parse("268").value()).isEqualTo("0268");
		assertThat(MunicipalityCode.parse("0268").statcode()).isEqualTo("GM0268");
		assertThatThrownBy(() -> MunicipalityCode.parse("GM26800")).isInstanceOf(IllegalArgumentException.class);
	}

}
