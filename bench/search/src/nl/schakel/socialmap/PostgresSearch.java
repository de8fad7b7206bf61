// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The peer: the same directory in PostgreSQL, searched with its own full-text search. One row per service with a
 * stored {@code tsvector} (Dutch texts with the {@code dutch} configuration, English texts with {@code english}), a
 * GIN index on it and on the taxonomy codes, a GiST index on {@code ll_to_earth(latitude, longitude)}
 * ({@code earthdistance}) and on the opening periods.
 */
final class PostgresSearch implements AutoCloseable {

	private static final String SCHEMA = """
			create extension if not exists cube;
			create extension if not exists earthdistance;
			create table service (
			  id uuid primary key,
			  name text not null,
			  description text not null,
			  organization text not null,
			  name_en text,
			  description_en text,
			  term_words text not null,
			  term_codes text[] not null,
			  languages text[] not null,
			  free boolean not null,
			  latitude float8 not null,
			  longitude float8 not null,
			  postcode text not null,
			  municipality text not null,
			  open int4multirange not null,
			  verified date,
			  doc tsvector generated always as (
			    setweight(to_tsvector('dutch', name), 'A')
			    || setweight(to_tsvector('dutch', description || ' ' || organization || ' ' || term_words), 'B')
			    || setweight(to_tsvector('english', coalesce(name_en, '')), 'C')
			    || setweight(to_tsvector('english', coalesce(description_en, '')), 'D')) stored
			);
			""";

	private static final String INDEXES = """
			create index service_doc on service using gin (doc);
			create index service_codes on service using gin (term_codes);
			create index service_earth on service using gist (ll_to_earth(latitude, longitude));
			create index service_open on service using gist (open);
			""";

	private final EmbeddedPostgres postgres;

	private final Connection connection;

	private final Map<String, PreparedStatement> statements = new HashMap<>();

	/** How long loading took: rows (COPY, including the tsvector), indexes, and VACUUM ANALYZE, in milliseconds. */
	record LoadTimes(long copyMillis, long indexMillis, long analyzeMillis, long tableBytes, long indexBytes) {
	}

	private PostgresSearch(EmbeddedPostgres postgres) throws SQLException {
		this.postgres = postgres;
		this.connection = postgres.getPostgresDatabase().getConnection();
	}

	/**
	 * Starts an embedded PostgreSQL 17 with its data in {@code dataDir}, configured the way one would for a search
	 * workload on this machine: the whole table fits in shared buffers, random reads cost what they cost on SSD and
	 * JIT compilation (which costs more than it saves on queries this short) is off.
	 */
	static PostgresSearch start(Path dataDir) throws IOException, SQLException {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(true)
			.setServerConfig("shared_buffers", "2GB")
			.setServerConfig("effective_cache_size", "8GB")
			.setServerConfig("work_mem", "64MB")
			.setServerConfig("maintenance_work_mem", "1GB")
			.setServerConfig("random_page_cost", "1.1")
			.setServerConfig("jit", "off")
			.setServerConfig("max_wal_size", "8GB")
			// Only for a faster load; neither changes how a query runs.
			.setServerConfig("fsync", "off")
			.setServerConfig("full_page_writes", "off")
			.setPGStartupWait(java.time.Duration.ofSeconds(60))
			.start();
		return new PostgresSearch(postgres);
	}

