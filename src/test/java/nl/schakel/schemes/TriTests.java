// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TriTests {

	@Test
	void andIsFalseAsSoonAsOneSideIsFalse() {
		assertThat(Tri.FALSE.and(Tri.UNKNOWN)).isEqualTo(Tri.FALSE);
		assertThat(Tri.TRUE.and(Tri.UNKNOWN)).isEqualTo(Tri.UNKNOWN);
		assertThat(Tri.TRUE.and(Tri.TRUE)).isEqualTo(Tri.TRUE);
	}

	@Test
	void orIsTrueAsSoonAsOneSideIsTrue() {
		assertThat(Tri.TRUE.or(Tri.UNKNOWN)).isEqualTo(Tri.TRUE);
		assertThat(Tri.FALSE.or(Tri.UNKNOWN)).isEqualTo(Tri.UNKNOWN);
		assertThat(Tri.FALSE.or(Tri.FALSE)).isEqualTo(Tri.FALSE);
	}

	@Test
	void notKeepsUnknownUnknown() {
		assertThat(Tri.UNKNOWN.not()).isEqualTo(Tri.UNKNOWN);
		assertThat(Tri.TRUE.not()).isEqualTo(Tri.FALSE);
	}

	@Test
	void mergeAgreesOrIsUnknown() {
		assertThat(Tri.TRUE.merge(Tri.TRUE)).isEqualTo(Tri.TRUE);
		assertThat(Tri.TRUE.merge(Tri.FALSE)).isEqualTo(Tri.UNKNOWN);
	}

}
