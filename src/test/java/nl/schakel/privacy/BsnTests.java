// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTests {

	// 111222333 is the example BSN of the Logisch Ontwerp BSN; 123456782 is a common test number. Both pass
	// the elfproef and are not issued to real people in our fixtures' context.
	@ParameterizedTest
	@ValueSource(strings = { "111222333", "123456782", "999999990" })
	void acceptsNumbersThatPassTheElfproef(String value) {
		assertThat(new Bsn(value).value()).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "111222334", "123456789", "000000000", "12345678", "1234567890", "abcdefghi", "" })
	void rejectsNumbersThatFailTheElfproefOrTheFormat(String value) {
		assertThatThrownBy(() -> new Bsn(value)).isInstanceOf(InvalidBsnException.class)
			.message()
			.doesNotContain(value.isEmpty() ? "\u0000" : value);
	}

	@Test
	void parsesWhatPeopleType() {
		assertThat(Bsn.parse(" 1112.22.333 ").value()).isEqualTo("111222333");
		assertThat(Bsn.parse("11122-2333").value()).isEqualTo("111222333");
	}

	@Test
	void restoresTheLeadingZeroOfAnEightDigitNumber() {
		// 012345672: 0*9+1*8+2*7+3*6+4*5+5*4+6*3+7*2-2 = 110, divisible by 11.
		assertThat(Bsn.parse("12345672").value()).isEqualTo("012345672");
	}

	@Test
	void neverShowsTheNumberInToString() {
		Bsn bsn = new Bsn("111222333");
		assertThat(bsn.toString()).doesNotContain("111222333").doesNotContain("333");
		assertThat(bsn.masked()).isEqualTo("******333");
	}

	@Test
	void isValidSaysWithoutThrowing() {
		assertThat(Bsn.isValid("111222333")).isTrue();
		assertThat(Bsn.isValid("111222334")).isFalse();
		assertThat(Bsn.isValid(null)).isFalse();
	}

}
