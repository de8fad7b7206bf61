// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web.screening;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.schakel.schemes.Period;
import nl.schakel.schemes.Schemes;
import nl.schakel.schemes.bulk.BulkScreening;
import nl.schakel.schemes.bulk.RowException;
import nl.schakel.schemes.bulk.Screening;

/**
 * Screening runs started from the back office. The files hold personal data, so they live only in a private temporary
 * directory (owner-only permissions): the upload is deleted as soon as its run ends, the results 24 hours after the
 * upload or when the owner deletes them, and everything at the next start. Runs are kept in memory and go one at a
 * time, each on all cores. Logs carry the run's id and counts, never a row.
 */
@Component
class ScreeningJobs implements DisposableBean {

	static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;

	static final Duration KEEP = Duration.ofHours(24);

	static final List<String> FILES = List.of("results", "errors", "neighbourhoods");

	private static final Logger log = LoggerFactory.getLogger(ScreeningJobs.class);

	/** One directory per running Schakel, named by its process id, so two instances on one machine stay apart. */
	private static final String PREFIX = "schakel-screening-";

	enum State {
		WAITING, RUNNING, DONE, FAILED
	}

	/** One run; fields written by the run thread and read by page requests. */
	static final class Job {

		final UUID id;

		final UUID ownerId;

		final Instant createdAt;

		final Period period;

		final Path dir;

		final long size;

		final AtomicLong bytesRead = new AtomicLong();

		final BulkScreening.Progress progress = new BulkScreening.Progress();

		volatile State state = State.WAITING;

		volatile @Nullable String failure;

		volatile long millis;

		Job(UUID id, UUID ownerId, Instant createdAt, Period period, Path dir, long size) {
			this.id = id;
			this.ownerId = ownerId;
			this.createdAt = createdAt;
			this.period = period;
			this.dir = dir;
			this.size = size;
		}

		/** Percentage done, by the bytes of the upload read so far. */
		int percent() {
			if (state == State.DONE) {
				return 100;
			}
			return size == 0 ? 0 : (int) Math.min(99, bytesRead.get() * 100 / size);
		}

		boolean finished() {
			return state == State.DONE || state == State.FAILED;
		}

		UUID id() {
			return id;
		}

		Instant createdAt() {
			return createdAt;
		}

		Period period() {
			return period;
		}

		State state() {
			return state;
		}

		long households() {
			return progress.households();
		}

		long errors() {
			return progress.errors();
		}

		@Nullable String failure() {
			return failure;
		}

		Instant deletedAt() {
			return createdAt.plus(KEEP);
		}

	}

	private final Schemes schemes;

	private final Clock clock;

