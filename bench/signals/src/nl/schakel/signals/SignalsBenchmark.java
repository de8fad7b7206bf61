// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.schakel.Schakel;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.region.MunicipalityCode;

/**
 * Vroegsignalering at national scale (issue 6): SIGNALS generated signals taken through Schakel's intake (validation,
 * encryption, blind indexes, matching to households, triage) in deliveries of 10,000, against a bare PostgreSQL COPY
 * of the same rows into one table in the same database and the same run; then the work-queue page over HTTP as the
 * demo vroegsignalering team. Prints the figures; see bench/README.md.
 */
public final class SignalsBenchmark {

	private SignalsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = Integer.parseInt(System.getenv().getOrDefault("SIGNALS", "1000000"));
		long seed = Long.parseLong(System.getenv().getOrDefault("SEED", "42"));
		int batch = SignalIntake.MAX_SIGNALS;
		int requests = Integer.parseInt(System.getenv().getOrDefault("REQUESTS", "1000"));
		Path work = Path.of(System.getenv().getOrDefault("WORK", Files.createTempDirectory("signals-bench").toString()));
		// Command-line arguments, because the demo profile's own settings outrank default properties. A free port for
		// the database too: another Schakel on this machine may hold the default one.
		int databasePort;
		try (var socket = new java.net.ServerSocket(0)) {
			databasePort = socket.getLocalPort();
		}
		ConfigurableApplicationContext app = new SpringApplicationBuilder(Schakel.class).profiles("demo")
			.run("--schakel.data-dir=" + work.resolve("data"), "--server.port=0",
					"--schakel.embedded-db.port=" + databasePort, "--logging.level.root=WARN",
					"--logging.structured.format.console=", "--spring.main.banner-mode=off");
		try {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			Organisations organisations = app.getBean(Organisations.class);
			SignalIntake intake = app.getBean(SignalIntake.class);
			JsonMapper json = app.getBean(JsonMapper.class);
			waitForDemo(jdbc);
			List<MunicipalityCode> region = List.of(new MunicipalityCode("0268"));
			List<SignalGenerator.Creditor> creditors = new ArrayList<>();
			String[][] names = { { "Energie", "ENERGIELEVERANCIER", "3" }, { "Water", "DRINKWATERBEDRIJF", "2" },
					{ "Zorgverzekeraar", "ZORGVERZEKERAAR", "2" }, { "Woonstichting", "WONINGVERHUURDER", "2" } };
			for (String[] n : names) {
				for (int i = 0; i < Integer.parseInt(n[2]); i++) {
					creditors.add(new SignalGenerator.Creditor(organisations
						.create("Bench " + n[0] + " " + (i + 1) + " " + seed, OrganisationKind.CREDITOR, null, region)
						.value(), CreditorType.valueOf(n[1])));
				}
			}
			List<Integer> areas = new ArrayList<>();
			for (int pc4 = 6511; pc4 <= 6546; pc4++) {
				areas.add(pc4);
			}
			LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
			SignalGenerator generator = new SignalGenerator(seed, count, creditors, areas, today, json);
			System.out.printf("signals: %,d (seed %d), %d creditors, %d postcode areas, deliveries of %,d%n", count,
					seed, creditors.size(), areas.size(), batch);

			// The physical limit: the same rows, as CSV, copied into one table without checks or indexes.
			long generateStart = System.nanoTime();
			var csv = new StringBuilder(count * 160);
			for (int i = 0; i < count; i++) {
				csv.append(generator.signal(i).csv()).append('\n');
			}
			long generateNanos = System.nanoTime() - generateStart;
			jdbc.execute("""
					create unlogged table if not exists bench_copy (creditor_id uuid, reference text, creditor_type text,
					kind text, name text, bsn text, postcode text, house_number integer, addition text, amount_cents bigint,
					arrears_since date, signal_date date, end_of_supply date)""");
			jdbc.execute("truncate bench_copy");
			// A logged table, as signal is: the comparison is with what PostgreSQL must write for a durable row.
			jdbc.execute("alter table bench_copy set logged");
			DataSource dataSource = app.getBean(DataSource.class);
			long copyNanos;
			try (Connection connection = dataSource.getConnection()) {
				long start = System.nanoTime();
				long rows = connection.unwrap(PGConnection.class).getCopyAPI()
					.copyIn("copy bench_copy from stdin with (format csv)", new StringReader(csv.toString()));
				copyNanos = System.nanoTime() - start;
				System.out.printf("COPY: %,d rows in %.1f s (generating the CSV took %.1f s, not counted)%n", rows,
					copyNanos / 1e9, generateNanos / 1e9);
			}
			csv = null;

			long intakeNanos = 0;
			long generatedNanos = 0;
			int accepted = 0;
			int refused = 0;
			for (int from = 0; from < count; from += batch) {
				long g = System.nanoTime();
				List<SignalIntake.Entry> entries = new ArrayList<>(batch);
				for (int i = from; i < Math.min(count, from + batch); i++) {
					SignalGenerator.Generated s = generator.signal(i);
					entries.add(new SignalIntake.Entry(i - from, s.creditor(), s.json()));
				}
				long start = System.nanoTime();
				generatedNanos += start - g;
				DeliveryReceipt receipt = intake.take(entries, null, false);
				intakeNanos += System.nanoTime() - start;
				accepted += receipt.accepted();
				refused += receipt.refused();
				if ((from / batch) % 10 == 9) {
					System.out.printf("  intake: %,d signals in %.1f s%n", from + batch, intakeNanos / 1e9);
				}
			}
			System.out.printf("intake: %,d signals (%,d accepted, %,d refused) in %.1f s (generating took %.1f s, "
					+ "not counted)%n", count, accepted, refused, intakeNanos / 1e9, generatedNanos / 1e9);
			System.out.printf("cases: %,d; ratio intake / COPY: %.1f x%n",
					jdbc.queryForObject("select count(*) from signal_case", Long.class), (double) intakeNanos / copyNanos);
			// A team member works on one case in fifty, so that "only my cases" has something to page through.
			jdbc.update("update signal_case set assigned_to = ? where abs(hashtext(id::text)) % 50 = 0", worker(jdbc));
			jdbc.execute("analyze signal_case");
			jdbc.execute("analyze signal");

			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			queue(URI.create("http://localhost:" + port), requests);
			explain(jdbc);
		}
		finally {
			app.close();
		}
	}

	private static void waitForDemo(JdbcTemplate jdbc) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			Long accounts = jdbc.queryForObject(
					"select count(*) from account where username = 'vroegsignalering@nijmegen.demo'", Long.class);
			if (accounts != null && accounts > 0) {
				Thread.sleep(2000);
				return;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The demo data did not load");
	}

	/** Logs in as the demo team and measures queue pages: the top, filters, and pages deep in the queue. */
	private static void queue(URI base, int requests) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = http.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String form = "username=" + enc("vroegsignalering@nijmegen.demo") + "&password=" + enc("schakel-demo-2026")
				+ "&_csrf=" + enc(token.group(1));
		http.send(HttpRequest.newBuilder(base.resolve("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		List<String> pages = new ArrayList<>(List.of("/vroegsignalering", "/vroegsignalering?prioriteit=HIGH",
				"/vroegsignalering?prioriteit=NORMAL", "/vroegsignalering?mijn=1",
				"/vroegsignalering?wijk=" + firstNeighbourhood(http, base)));
		// Deep pages: follow the next link 20 times from the top.
		String next = "/vroegsignalering";
		Pattern nextLink = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");
		for (int i = 0; i < 20 && next != null; i++) {
			String body = http.send(HttpRequest.newBuilder(base.resolve(next)).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher m = nextLink.matcher(body);
			next = m.find() ? m.group(1).replace("&amp;", "&") : null;
			if (next != null) {
				pages.add(next);
			}
		}
		for (int i = 0; i < 200; i++) {
			get(http, base, pages.get(i % pages.size()));
		}
		long[] nanos = new long[requests];
		for (int i = 0; i < requests; i++) {
			nanos[i] = get(http, base, pages.get(i % pages.size()));
		}
		Arrays.sort(nanos);
		System.out.printf("queue pages over HTTP (%d kinds, %d requests, one client): p50 %.1f ms, p99 %.1f ms, "
				+ "max %.1f ms%n", pages.size(), requests, nanos[requests / 2] / 1e6,
				nanos[(int) Math.ceil(requests * 0.99) - 1] / 1e6, nanos[requests - 1] / 1e6);
	}

	private static String firstNeighbourhood(HttpClient http, URI base) throws Exception {
		String body = http.send(HttpRequest.newBuilder(base.resolve("/vroegsignalering")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		if (!body.contains("Werklijst")) {
			throw new IllegalStateException("Not logged in as the vroegsignalering team");
		}
		Matcher m = Pattern.compile("<option value=\"([a-z0-9-]+)\"").matcher(body);
		return m.find() ? m.group(1) : "";
	}

	private static long get(HttpClient http, URI base, String path) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		long nanos = System.nanoTime() - start;
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return nanos;
	}

	/**
	 * The plans of the queue's three shapes, with a position from the middle of the queue, as SignalCases sends them
	 * (the same SQL, with the parameters written in).
	 */
	private static void explain(JdbcTemplate jdbc) {
		var middle = jdbc.queryForMap("""
				select priority_rank, -score as neg, opened_at, id from signal_case where municipality_code = '0268'
				order by priority_rank, -score, opened_at, id offset (select count(*) / 2 from signal_case) limit 1""");
		String after = "(" + middle.get("priority_rank") + ", " + middle.get("neg") + ", '" + middle.get("opened_at")
				+ "', '" + middle.get("id") + "')";
		String columns = "c.id, c.pc4, c.priority, c.priority_rank, c.score, c.opened_at, c.assigned_to, "
				+ "c.signal_count, c.creditor_count, c.arrears_cents, c.last_signal";
		String order = " order by c.priority_rank, -c.score, c.opened_at, c.id limit 51";
		String keyset = " and (c.priority_rank, -c.score, c.opened_at, c.id) > " + after;
		var plans = new java.util.LinkedHashMap<String, String>();
		plans.put("whole queue, a page in the middle", "select q.* from unnest(cast(array['0268'] as text[])) as m (code) "
				+ "cross join lateral (select " + columns + " from signal_case c where c.municipality_code = m.code"
				+ keyset + order + ") q order by q.priority_rank, -q.score, q.opened_at, q.id limit 51");
		plans.put("one neighbourhood (4 postcode areas), priority NORMAL", "select q.* from unnest(cast(array[6535, 6536, "
				+ "6537, 6538] as integer[])) as a (pc4) cross join lateral (select " + columns
				+ " from signal_case c where c.municipality_code = '0268' and c.pc4 = a.pc4 and c.priority_rank = 2" + order
				+ ") q order by q.priority_rank, -q.score, q.opened_at, q.id limit 51");
		plans.put("only my cases", "select " + columns + " from signal_case c where c.assigned_to = '" + worker(jdbc) + "'"
				+ " and c.municipality_code = any(array['0268'])" + order);
		plans.forEach((name, sql) -> System.out.println("plan, " + name + ":\n  "
				+ String.join("\n  ", jdbc.queryForList("explain (analyze, costs off) " + sql, String.class))));
	}

	private static java.util.UUID worker(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select id from account where username = 'vroegsignalering@nijmegen.demo'",
				java.util.UUID.class);
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
