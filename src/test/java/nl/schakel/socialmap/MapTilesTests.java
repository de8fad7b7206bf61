// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MapTilesTests {

	@Test
	void withoutATileServerNothingIsAskedOfAnyoneElse() {
		MapTiles none = new MapTiles(null, null, 0);
		assertThat(none.configured()).isFalse();
		assertThat(none.origin()).isNull();
		assertThat(new MapTiles("  ", null, 0).configured()).isFalse();
	}

	@Test
	void aTileServerElsewhereIsAllowedForImagesOnly() {
		MapTiles pdok = new MapTiles(
				"https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png", "PDOK", 19);
		assertThat(pdok.origin()).isEqualTo("https://service.pdok.nl");
		assertThat(new MapTiles("/tegels/{z}/{x}/{y}.png", null, 0).origin()).isNull();
		assertThat(new MapTiles("http://localhost:8081/{z}/{x}/{y}.png", null, 0).origin()).isEqualTo("http://localhost:8081");
	}

	@Test
	void refusesTemplatesThatAreNotSafeOrNotTiles() {
		assertThatThrownBy(() -> new MapTiles("http://tiles.example/{z}/{x}/{y}.png", null, 0))
			.hasMessageContaining("https");
		assertThatThrownBy(() -> new MapTiles("https://tiles.example/tile.png", null, 0)).hasMessageContaining("{z}");
		assertThatThrownBy(() -> new MapTiles("javascript:alert(1)//{z}{x}{y}", null, 0)).isInstanceOf(
				IllegalArgumentException.class);
		assertThatThrownBy(() -> new MapTiles("https://t.example/{z}/{x}/{y}.png\" onerror=\"x", null, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new MapTiles("//evil.example/{z}/{x}/{y}.png", null, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new MapTiles("https://t.example/{z}/{x}/{y}.png", null, 23)).hasMessageContaining("22");
	}

}
