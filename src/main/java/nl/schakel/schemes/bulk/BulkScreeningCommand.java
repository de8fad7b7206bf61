// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.schakel.schemes.Period;
import nl.schakel.schemes.Schemes;

/**
 * Bulk screening from the command line, without Spring:
 *
 * <pre>
 * BulkScreeningCommand --in households.csv --out results/ --period 2026-03
 *     [--reference-date 2026-03-01] [--schemes zorgtoeslag,huurtoeslag] [--threads 2]
 * </pre>
 *
 * Writes {@code results.csv}, {@code errors.csv} and {@code neighbourhoods.csv} into the output directory and a
 * one-line summary (counts and time, no personal data) to standard output. Exit code 0 when the run finished (also
 * with bad rows: they are in errors.csv), 1 when the file could not be read at all, 2 on wrong arguments.
 */
public final class BulkScreeningCommand {

	private BulkScreeningCommand() {
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		if (args.length % 2 != 0 || !options.containsKey("--in") || !options.containsKey("--out")
				|| !options.containsKey("--period")) {
			System.err.println("usage: --in <households.csv> --out <dir> --period <2026|2026-03> "
					+ "[--reference-date <yyyy-mm-dd>] [--schemes <id,id>] [--threads <n>]");
			System.exit(2);
			return;
		}
		Period period = Period.parse(options.get("--period"));
		LocalDate referenceDate = options.containsKey("--reference-date")
				? LocalDate.parse(options.get("--reference-date")) : period.start();
		int threads = Integer.parseInt(options.getOrDefault("--threads",
				Integer.toString(Runtime.getRuntime().availableProcessors())));
		Schemes schemes = Schemes.national();
		Screening screening = options.containsKey("--schemes")
				? Screening.national(schemes, referenceDate, period, Arrays.asList(options.get("--schemes").split(",")))
				: Screening.national(schemes, referenceDate, period);
		Path out = Path.of(options.get("--out"));
		Files.createDirectories(out);
		try (BufferedReader in = Files.newBufferedReader(Path.of(options.get("--in")), StandardCharsets.UTF_8);
				Writer results = Files.newBufferedWriter(out.resolve("results.csv"), StandardCharsets.UTF_8);
				Writer errors = Files.newBufferedWriter(out.resolve("errors.csv"), StandardCharsets.UTF_8);
				Writer aggregates = Files.newBufferedWriter(out.resolve("neighbourhoods.csv"), StandardCharsets.UTF_8)) {
			BulkScreening.Summary summary = new BulkScreening(screening, period.wholeYear(), threads).run(in, results,
					errors, aggregates, new BulkScreening.Progress());
			System.out.printf("households=%d errors=%d seconds=%.3f schemes=%s threads=%d%n", summary.households(),
					summary.errors(), summary.nanos() / 1e9, String.join(",", List.copyOf(screening.schemeIds())),
					threads);
		}
		catch (RowException e) {
			System.err.println("Het bestand kan niet worden gelezen: " + e.getMessage());
			System.exit(1);
		}
	}

}
