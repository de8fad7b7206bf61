// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.schakel.schemes.Money;

class SchemeFileReaderTests {

	private static final String VALID = """
			id: voorbeeld
			naam: {nl: Voorbeeld, en: Example}
			bron: {titel: Wet, url: "https://wetten.overheid.nl/BWBR0000001"}
			parameters:
			  bedrag:
			    eenheid: euro
			    waarden:
			      - {vanaf: 2025-01-01, waarde: "10.50", bron: {titel: A, url: "https://example.org/a"}}
			      - {vanaf: 2026-01-01, waarde: "11", bron: {titel: B, url: "https://example.org/b"}}
			      - {vanaf: 2027-01-01, waarde: null, bron: {titel: C, url: "https://example.org/c"}}
			voorwaarden:
			  leeftijd:
			    bron: {titel: Art. 1, url: "https://wetten.overheid.nl/BWBR0000001#Artikel1"}
			    uitleg_niet: {nl: Te jong., en: Too young.}
			stappen:
			  bedrag: {nl: Bedrag, en: Amount, bron: {titel: Art. 2, url: "https://wetten.overheid.nl/BWBR0000001#Artikel2"}}
			over: {thema: inkomen, uitleg: {nl: Uitleg., en: Explanation.}, aanvragen: {link: "https://example.org"}, documenten: []}
			""";

	@Test
	void readsDatedValuesThatApplyUntilTheNextDate() {
		SchemeDefinition d = read(VALID);
		Parameter p = d.parameters().get("bedrag");
		assertThat(p.at(LocalDate.of(2024, 12, 31))).isNull();
		assertThat(p.at(LocalDate.of(2025, 6, 1)).value()).isEqualTo(Money.parse("10.50"));
		assertThat(p.at(LocalDate.of(2026, 12, 31)).value()).isEqualTo(Money.euros(11));
		assertThat(p.at(LocalDate.of(2027, 1, 1))).as("a null value ends validity").isNull();
		assertThat(d.sha256()).hasSize(64);
	}

	@Test
	void rejectsAnUnknownKeyWithItsLine() {
		assertThatThrownBy(() -> read(VALID.replace("    eenheid: euro", "    eenheid: euro\n    uprating: cpi")))
			.isInstanceOf(RuleFileException.class)
			.hasMessageStartingWith("test.yaml:7: unknown key 'uprating'");
	}

	@Test
	void rejectsAValueThatDoesNotFitItsUnit() {
		assertThatThrownBy(() -> read(VALID.replace("\"10.50\"", "\"10.505\"")))
			.isInstanceOf(RuleFileException.class)
			.hasMessageStartingWith("test.yaml:8: parameter bedrag: '10.505' is not a valid euro value");
	}

	@Test
	void rejectsDatesOutOfOrder() {
		assertThatThrownBy(() -> read(VALID.replace("vanaf: 2026-01-01", "vanaf: 2024-01-01")))
			.isInstanceOf(RuleFileException.class)
			.hasMessageContaining("test.yaml:9:")
			.hasMessageContaining("dates must go up");
	}

	@Test
	void rejectsAValueWithoutSource() {
		assertThatThrownBy(() -> read(VALID.replace(", bron: {titel: B, url: \"https://example.org/b\"}", "")))
			.isInstanceOf(RuleFileException.class)
			.hasMessageStartingWith("test.yaml:9: missing key 'bron'");
	}

	@Test
	void rejectsASourceThatIsNotALink() {
		assertThatThrownBy(() -> read(VALID.replace("https://example.org/a", "Stcrt. 2024")))
			.isInstanceOf(RuleFileException.class)
			.hasMessageStartingWith("test.yaml:8: a source url starts with https://");
	}

	@Test
	void rejectsBrokenYamlWithItsLine() {
		assertThatThrownBy(() -> read(VALID.replace("naam: {nl: Voorbeeld, en: Example}", "naam: {nl: Voorbeeld")))
			.isInstanceOf(RuleFileException.class)
			.hasMessageContaining("test.yaml:3: not valid YAML");
	}

	@Test
	void rejectsAParameterTheRulesNeverRead() {
		SchemeDefinition zorgtoeslag = RuleSet.national().schemes().getFirst().definition();
		java.util.Map<String, Parameter> extra = new java.util.HashMap<>(zorgtoeslag.parameters());
		Parameter used = zorgtoeslag.parameters().get("minimumbedrag");
		extra.put("ongebruikt", new Parameter("ongebruikt", used.unit(), used.values()));
		SchemeDefinition broken = new SchemeDefinition(zorgtoeslag.file(), zorgtoeslag.sha256(), zorgtoeslag.id(),
				zorgtoeslag.name(), zorgtoeslag.source(), extra, zorgtoeslag.conditions(), zorgtoeslag.steps());
		assertThatThrownBy(() -> new Zorgtoeslag(broken)).isInstanceOf(RuleFileException.class)
			.hasMessageContaining("schemes/zorgtoeslag.yaml:")
			.hasMessageContaining("is never used");
	}

	@Test
	void rejectsAFileWithoutAConditionTheRulesCheck() {
		SchemeDefinition zorgtoeslag = RuleSet.national().schemes().getFirst().definition();
		SchemeDefinition broken = new SchemeDefinition(zorgtoeslag.file(), zorgtoeslag.sha256(), zorgtoeslag.id(),
				zorgtoeslag.name(), zorgtoeslag.source(), zorgtoeslag.parameters(),
				zorgtoeslag.conditions().subList(1, zorgtoeslag.conditions().size()), zorgtoeslag.steps());
		assertThatThrownBy(() -> new Zorgtoeslag(broken)).isInstanceOf(RuleFileException.class)
			.hasMessageContaining("use condition 'leeftijd', which 'voorwaarden' lacks");
	}

	@Test
	void readsAnIncomeTableWithInclusiveBands() {
		SchemeDefinition d = read(VALID.replace("parameters:\n", TABLE));
		IncomeTable table = (IncomeTable) d.parameters().get("tabel").at(LocalDate.of(2026, 1, 1)).value();
		assertThat(table.lookup(Money.euros(1000), 0)).isEqualByComparingTo("0.96");
		assertThat(table.lookup(Money.euros(1001), 0)).isEqualByComparingTo("0.50");
		assertThat(table.lookup(Money.euros(9_999_999), 1)).isEqualByComparingTo("0.40");
	}

	@Test
	void rejectsATableWhoseLastRowIsNotOpenEnded() {
		assertThatThrownBy(() -> read(VALID.replace("parameters:\n", TABLE.replace("\"meer\"", "\"5000\""))))
			.isInstanceOf(RuleFileException.class)
			.hasMessageContaining("test.yaml:12:")
			.hasMessageContaining("only the last row has 'meer'");
	}

	private static final String TABLE = """
			parameters:
			  tabel:
			    eenheid: tabel
			    waarden:
			      - vanaf: 2026-01-01
			        bron: {titel: T, url: "https://example.org/t"}
			        waarde:
			          - ["1000", "96", "96"]
			          - ["meer", "50", "40"]
			""";

	private static SchemeDefinition read(String yaml) {
		return SchemeFileReader.read("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
	}

}