	private final Path root;

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "screening-runner");
		t.setDaemon(true);
		return t;
	});

	@Autowired
	ScreeningJobs(Schemes schemes, Clock clock) throws IOException {
		this(schemes, clock, Path.of(System.getProperty("java.io.tmpdir")));
	}

	ScreeningJobs(Schemes schemes, Clock clock, Path tmp) throws IOException {
		this.schemes = schemes;
		this.clock = clock;
		this.root = tmp.resolve(PREFIX + ProcessHandle.current().pid());
		deleteLeftovers(tmp);
		deleteTree(root);
		Files.createDirectories(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
	}

	/** Stores the upload and queues its run. */
	Job start(UUID ownerId, Period period, InputStream upload) throws IOException {
		UUID id = UUID.randomUUID();
		Path dir = Files.createDirectory(root.resolve(id.toString()),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		Path input = dir.resolve("households.csv");
		long size = Files.copy(upload, input);
		Job job = new Job(id, ownerId, clock.instant(), period, dir, size);
		jobs.put(id, job);
		runner.submit(() -> run(job, input));
		return job;
	}

	private void run(Job job, Path input) {
		job.state = State.RUNNING;
		long start = System.nanoTime();
		Screening screening = Screening.national(schemes, job.period.start(), job.period);
		int threads = Runtime.getRuntime().availableProcessors();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(counting(Files.newInputStream(input),
				job.bytesRead), StandardCharsets.UTF_8), 1 << 16);
				Writer results = Files.newBufferedWriter(job.dir.resolve("results.csv"));
				Writer errors = Files.newBufferedWriter(job.dir.resolve("errors.csv"));
				Writer aggregates = Files.newBufferedWriter(job.dir.resolve("neighbourhoods.csv"))) {
			new BulkScreening(screening, job.period.wholeYear(), threads).run(in, results, errors, aggregates,
					job.progress);
			job.state = State.DONE;
		}
		catch (RowException e) {
			job.failure = e.getMessage();
			job.state = State.FAILED;
		}
		catch (IOException | RuntimeException e) {
			// Class names and the place only: messages may quote a row of the file (personal data).
			Throwable root = e;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			StackTraceElement where = root.getStackTrace().length > 0 ? root.getStackTrace()[0] : null;
			log.warn("Screening run {} failed: {} caused by {} at {}", job.id, e.getClass().getName(),
					root.getClass().getName(), where);
			job.failure = "";
			job.state = State.FAILED;
		}
		finally {
			job.millis = (System.nanoTime() - start) / 1_000_000;
			deleteQuietly(input);
		}
		log.info("Screening run {} ended: {} households, {} rows refused, {} ms", job.id, job.households(),
				job.errors(), job.millis);
	}

	/** The owner's runs, newest first; a run of someone else is never shown. */
	List<Job> of(UUID ownerId) {
		return jobs.values()
			.stream()
			.filter(j -> j.ownerId.equals(ownerId))
			.sorted(Comparator.comparing(Job::createdAt).reversed())
			.toList();
	}

	Optional<Job> find(UUID id, UUID ownerId) {
		return Optional.ofNullable(jobs.get(id)).filter(j -> j.ownerId.equals(ownerId));
	}

	/** The path of a finished run's file, when the run is done and the name is one of {@link #FILES}. */
	Optional<Path> file(Job job, String name) {
		if (job.state != State.DONE || !FILES.contains(name)) {
			return Optional.empty();
		}
		Path path = job.dir.resolve(name + ".csv");
		return Files.exists(path) ? Optional.of(path) : Optional.empty();
	}

	void delete(Job job) {
		jobs.remove(job.id);
		if (job.finished()) {
			deleteTree(job.dir);
		}
		else {
			// A running job's files are deleted when it ends, by the sweep.
			jobs.put(job.id, job);
		}
	}

	@Scheduled(fixedDelay = 10 * 60 * 1000)
	void sweep() {
		Instant limit = clock.instant().minus(KEEP);
		for (Job job : List.copyOf(jobs.values())) {
			if (job.finished() && job.createdAt.isBefore(limit)) {
				jobs.remove(job.id);
				deleteTree(job.dir);
			}
		}
	}

	@Override
	public void destroy() {
		runner.shutdownNow();
		deleteTree(root);
	}

	/** Files of an instance that stopped without cleaning up (a crash, a kill) are deleted at the next start. */
	private static void deleteLeftovers(Path tmp) {
		try (Stream<Path> dirs = Files.list(tmp)) {
			dirs.filter(d -> d.getFileName().toString().startsWith(PREFIX)).forEach(d -> {
				String pid = d.getFileName().toString().substring(PREFIX.length());
				if (pid.matches("[0-9]{1,18}") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
					deleteTree(d);
				}
			});
		}
		catch (IOException | UncheckedIOException e) {
			log.warn("Could not look for old screening files: {}", e.getClass().getName());
		}
	}

	private static InputStream counting(InputStream in, AtomicLong count) {
		return new FilterInputStream(in) {

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					count.incrementAndGet();
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0) {
					count.addAndGet(n);
				}
				return n;
			}

		};
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException e) {
			log.warn("Could not delete a screening file: {}", e.getClass().getName());
		}
	}

	private static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(ScreeningJobs::deleteQuietly);
		}
		catch (IOException | UncheckedIOException e) {
			log.warn("Could not delete screening files: {}", e.getClass().getName());
		}
	}

}
