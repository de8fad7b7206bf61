// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LocalSchemeFileReaderTests {

	private static final String VALID = """
			id: voorbeeld-pas
			gemeente: "0268"
			sjabloon: vast_bedrag
			naam: {nl: Voorbeeldpas, en: Example pass}
			uitleg: {nl: Een pas., en: A pass.}
			bron: {titel: Regeling, url: "https://lokaleregelgeving.overheid.nl/CVDR1"}
			geldig_vanaf: 2025-01-01
			aanvragen: {organisatie: "org-1"}
			documenten: []
			telt_als_inkomen: nee
			parameters:
			  grens:
			    eenheid: procent
			    waarden:
			      - {vanaf: 2025-01-01, waarde: "120", bron: {titel: A, url: "https://example.org/a"}}
			  bedrag:
			    eenheid: euro
			    waarden:
			      - {vanaf: 2025-01-01, waarde: "100", bron: {titel: B, url: "https://example.org/b"}}
			voorwaarden:
			  inkomen:
			    voorwaarde: {inkomen_tot_procent_van_norm: grens}
			    bron: {titel: Art. 1, url: "https://lokaleregelgeving.overheid.nl/CVDR1#Artikel1"}
			    uitleg_niet: {nl: Te hoog., en: Too high.}
			bedrag:
			  - per_jaar: bedrag
			""";

	@Test
	void readsAValidFileWithItsClausesAndHowToApply() {
		LocalSchemeDefinition d = read(VALID);
		assertThat(d.municipality()).isEqualTo("0268");
		assertThat(d.conditions().get("inkomen")).isEqualTo(new Clause.Leaf(Term.INKOMEN_TOT_PROCENT_VAN_NORM, "grens",
				null, null));
		assertThat(d.apply().organisation()).isEqualTo("org-1");
		assertThat(d.definition().steps()).extracting(StepDefinition::id).containsExactly("norm", "per_jaar",
				"per_maand");
	}

	@Test
	void rejectsATermOutsideTheVocabularyWithItsLine() {
		assertThatThrownBy(() -> read(VALID.replace("{inkomen_tot_procent_van_norm: grens}", "{inkomen_x: grens}")))
			.isInstanceOf(RuleFileException.class)
			.hasMessageStartingWith("test.yaml:22: unknown term 'inkomen_x'; the vocabulary is: alle, een_van, niet,");
	}

	@Test
	void rejectsAParameterOfTheWrongUnit() {
		assertThatThrownBy(() -> read(VALID.replace("{inkomen_tot_procent_van_norm: grens}", "{vermogen_tot: grens}")))
			.isInstanceOf(RuleFileException.class)
			.hasMessage("test.yaml:22: parameter 'grens' must have unit euro, not procent");
	}

	@Test
	void rejectsAParameterThatIsNotDefined() {
		assertThatThrownBy(() -> read(VALID.replace("per_jaar: bedrag", "per_jaar: bedragen")))
			.isInstanceOf(RuleFileException.class)
			.hasMessage("test.yaml:26: parameter 'bedragen' is not defined under 'parameters'");
	}

	@Test
	void rejectsAParameterNothingUses() {
		assertThatThrownBy(() -> read(VALID.replace("voorwaarden:\n", "  ongebruikt:\n    eenheid: euro\n"
				+ "    waarden:\n      - {vanaf: 2025-01-01, waarde: \"1\", bron: {titel: C, url: \"https://example.org/c\"}}\n"
				+ "voorwaarden:\n")))
			.isInstanceOf(RuleFileException.class)
			.hasMessageContaining("parameter 'ongebruikt' is not used by any condition or amount");
	}

	@Test
	void rejectsAJudgementInsideACombination() {
		assertThatThrownBy(() -> read(VALID.replace("{inkomen_tot_procent_van_norm: grens}",
				"{niet: {beoordeling_gemeente: ja}}")))
			.isInstanceOf(RuleFileException.class)
			.hasMessageStartingWith("test.yaml:22: 'beoordeling_gemeente' can only be a whole condition");
	}

	@Test
	void rejectsAMunicipalityThatIsNotACbsCode() {
		assertThatThrownBy(() -> read(VALID.replace("\"0268\"", "Nijmegen")))
			.isInstanceOf(RuleFileException.class)
			.hasMessageStartingWith("test.yaml:2: gemeente is a CBS code of 4 digits");
	}

	@Test
	void rejectsAnEmptyWayToApply() {
		assertThatThrownBy(() -> read(VALID.replace("{organisatie: \"org-1\"}", "{}")))
			.isInstanceOf(RuleFileException.class)
			.hasMessageStartingWith("test.yaml:8: aanvragen needs a link, a formulier or an organisatie");
	}

	@Test
	void rejectsTheDraagkrachtTermOutsideBijzondereBijstand() {
		assertThatThrownBy(() -> read(VALID.replace("{inkomen_tot_procent_van_norm: grens}",
				"{kosten_boven_draagkracht: ja}")))
			.isInstanceOf(RuleFileException.class)
			.hasMessageStartingWith("test.yaml:22: 'kosten_boven_draagkracht' belongs to the template bijzondere_bijstand");
	}

	@Test
	void rejectsAnAmountRuleWithTwoAmounts() {
		assertThatThrownBy(() -> read(VALID.replace("- per_jaar: bedrag", "- {per_jaar: bedrag, per_maand: bedrag}")))
			.isInstanceOf(RuleFileException.class)
			.hasMessage("test.yaml:26: an amount rule has exactly one of per_jaar, per_maand and per_kind");
	}

	@Test
	void everyShippedLocalSchemeLoadsAndBelongsToItsMunicipality() {
		assertThat(RuleSet.bundledLocal()).extracting(LocalSchemeDefinition::municipality).contains("0268", "0014");
	}

	private static LocalSchemeDefinition read(String yaml) {
		return LocalSchemeFileReader.read("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
	}

}
