// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.schakel.schemes.rules.RuleFileException;
import nl.schakel.schemes.rules.SchemeFileReader;

class SchemeCatalogueTests {

	private final Schemes schemes = Schemes.bundled();

	@Test
	void everySchemeSaysHowToApplyWhatToBringAndItsTheme() {
		List<SchemeInfo> all = schemes.catalogue("0268");
		assertThat(all).extracting(SchemeInfo::id)
			.contains("zorgtoeslag", "huurtoeslag", "kindgebonden-budget", "kinderopvangtoeslag", "algemene-bijstand",
					"kwijtschelding", "nijmegen-meedoenregeling")
			.doesNotContain("groningen-individuele-inkomenstoeslag");
		for (SchemeInfo info : all) {
			About about = info.about();
			assertThat(about.description().nl()).as(info.id()).isNotBlank();
			assertThat(about.description().en()).as(info.id()).isNotBlank();
			assertThat(about.apply().link() != null || about.apply().howTo() != null
					|| about.apply().organisation() != null)
				.as(info.id())
				.isTrue();
			assertThat(about.documents()).as(info.id()).isNotEmpty();
			assertThat(about.help()).as(info.id()).isNotEmpty();
		}
	}

	@Test
	void themesGroupTheBooklet() {
		assertThat(schemes.info("zorgtoeslag").orElseThrow().about().theme()).isEqualTo(Theme.ZORG);
		assertThat(schemes.info("huurtoeslag").orElseThrow().about().theme()).isEqualTo(Theme.WONEN);
		assertThat(schemes.info("kwijtschelding").orElseThrow().about().theme()).isEqualTo(Theme.SCHULDEN);
		assertThat(schemes.info("nijmegen-kindregeling-leergeld").orElseThrow().about().theme())
			.isEqualTo(Theme.KINDEREN);
		SchemeInfo local = schemes.info("nijmegen-meedoenregeling").orElseThrow();
		assertThat(local.local()).isTrue();
		assertThat(local.municipality()).isEqualTo("0268");
		assertThat(local.validFrom()).isNotNull();
		assertThat(schemes.info("no-such-scheme")).isEmpty();
		assertThat(schemes.catalogue(null)).allSatisfy(i -> assertThat(i.local()).isFalse());
	}

	@Test
	void aNationalFileWithoutItsResidentPartIsRefusedWithItsLine() {
		String yaml = """
				id: x
				naam: {nl: X, en: X}
				bron: {titel: T, url: "https://example.org"}
				over:
				  thema: geluk
				  uitleg: {nl: a, en: b}
				  aanvragen: {link: "https://example.org"}
				  documenten: []
				parameters: {}
				voorwaarden: {}
				stappen: {}
				""";
		assertThatThrownBy(() -> SchemeFileReader.read("x.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(RuleFileException.class)
			.hasMessageContaining("x.yaml")
			.hasMessageContaining("unknown thema 'geluk'");
		String missing = yaml.replace("  thema: geluk\n", "");
		assertThatThrownBy(() -> SchemeFileReader.read("x.yaml", missing.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(RuleFileException.class)
			.hasMessageContaining("missing key 'thema'");
	}

}
