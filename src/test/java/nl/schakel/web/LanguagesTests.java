// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguagesTests {

	@Test
	void rightToLeftScriptsGetDirRtl() {
		assertThat(Languages.direction(Locale.of("ar"))).isEqualTo("rtl");
		assertThat(Languages.direction(Locale.of("nl"))).isEqualTo("ltr");
		assertThat(Languages.direction(Locale.of("uk"))).isEqualTo("ltr");
	}

	@Test
	void languagesAreNamedInTheirOwnScript() {
		var languages = new Languages(List.of("nl", "en", "ar", "uk", "tr", "pl"));
		assertThat(languages.nativeName("ar")).isEqualTo("العربية");
		assertThat(languages.nativeName("uk")).isEqualTo("Українська");
		assertThat(languages.isOffered(Locale.of("ar"))).isTrue();
		assertThat(languages.isOffered(Locale.of("de"))).isFalse();
	}

	@Test
	void dutchMustComeFirst() {
		assertThatThrownBy(() -> new Languages(List.of("en", "nl"))).isInstanceOf(IllegalStateException.class);
	}

}
