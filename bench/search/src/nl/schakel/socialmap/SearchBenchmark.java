// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * The sociale kaart search at national scale: builds the Lucene index of a synthetic directory, then runs the same
 * seeded mix of searches against it and against PostgreSQL full-text search on the same data, one search at a time,
 * after a warm-up, and prints build time, index size and latency percentiles side by side. Run by
 * {@code bench/search.sh}; settings are environment variables (see bench/README.md).
 */
public final class SearchBenchmark {

	/** The day the synthetic directory and the searches are relative to; fixed so that runs compare. */
	static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 25);

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int services = intSetting("SERVICES", 1_000_000);
		int locations = intSetting("LOCATIONS", (int) Math.round(services * 0.4));
		int queries = intSetting("QUERIES", 3_500);
		int warmup = intSetting("WARMUP", 3_500);
		// PostgreSQL has no JIT to warm up, only caches, which the load has just filled; fewer searches do.
		int pgWarmup = intSetting("PG_WARMUP", 700);
		long seed = intSetting("SEED", 42);
		String directoryKind = System.getenv().getOrDefault("DIRECTORY", "memory");
		boolean postgres = !"0".equals(System.getenv("POSTGRES"));
		boolean plans = "1".equals(System.getenv("PLANS"));
		Path work = Path.of(System.getenv().getOrDefault("WORK", System.getProperty("java.io.tmpdir")));

		NeedsTaxonomy taxonomy = NeedsTaxonomy.load();
		Path municipalities = Path.of(System.getenv().getOrDefault("MUNICIPALITIES",
				"../shared/reference/geo/cbs_gemeenten_2025.csv"));
		var directory = new SyntheticDirectory(taxonomy, municipalities, seed, services, locations, REFERENCE_DATE);
		String loadBefore = loadAverage();
		System.err.printf("==> %,d services at %,d locations, seed %d, %s directory%n", services,
				directory.locations(), seed, directoryKind);

		long generateStart = System.nanoTime();
		long checksum = 0;
		for (ServiceListing listing : directory.all()) {
			checksum += listing.name().length();
		}
		long generateMillis = (System.nanoTime() - generateStart) / 1_000_000;
		System.err.printf("==> generating the listings alone: %,d ms (checksum %d)%n", generateMillis, checksum);

		Directory index = "mmap".equals(directoryKind)
				? new MMapDirectory(Files.createTempDirectory(work, "schakel-search-index"))
				: new ByteBuffersDirectory();
		List<QueryMix.Search> measured;
		Map<String, long[]> ours = new java.util.LinkedHashMap<>();
		long buildMillis;
		long indexBytes;
		int segments;
		long buildCpuMillis;
		long[] ourCpu = new long[queries];
		double ourHits;
		long ourTotalHits = 0;
		try (LuceneServiceSearch search = new LuceneServiceSearch(taxonomy, index)) {
			long buildStart = System.nanoTime();
			long buildCpuStart = processCpuNanos();
			search.rebuild(directory.all());
			buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
			buildCpuMillis = (processCpuNanos() - buildCpuStart) / 1_000_000;
			indexBytes = size(index);
			segments = SegmentInfos.readLatestCommit(index).size();
			System.err.printf("==> Lucene index: %,d documents in %,d ms, %,d bytes, %d segments%n", search.size(),
					buildMillis, indexBytes, segments);

			List<QueryMix.Search> warm = QueryMix.of(directory, seed + 1, warmup);
			measured = QueryMix.of(directory, seed, queries);
			System.err.printf("==> Lucene: %,d warm-up searches, then %,d measured%n", warm.size(), measured.size());
			for (QueryMix.Search s : warm) {
				search.search(s.query());
			}
			long[] rows = new long[1];
			long[] total = new long[1];
			var threads = java.lang.management.ManagementFactory.getThreadMXBean();
			int[] next = new int[1];
			ours = time(measured, s -> {
				long cpu = threads.getCurrentThreadCpuTime();
				SearchResult result = search.search(s.query());
				ourCpu[next[0]++] = threads.getCurrentThreadCpuTime() - cpu;
				rows[0] += result.hits().size();
				total[0] += result.total();
			});
			ourHits = rows[0] / (double) measured.size();
			ourTotalHits = total[0] / measured.size();

			Map<String, long[]> peer = Map.of();
			double peerHits = 0;
			String pgVersion = "-";
			PostgresSearch.LoadTimes load = null;
			if (postgres) {
				Path pgData = Files.createTempDirectory(work, "schakel-search-pg");
				System.err.println("==> PostgreSQL: starting and loading " + pgData);
				try (PostgresSearch pg = PostgresSearch.start(pgData)) {
					pgVersion = pg.version();
					load = pg.load(taxonomy, directory.all());
					System.err.printf("==> PostgreSQL: copy %,d ms, indexes %,d ms, vacuum analyze %,d ms%n",
							load.copyMillis(), load.indexMillis(), load.analyzeMillis());
					List<QueryMix.Search> pgWarm = warm.subList(0, Math.min(pgWarmup, warm.size()));
					List<Set<String>> warmConcepts = concepts(search, pgWarm);
					List<Set<String>> concepts = concepts(search, measured);
					System.err.printf("==> PostgreSQL: %,d warm-up searches, then %,d measured%n", pgWarm.size(),
							measured.size());
					for (int i = 0; i < pgWarm.size(); i++) {
						pg.search(pgWarm.get(i).query(), warmConcepts.get(i));
					}
					long[] pgRows = new long[1];
					int[] at = new int[1];
					peer = time(measured, s -> pgRows[0] += pg.search(s.query(), concepts.get(at[0]++)));
					peerHits = pgRows[0] / (double) measured.size();
					if (plans) {
						printPlans(pg, search, measured);
					}
				}
			}
			report(services, directory.locations(), seed, directoryKind, queries,
					String.format("%,d (Lucene) / %,d (PostgreSQL)", warmup, postgres ? Math.min(pgWarmup, warmup) : 0),
					generateMillis, buildMillis,
					buildCpuMillis, indexBytes, segments, ours, sorted(ourCpu), ourHits, ourTotalHits, peer, peerHits, pgVersion, load, loadBefore);
		}
	}

	@FunctionalInterface
	private interface Engine {

		void run(QueryMix.Search search) throws Exception;

	}

	/** Nanoseconds per search, by kind and over all ("all"). */
	private static Map<String, long[]> time(List<QueryMix.Search> searches, Engine engine) throws Exception {
		long[] all = new long[searches.size()];
		Map<QueryMix.Kind, List<Long>> byKind = new EnumMap<>(QueryMix.Kind.class);
		for (int i = 0; i < searches.size(); i++) {
			QueryMix.Search search = searches.get(i);
			long start = System.nanoTime();
			engine.run(search);
			all[i] = System.nanoTime() - start;
			byKind.computeIfAbsent(search.kind(), k -> new ArrayList<>()).add(all[i]);
		}
		Map<String, long[]> times = new java.util.LinkedHashMap<>();
		times.put("all", sorted(all));
		byKind.forEach((kind, list) -> times.put(kind.label, sorted(list.stream().mapToLong(Long::longValue).toArray())));
		return times;
	}

	private static List<Set<String>> concepts(LuceneServiceSearch search, List<QueryMix.Search> searches) {
		List<Set<String>> concepts = new ArrayList<>();
		for (QueryMix.Search s : searches) {
			concepts.add(s.query().text() == null ? Set.of() : search.conceptsIn(s.query().text()));
		}
		return concepts;
	}

	private static void printPlans(PostgresSearch pg, LuceneServiceSearch search, List<QueryMix.Search> searches)
			throws SQLException {
		System.out.println();
		System.out.println("PostgreSQL plans, first search of each kind:");
		Set<QueryMix.Kind> seen = java.util.EnumSet.noneOf(QueryMix.Kind.class);
		for (QueryMix.Search s : searches) {
			if (seen.add(s.kind())) {
				Set<String> concepts = s.query().text() == null ? Set.of() : search.conceptsIn(s.query().text());
				System.out.println("-- " + s.kind().label + ": " + describe(s.query()) + ", concepts " + concepts);
				System.out.println(pg.explain(s.query(), concepts));
			}
		}
	}

	static String describe(SearchQuery q) {
		List<String> parts = new ArrayList<>();
		if (q.text() != null) {
			parts.add("\"" + q.text() + "\"");
		}
		if (!q.termCodes().isEmpty()) {
			parts.add("need " + q.termCodes());
		}
		if (q.near() != null) {
			parts.add(String.format("within %.0f km of %.4f,%.4f", q.near().radiusKm(), q.near().latitude(),
					q.near().longitude()));
		}
		if (q.openOn() != null) {
			parts.add("open " + q.openOn() + " " + q.openAt());
		}
		return String.join(", ", parts);
	}

	private static void report(int services, int locations, long seed, String directoryKind, int queries, String warmup,
			long generateMillis, long buildMillis, long buildCpuMillis, long indexBytes, int segments,
			Map<String, long[]> ours, long[] ourCpu, double ourHits,
			long ourTotalHits, Map<String, long[]> peer, double peerHits, String pgVersion,
			PostgresSearch.LoadTimes load, String loadBefore) throws IOException {
		System.out.println();
		System.out.printf("Sociale kaart search at national scale, %s%n",
				java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).format(
						java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
		System.out.printf("  machine: %d CPUs, %s, %.1f GiB RAM%n", Runtime.getRuntime().availableProcessors(),
				cpuModel(), memoryGiB());
		System.out.printf("  JDK: %s %s, max heap %,d MiB; PostgreSQL: %s%n", System.getProperty("java.vm.name"),
				Runtime.version(), Runtime.getRuntime().maxMemory() >> 20, pgVersion);
		System.out.printf("  load average (1/5/15 min): before %s, after %s%n", loadBefore, loadAverage());
		System.out.printf("  data: %,d services at %,d locations, seed %d; %,d measured searches after %s warm-up "
				+ "searches, one at a time%n", services, locations, seed, queries, warmup);
		System.out.println();
		System.out.printf("Index build (Lucene, %s directory)%n", directoryKind);
		row("build time, generating included", String.format("%.1f s", buildMillis / 1000.0),
				"goal <= 60 s at 1M: " + (services >= 1_000_000 ? verdict(buildMillis <= 60_000) : "not at 1M"));
		row("CPU time of the build (all threads)", String.format("%.1f s", buildCpuMillis / 1000.0), "");
		row("of which generating the listings", String.format("~%.1f s", generateMillis / 1000.0), "");
		row("index size", String.format("%,d bytes (%.0f MiB), %d segments", indexBytes, indexBytes / 1048576.0,
				segments), "");
		if (load != null) {
			row("PostgreSQL: copy / indexes / analyze",
					String.format("%.1f / %.1f / %.1f s", load.copyMillis() / 1000.0, load.indexMillis() / 1000.0,
							load.analyzeMillis() / 1000.0), "");
			row("PostgreSQL: table / index size", String.format("%,d / %,d bytes", load.tableBytes(), load.indexBytes()),
					"");
		}
		System.out.println();
		System.out.println("Search latency, ms (p50 / p99 / p99.9); ratio = PostgreSQL / Schakel");
		System.out.printf("  %-28s %-26s %-26s %-14s %s%n", "", "Schakel (Lucene)", "PostgreSQL FTS", "ratio p50/p99",
				"searches");
		for (Map.Entry<String, long[]> entry : ours.entrySet()) {
			long[] mine = entry.getValue();
			long[] theirs = peer.get(entry.getKey());
			System.out.printf("  %-28s %-26s %-26s %-14s %d%n", entry.getKey(), percentiles(mine),
					theirs == null ? "-" : percentiles(theirs),
					theirs == null ? "-"
							: String.format("%.1f / %.1f", ratio(theirs, mine, 0.5), ratio(theirs, mine, 0.99)),
					mine.length);
		}
		System.out.printf("  Schakel CPU time of the searching thread, ms (p50 / p99 / p99.9): %s%n", percentiles(ourCpu));
		System.out.printf("  rows returned per search (mean): Schakel %.1f, PostgreSQL %.1f; Schakel total matches "
				+ "per search (mean): %,d%n", ourHits, peerHits, ourTotalHits);
		long[] all = ours.get("all");
		long[] peerAll = peer.get("all");
		System.out.println();
		System.out.printf("  goal p99 <= 10 ms: %s (%.2f ms)%n", verdict(percentile(all, 0.99) <= 10_000_000),
				percentile(all, 0.99) / 1e6);
		if (peerAll != null) {
			System.out.printf("  goal >= 5x faster than PostgreSQL at p99: %s (%.1fx)%n",
					verdict(ratio(peerAll, all, 0.99) >= 5), ratio(peerAll, all, 0.99));
		}
	}

	private static void row(String label, String value, String goal) {
		System.out.printf("  %-38s %-34s %s%n", label, value, goal);
	}

	private static String verdict(boolean met) {
		return met ? "met" : "NOT met";
	}

	private static String percentiles(long[] sorted) {
		return String.format("%.2f / %.2f / %.2f", percentile(sorted, 0.5) / 1e6, percentile(sorted, 0.99) / 1e6,
				percentile(sorted, 0.999) / 1e6);
	}

	private static double ratio(long[] theirs, long[] mine, double q) {
		return percentile(theirs, q) / (double) percentile(mine, q);
	}

	/** Nearest-rank percentile of sorted values. */
	static long percentile(long[] sorted, double q) {
		int rank = (int) Math.ceil(q * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static long[] sorted(long[] values) {
		long[] copy = values.clone();
		Arrays.sort(copy);
		return copy;
	}

	private static long size(Directory directory) throws IOException {
		long bytes = 0;
		for (String file : directory.listAll()) {
			bytes += directory.fileLength(file);
		}
		return bytes;
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static int intSetting(String name, int fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : Integer.parseInt(value.replace("_", ""));
	}

	private static String loadAverage() throws IOException {
		String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
		return parts[0] + " " + parts[1] + " " + parts[2];
	}

	private static String cpuModel() throws IOException {
		return Files.readAllLines(Path.of("/proc/cpuinfo"))
			.stream()
			.filter(line -> line.startsWith("model name"))
			.map(line -> line.substring(line.indexOf(':') + 1).trim())
			.findFirst()
			.orElse("unknown CPU");
	}

	private static double memoryGiB() throws IOException {
		return Files.readAllLines(Path.of("/proc/meminfo"))
			.stream()
			.filter(line -> line.startsWith("MemTotal:"))
			.mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
			.findFirst()
			.orElse(0) / 1048576.0;
	}

}