	String version() throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("select version()")) {
			rows.next();
			return rows.getString(1);
		}
	}

	LoadTimes load(NeedsTaxonomy taxonomy, Iterable<ServiceListing> listings) throws SQLException, IOException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(SCHEMA);
		}
		long start = System.nanoTime();
		CopyIn copy = connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy service (id, name, description, organization, name_en, description_en, term_words, "
					+ "term_codes, languages, free, latitude, longitude, postcode, municipality, open, verified) from stdin");
		StringBuilder rows = new StringBuilder(1 << 20);
		for (ServiceListing listing : listings) {
			row(rows, taxonomy, listing);
			if (rows.length() > (1 << 20) - 4096) {
				byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
				copy.writeToCopy(bytes, 0, bytes.length);
				rows.setLength(0);
			}
		}
		byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		copy.endCopy();
		long copied = System.nanoTime();
		try (Statement statement = connection.createStatement()) {
			statement.execute(INDEXES);
			long indexed = System.nanoTime();
			statement.execute("vacuum analyze service");
			long analyzed = System.nanoTime();
			try (ResultSet sizes = statement.executeQuery(
					"select pg_table_size('service'), pg_indexes_size('service')")) {
				sizes.next();
				return new LoadTimes((copied - start) / 1_000_000, (indexed - copied) / 1_000_000,
						(analyzed - indexed) / 1_000_000, sizes.getLong(1), sizes.getLong(2));
			}
		}
	}

	/** A search as SQL with its parameters in order. */
	private record Sql(String text, List<Object> params) {
	}

	/**
	 * The same search as {@link LuceneServiceSearch}: any of the words (Dutch or English) or any taxonomy code they
	 * mean, the filters as exact conditions, ranked by text rank, meaning, nearness and recency; the first 20.
	 * Returns the number of rows.
	 */
	int search(SearchQuery query, Set<String> concepts) throws SQLException {
		Sql sql = sql(query, concepts);
		PreparedStatement statement = statements.get(sql.text());
		if (statement == null) {
			statement = connection.prepareStatement(sql.text());
			statements.put(sql.text(), statement);
		}
		bind(statement, sql.params());
		int count = 0;
		try (ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				count++;
			}
		}
		return count;
	}

	/** The SQL and the plan PostgreSQL chooses for a search, for the report. */
	String explain(SearchQuery query, Set<String> concepts) throws SQLException {
		Sql sql = sql(query, concepts);
		StringBuilder plan = new StringBuilder(sql.text()).append('\n');
		try (PreparedStatement statement = connection.prepareStatement("explain (analyze, costs off) " + sql.text())) {
			bind(statement, sql.params());
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					plan.append("    ").append(rows.getString(1)).append('\n');
				}
			}
		}
		return plan.toString();
	}

	private static Sql sql(SearchQuery query, Set<String> concepts) {
		List<String> where = new ArrayList<>();
		List<String> score = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		List<Object> scoreParams = new ArrayList<>();
		String words = words(query.text());
		if (!words.isEmpty()) {
			String tsquery = "(websearch_to_tsquery('dutch', ?) || websearch_to_tsquery('english', ?))";
			String[] codes = concepts.toArray(String[]::new);
			where.add("(doc @@ " + tsquery + " or term_codes && ?::text[])");
			params.addAll(List.of(words, words, codes));
			score.add("ts_rank(doc, " + tsquery + ")");
			score.add("case when term_codes && ?::text[] then 0.5 else 0 end");
			scoreParams.addAll(List.of(words, words, codes));
		}
		if (!query.termCodes().isEmpty()) {
			where.add("term_codes @> ?::text[]");
			params.add(query.termCodes().toArray(String[]::new));
		}
		if (query.openOn() != null && query.openAt() != null) {
			where.add("open @> ?::int4");
			params.add((query.openOn().getValue() - 1) * 24 * 60 + query.openAt().getHour() * 60
					+ query.openAt().getMinute());
		}
		if (query.near() != null) {
			var near = query.near();
			where.add("earth_box(ll_to_earth(?, ?), ?) @> ll_to_earth(latitude, longitude)");
			where.add("earth_distance(ll_to_earth(?, ?), ll_to_earth(latitude, longitude)) <= ?");
			params.addAll(List.of(near.latitude(), near.longitude(), near.radiusKm() * 1000, near.latitude(),
					near.longitude(), near.radiusKm() * 1000));
			score.add("2.0 * 2000 / (2000 + earth_distance(ll_to_earth(?, ?), ll_to_earth(latitude, longitude)))");
			scoreParams.addAll(List.of(near.latitude(), near.longitude()));
		}
		score.add("0.5 * greatest(0, 1 - (?::date - coalesce(verified, date '1970-01-01'))::float8 / 365)");
		scoreParams.add(java.sql.Date.valueOf(query.referenceDate()));
		params.addAll(scoreParams);
		return new Sql("select id, name, organization from service where "
				+ (where.isEmpty() ? "true" : String.join(" and ", where)) + " order by " + String.join(" + ", score)
				+ " desc limit " + query.size(), params);
	}

	private void bind(PreparedStatement statement, List<Object> params) throws SQLException {
		int index = 1;
		for (Object value : params) {
			set(statement, index++, value);
		}
	}

	private void set(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value instanceof String[] array) {
			statement.setArray(index, connection.createArrayOf("text", array));
		}
		else {
			statement.setObject(index, value);
		}
	}

	/** The words of a search text, joined with "or": any word may match, as in the Lucene search. */
	static String words(String text) {
		if (text == null) {
			return "";
		}
		Set<String> words = new LinkedHashSet<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && !word.equals("or")) {
				words.add(word);
			}
		}
		return String.join(" or ", words);
	}

	private static void row(StringBuilder out, NeedsTaxonomy taxonomy, ServiceListing listing) {
		ServiceListing.Place place = listing.places().getFirst();
		Set<String> codes = new LinkedHashSet<>();
		for (String code : listing.termCodes()) {
			NeedsTaxonomy.Term term = taxonomy.term(code);
			codes.addAll(term == null ? List.of(code) : term.withAncestors());
		}
		out.append(listing.id()).append('\t');
		text(out, listing.name()).append('\t');
		text(out, listing.description()).append('\t');
		text(out, listing.organizationName()).append('\t');
		text(out, listing.nameEn()).append('\t');
		text(out, listing.descriptionEn()).append('\t');
		text(out, String.join(" ", listing.termWords())).append('\t');
		array(out, codes).append('\t');
		array(out, listing.languages()).append('\t');
		out.append(listing.free() ? 't' : 'f').append('\t');
		out.append(place.latitude()).append('\t').append(place.longitude()).append('\t');
		text(out, place.postcode()).append('\t');
		text(out, place.municipalityCode()).append('\t');
		out.append('{');
		boolean first = true;
		for (ServiceListing.Opening opening : listing.openings()) {
			if (opening.endMinuteOfWeek() > opening.startMinuteOfWeek()) {
				out.append(first ? "" : ",")
					.append('[')
					.append(opening.startMinuteOfWeek())
					.append(',')
					.append(opening.endMinuteOfWeek())
					.append(']');
				first = false;
			}
		}
		out.append("}\t");
		out.append(listing.lastVerified() == null ? "\\N" : listing.lastVerified().toString()).append('\n');
	}

	private static StringBuilder text(StringBuilder out, String value) {
		if (value == null) {
			return out.append("\\N");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
		return out;
	}

	private static StringBuilder array(StringBuilder out, Set<String> values) {
		out.append('{');
		boolean first = true;
		for (String value : values) {
			out.append(first ? "\"" : ",\"").append(value.replace("\\", "").replace("\"", "")).append('"');
			first = false;
		}
		return out.append('}');
	}

	@Override
	public void close() throws IOException, SQLException {
		for (PreparedStatement statement : statements.values()) {
			statement.close();
		}
		connection.close();
		postgres.close();
	}

}
