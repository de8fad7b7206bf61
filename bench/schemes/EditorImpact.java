// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.schakel.schemes.Household;
import nl.schakel.schemes.SchemePreviews;
import nl.schakel.schemes.Schemes;
import nl.schakel.schemes.rules.LocalSchemeDefinition;
import nl.schakel.schemes.rules.LocalSchemeFileReader;
import nl.schakel.schemes.rules.RuleSet;

/**
 * Benchmark 4e: the impact preview a reviewer sees before approving a scheme change. The Nijmegen meedoenregeling's
 * income limit goes from 120% to 130% of the norm; old and new are evaluated for the same synthetic population, as on
 * the review page. Prints the time of each round after the first (the first includes JIT warm-up). Arguments:
 * households, rounds.
 */
public class EditorImpact {

	public static void main(String[] args) throws Exception {
		int households = Integer.parseInt(args[0]);
		int rounds = Integer.parseInt(args[1]);
		String id = "nijmegen-meedoenregeling";
		String file = "src/main/resources/schemes/lokaal/" + id + ".yaml";
		String yaml = Files.readString(Path.of(file), StandardCharsets.UTF_8);
		String changed = yaml.replace("waarde: \"120\"", "waarde: \"130\"");
		List<LocalSchemeDefinition> local = new ArrayList<>(RuleSet.bundledLocal());
		Schemes before = Schemes.withLocal(local);
		local.removeIf(l -> l.id().equals(id));
		local.add(LocalSchemeFileReader.read(file, changed.getBytes(StandardCharsets.UTF_8)));
		Schemes after = Schemes.withLocal(local);
		long start = System.nanoTime();
		List<Household> population = SchemePreviews.population(households, SchemePreviews.SEED);
		System.out.printf("4e  population of %,d households generated and parsed in %d ms%n", households,
				(System.nanoTime() - start) / 1_000_000);
		LocalDate date = LocalDate.of(2026, 3, 1);
		for (int round = 1; round <= rounds; round++) {
			SchemePreviews.Impact impact = SchemePreviews.impact(before, after, id, "0268", date, population);
			System.out.printf("4e  round %d: %d ms on %d cores; entitled %d -> %d, gain %d, lose %d, cost %s -> %s%n",
					round, impact.millis(), Runtime.getRuntime().availableProcessors(), impact.entitledBefore(),
					impact.entitledAfter(), impact.gain(), impact.lose(), impact.costBefore(), impact.costAfter());
		}
	}

}
