// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The reviewer's diff and the plausibility checks, on the shipped meedoenregeling. */
class SchemeDiffTests {

	private static String shipped() throws IOException {
		try (InputStream in = SchemeDiffTests.class.getResourceAsStream("/schemes/lokaal/nijmegen-meedoenregeling.yaml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void namesEveryChangedTextAndEveryDatedValueByItsDate() throws IOException {
		String yaml = shipped();
		Map<String, Object> before = SchemeDrafts.tree(yaml);
		String changed = yaml.replace("en: Participation scheme Nijmegen", "en: Taking part in Nijmegen")
			.replace("waarde: \"150\", bron:", "waarde: \"175\", bron:");
		List<SchemeDiff.Change> changes = SchemeDiff.between(before, SchemeDrafts.tree(changed));
		assertThat(changes).containsExactly(
				new SchemeDiff.Change("naam.en", "Participation scheme Nijmegen", "Taking part in Nijmegen"),
				new SchemeDiff.Change("parameters.bijdrage.waarden[2025-01-01].waarde", "150", "175"));
		assertThat(SchemeDiff.between(before, before)).isEmpty();
	}

	@Test
	void aNewSchemeListsEveryFieldAsNewAndAConditionReadsAsOneLine() throws IOException {
		List<SchemeDiff.Change> changes = SchemeDiff.between(null, SchemeDrafts.tree(shipped()));
		assertThat(changes).allMatch(c -> c.before() == null && c.after() != null);
		assertThat(changes).contains(new SchemeDiff.Change("voorwaarden.inkomen.voorwaarde", null,
				"{inkomen_tot_procent_van_norm: inkomensgrens}"));
	}

	@Test
	void aPercentageOf1000AndANegativeAmountAreCaughtAfterTheStrictReader() throws IOException {
		String yaml = shipped();
		assertThat(SchemeDrafts.check(yaml)).isEmpty();
		assertThat(SchemeDrafts.check(yaml.replace("waarde: \"120\"", "waarde: \"1000\"")))
			.containsExactly(new SchemeProblem("percentage", "parameters.inkomensgrens.waarden.0.waarde", 0, "1000"));
		assertThat(SchemeDrafts.check(yaml.replace("waarde: \"150\"", "waarde: \"-5\"")))
			.extracting(SchemeProblem::code).containsExactly("amount");
		assertThat(SchemeDrafts.check(yaml.replace("geldig_vanaf: 2025-01-01", "geldig_vanaf: 1-1-2025")))
			.singleElement().satisfies(p -> {
				assertThat(p.code()).isEqualTo("file");
				assertThat(p.line()).isPositive();
				assertThat(p.detail()).contains("is not a date");
			});
		assertThat(SchemeDrafts.check("- not a scheme")).extracting(SchemeProblem::code).containsExactly("file");
	}

}
