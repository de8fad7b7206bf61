// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.SchemeResult;
import nl.schakel.schemes.Status;

/**
 * Runs a household file through a {@link Screening}: streaming and in constant memory. The calling thread reads
 * lines in batches, a pool evaluates batches in parallel, and a writer takes them back in file order, so the output
 * has the rows in the order of the input. At most a few batches per core are in flight at any time.
 *
 * <p>A row that cannot be read goes to the error output with its line number and reason, and is skipped.
 */
public final class BulkScreening {

	static final int BATCH = 1024;

	private final Screening screening;

	private final boolean wholeYear;

	private final int threads;

	/**
	 * @param screening the schemes to evaluate
	 * @param wholeYear whether the amounts are per year (else per month)
	 * @param threads how many threads evaluate; the number of cores is a good choice
	 */
	public BulkScreening(Screening screening, boolean wholeYear, int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("At least 1 thread: " + threads);
		}
		this.screening = screening;
		this.wholeYear = wholeYear;
		this.threads = threads;
	}

	/** How far a run is; read from any thread. */
	public static final class Progress {

		private final AtomicLong households = new AtomicLong();

		private final AtomicLong errors = new AtomicLong();

		public long households() {
			return households.get();
		}

		public long errors() {
			return errors.get();
		}

	}

	/** What a run did. */
	public record Summary(long households, long errors, long nanos) {
	}

	/**
	 * Reads the header and every row of {@code in}, writes one result row per household to {@code results}, one row
	 * per bad line to {@code errors} and, at the end, the counts per neighbourhood and scheme to {@code aggregates}.
	 * A header that cannot be read is a {@link RowException} and nothing is written.
	 */
	public Summary run(BufferedReader in, Writer results, Writer errors, Writer aggregates, Progress progress)
			throws IOException {
		long start = System.nanoTime();
		String headerLine = in.readLine();
		if (headerLine == null) {
			throw new RowException("het bestand is leeg");
		}
		HouseholdCsv format = HouseholdCsv.header(headerLine);
		List<String> ids = screening.schemeIds();
		ResultCsv out = new ResultCsv(ids, wholeYear);
		NeighbourhoodTally tally = new NeighbourhoodTally(ids);
		results.write(out.header());
		errors.write("line,reason\n");
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "bulk-screening");
			t.setDaemon(true);
			return t;
		});
		BlockingQueue<Future<Batch>> inFlight = new ArrayBlockingQueue<>(threads * 3);
		CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> drain(inFlight, results, errors, tally,
				progress), Executors.newVirtualThreadPerTaskExecutor());
		try {
			long lineNumber = 1;
			List<String> lines = new ArrayList<>(BATCH);
			long first = 2;
			String line;
			while ((line = in.readLine()) != null) {
				lineNumber++;
				if (lines.isEmpty()) {
					first = lineNumber;
				}
				lines.add(line);
				if (lines.size() == BATCH) {
					submit(pool, inFlight, format, out, lines, first, writer);
					lines = new ArrayList<>(BATCH);
				}
			}
			if (!lines.isEmpty()) {
				submit(pool, inFlight, format, out, lines, first, writer);
			}
			put(inFlight, CompletableFuture.completedFuture(Batch.END), writer);
			writer.join();
		}
		finally {
			pool.shutdownNow();
		}
		tally.write(aggregates);
		results.flush();
		errors.flush();
		aggregates.flush();
		return new Summary(progress.households(), progress.errors(), System.nanoTime() - start);
	}

	private void submit(ExecutorService pool, BlockingQueue<Future<Batch>> inFlight, HouseholdCsv format,
			ResultCsv out, List<String> lines, long first, CompletableFuture<Void> writer) {
		List<String> batch = lines;
		put(inFlight, pool.submit(() -> evaluate(format, out, batch, first)), writer);
	}

	/** Blocks while the writer is behind; gives up when the writer has failed, so a full disk does not hang. */
	private static void put(BlockingQueue<Future<Batch>> inFlight, Future<Batch> batch, CompletableFuture<Void> writer) {
		try {
			while (!inFlight.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
				if (writer.isDone()) {
					writer.join();
					throw new IllegalStateException("The writer stopped early");
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", e);
		}
	}

	private Batch evaluate(HouseholdCsv format, ResultCsv out, List<String> lines, long first) {
		StringBuilder rows = new StringBuilder(lines.size() * 64 * (screening.schemeIds().size() + 1));
		StringBuilder bad = new StringBuilder();
		int n = screening.schemeIds().size();
		String[] neighbourhoods = new String[lines.size()];
		byte[] outcomes = new byte[lines.size() * n];
		int good = 0;
		int errors = 0;
		long lineNumber = first - 1;
		for (String line : lines) {
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			HouseholdCsv.Row row;
			List<SchemeResult> results;
			try {
				row = format.parse(line);
				results = screening.screen(row.household());
			}
			catch (RowException e) {
				ResultCsv.errorRow(bad, lineNumber, e.getMessage());
				errors++;
				continue;
			}
			catch (RuntimeException e) {
				// Not the message: it could quote a value from the row.
				ResultCsv.errorRow(bad, lineNumber, "de regels konden dit huishouden niet berekenen ("
						+ e.getClass().getSimpleName() + ")");
				errors++;
				continue;
			}
			out.row(rows, row, results);
			neighbourhoods[good] = row.neighbourhood();
			for (int s = 0; s < n; s++) {
				SchemeResult r = results.get(s);
				outcomes[good * n + s] = NeighbourhoodTally.outcome(r.status(),
						row.household().receives().contains(r.schemeId()));
			}
			good++;
		}
		return new Batch(rows, bad, neighbourhoods, outcomes, good, errors);
	}

	private static void drain(BlockingQueue<Future<Batch>> inFlight, Writer results, Writer errors,
			NeighbourhoodTally tally, Progress progress) {
		try {
			while (true) {
				Batch batch = inFlight.take().get();
				if (batch == Batch.END) {
					return;
				}
				results.append(batch.rows);
				errors.append(batch.errors);
				tally.add(batch.neighbourhoods, batch.outcomes, batch.good);
				progress.households.addAndGet(batch.good);
				progress.errors.addAndGet(batch.bad);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("A batch failed", e.getCause());
		}
	}

	private record Batch(StringBuilder rows, StringBuilder errors, String[] neighbourhoods, byte[] outcomes, int good,
			int bad) {

		static final Batch END = new Batch(new StringBuilder(), new StringBuilder(), new String[0], new byte[0], 0, 0);

	}

	static MoneyRange amount(SchemeResult r, boolean wholeYear) {
		return wholeYear ? r.perYear() : r.perMonth();
	}

	static boolean entitledOrPossible(Status status) {
		return status == Status.RECHT || status == Status.MOGELIJK;
	}

}
