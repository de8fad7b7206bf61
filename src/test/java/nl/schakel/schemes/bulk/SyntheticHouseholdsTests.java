// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.schakel.schemes.Tri;

class SyntheticHouseholdsTests {

	private static String generate(long seed, int count) throws IOException {
		StringWriter out = new StringWriter();
		new SyntheticHouseholds(seed).write(count, out);
		return out.toString();
	}

	@Test
	void theSameSeedGivesTheSameFileAndAnotherSeedAnotherFile() throws IOException {
		assertThat(generate(7, 500)).isEqualTo(generate(7, 500)).isNotEqualTo(generate(8, 500));
	}

	@Test
	void everyRowIsAValidHouseholdAndTheMixIsCloseToTheDutchShares() throws IOException {
		List<String> lines = generate(42, 20_000).lines().toList();
		HouseholdCsv format = HouseholdCsv.header(lines.getFirst());
		List<HouseholdCsv.Row> rows = lines.stream().skip(1).map(format::parse).toList();
		assertThat(rows).hasSize(20_000);
		double single = rows.stream()
			.filter(r -> r.household().hasPartner() == Tri.FALSE && r.household().children().isEmpty())
			.count() / 20_000.0;
		double withChildren = rows.stream().filter(r -> !r.household().children().isEmpty()).count() / 20_000.0;
		// CBS 2024: 39.9% single-person households, 31.6% with children.
		assertThat(single).isBetween(0.38, 0.42);
		assertThat(withChildren).isBetween(0.30, 0.335);
	}

}
