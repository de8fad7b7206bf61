// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.schemes.rules.LocalSchemeDefinition;
import nl.schakel.schemes.rules.LocalSchemeFileReader;
import nl.schakel.schemes.rules.RuleFileException;
import nl.schakel.schemes.rules.RuleSet;
import nl.schakel.schemes.rules.SchemeDocuments;

@SchakelIntegrationTest
class LocalSchemesIntegrationTests {

	@Autowired
	LocalSchemes local;

	@Test
	void theShippedSchemesAreInPostgresqlAndLoadingThemAgainAddsNoVersion() {
		assertThat(local.currentOf("0268")).extracting(LocalSchemes.StoredScheme::id)
			.contains("nijmegen-individuele-inkomenstoeslag", "nijmegen-meedoenregeling");
		assertThat(local.currentOf("0014")).hasSize(2);
		int before = local.versions("nijmegen-meedoenregeling").size();
		local.loadBundled();
		assertThat(local.versions("nijmegen-meedoenregeling")).hasSize(before);
		assertThat(local.engine().localDefinitions("0268")).hasSize(local.currentOf("0268").size());
	}

	@Test
	void aLaterChangeToAShippedSchemeSurvivesARestart() {
		String file = RuleSet.bundledLocalFiles().stream().filter(f -> f.contains("groningen-bijzondere")).findFirst()
			.orElseThrow();
		String changed = new String(RuleSet.resource(file), StandardCharsets.UTF_8).replace("waarde: \"600\"",
				"waarde: \"650\"");
		LocalSchemes.StoredScheme edited = local.importYaml("editor.yaml", changed.getBytes(StandardCharsets.UTF_8),
				"test");
		try {
			local.loadBundled();
			assertThat(local.current(edited.id()).orElseThrow().version()).isEqualTo(edited.version());
			assertThat(local.exportYaml(edited.id()).orElseThrow()).contains("'650'");
		}
		finally {
			local.importYaml(file, RuleSet.resource(file), "test");
		}
	}

	@Test
	void everyShippedFileSurvivesTheRoundTripThroughJsonbAndBack() {
		for (String file : RuleSet.bundledLocalFiles()) {
			byte[] original = RuleSet.resource(file);
			LocalSchemeDefinition expected = LocalSchemeFileReader.read(file, original);
			String exported = local.exportYaml(expected.id()).orElseThrow();
			LocalSchemeDefinition back = LocalSchemeFileReader.read("export.yaml", exported.getBytes(StandardCharsets.UTF_8));
			assertThat(SchemeDocuments.toTree("export.yaml", exported.getBytes(StandardCharsets.UTF_8)))
				.as(file + " as a tree").isEqualTo(SchemeDocuments.toTree(file, original));
			assertThat(back.conditions()).as(file + " conditions").isEqualTo(expected.conditions());
			assertThat(back.amounts()).as(file + " amounts").isEqualTo(expected.amounts());
			assertThat(back.definition().parameters()).as(file + " parameters")
				.usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*line").isEqualTo(expected.definition().parameters());
			assertThat(back.definition().conditions()).isEqualTo(expected.definition().conditions());
			assertThat(back.apply()).isEqualTo(expected.apply());
			assertThat(back.documents()).isEqualTo(expected.documents());
			assertThat(back.validUntil()).isEqualTo(expected.validUntil());
		}
	}

	@Test
	void anImportWithAnErrorNamesFileLineAndReasonAndStoresNothing() {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		String broken = scheme(id, "100").replace("{woont_in_gemeente: ja}", "{woont_ergens: ja}");
		assertThatThrownBy(() -> local.importYaml("upload.yaml", broken.getBytes(StandardCharsets.UTF_8), "test"))
			.isInstanceOf(RuleFileException.class)
			.hasMessageStartingWith("upload.yaml:19: unknown term 'woont_ergens'");
		assertThat(local.versions(id)).isEmpty();
	}

	@Test
	void aChangedImportIsANewVersionThatTheEngineUsesAndTheOldOneStaysReadable() {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(local.importYaml("a.yaml", scheme(id, "100").getBytes(StandardCharsets.UTF_8), "test").version())
			.isEqualTo(1);
		assertThat(local.importYaml("a.yaml", scheme(id, "100").getBytes(StandardCharsets.UTF_8), "test").version())
			.as("unchanged content").isEqualTo(1);
		assertThat(local.importYaml("b.yaml", scheme(id, "125").getBytes(StandardCharsets.UTF_8), "test").version())
			.isEqualTo(2);
		Household h = Household.single(Person.unknown().withAge(30)).withMunicipality("0344");
		SchemeResult r = local.engine().evaluateOne(h, LocalDate.of(2026, 3, 1), Period.month(2026, 3), id)
			.orElseThrow().result(id).orElseThrow();
		assertThat(r.status()).isEqualTo(Status.RECHT);
		assertThat(r.perYear()).isEqualTo(MoneyRange.exactly(Money.euros(125)));
		assertThat(local.exportYaml(id, 1).orElseThrow()).contains("'100'");
		assertThat(local.versions(id)).extracting(LocalSchemes.StoredScheme::origin).containsOnly("test");
	}

	private static String scheme(String id, String amount) {
		return """
				id: %s
				gemeente: "0344"
				sjabloon: vast_bedrag
				naam: {nl: Testpas, en: Test pass}
				uitleg: {nl: Een pas., en: A pass.}
				bron: {titel: Regeling, url: "https://lokaleregelgeving.overheid.nl/CVDR1"}
				geldig_vanaf: 2025-01-01
				aanvragen: {link: "https://example.org/aanvragen"}
				documenten: []
				telt_als_inkomen: nee
				parameters:
				  bedrag:
				    eenheid: euro
				    waarden:
				      - {vanaf: 2025-01-01, waarde: "%s", bron: {titel: B, url: "https://example.org/b"}}
				      - {vanaf: 2030-01-01, waarde: null, bron: {titel: C, url: "https://example.org/c"}}
				voorwaarden:
				  woonplaats:
				    voorwaarde: {woont_in_gemeente: ja}
				    bron: {titel: Art. 1, url: "https://lokaleregelgeving.overheid.nl/CVDR1#Artikel1"}
				    uitleg_niet: {nl: Niet hier., en: Not here.}
				bedrag:
				  - per_jaar: bedrag
				""".formatted(id, amount);
	}

}
