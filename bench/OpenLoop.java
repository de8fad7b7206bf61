// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator: sends requests at a fixed rate whatever the server does, and measures each latency
 * from the moment the request was due, not from when it was sent. A closed-loop tool such as wrk waits for an
 * answer before it sends the next request, so a slow server is asked less and its tail looks better than users
 * see it ("coordinated omission"); wrk2 fixes that, but is not packaged for Debian.
 *
 * <p>Usage: {@code java bench/OpenLoop.java URL RATE_PER_S SECONDS WARMUP_SECONDS [BODY_FILE]}; with a body file
 * the requests are POSTs of that file as application/json, otherwise GETs. Prints one line:
 * {@code sent ok errors rate p50 p90 p99 p999 max} (latencies in ms).
 */
public final class OpenLoop {

	public static void main(String[] args) throws Exception {
		URI uri = URI.create(args[0]);
		double rate = Double.parseDouble(args[1]);
		int seconds = Integer.parseInt(args[2]);
		int warmup = Integer.parseInt(args[3]);
		byte[] body = args.length > 4 ? Files.readAllBytes(Path.of(args[4])) : null;
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
		HttpRequest.Builder template = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(10))
			.header("Accept", "application/json")
			.header("Accept-Encoding", "gzip");
		HttpRequest request = body == null ? template.GET().build()
				: template.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofByteArray(body))
					.build();
		run(client, request, rate, warmup, null);
		long[] latencies = new long[(int) Math.ceil(rate * seconds)];
		Result result = run(client, request, rate, seconds, latencies);
		long[] done = Arrays.copyOf(latencies, result.ok);
		Arrays.sort(done);
		System.out.printf("sent %d ok %d errors %d rate %.1f/s p50 %.2f p90 %.2f p99 %.2f p999 %.2f max %.2f%n",
				result.sent, result.ok, result.errors.get(), result.sent / (double) seconds, ms(done, 0.50),
				ms(done, 0.90), ms(done, 0.99), ms(done, 0.999), done.length == 0 ? 0 : done[done.length - 1] / 1e6);
	}

	private record Result(int sent, int ok, AtomicInteger errors) {
	}

	private static Result run(HttpClient client, HttpRequest request, double rate, int seconds, long[] latencies)
			throws InterruptedException {
		long period = (long) (1e9 / rate);
		int total = (int) Math.ceil(rate * seconds);
		CountDownLatch finished = new CountDownLatch(total);
		AtomicInteger ok = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		long start = System.nanoTime();
		for (int i = 0; i < total; i++) {
			long due = start + i * period;
			long wait;
			while ((wait = due - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
				long latency = System.nanoTime() - due;
				if (failure == null && response.statusCode() / 100 == 2) {
					int slot = ok.getAndIncrement();
					if (latencies != null) {
						latencies[slot] = latency;
					}
				}
				else {
					errors.incrementAndGet();
				}
				finished.countDown();
			});
		}
		finished.await();
		return new Result(total, ok.get(), errors);
	}

	private static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
