// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Turns stored HSDS documents into the flat listings the search index takes. */
@Component
class ListingReader {

	private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY, "WE",
			DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY, "SU",
			DayOfWeek.SUNDAY);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final NeedsTaxonomy taxonomy;

	ListingReader(JdbcClient jdbc, JsonMapper json, NeedsTaxonomy taxonomy) {
		this.jdbc = jdbc;
		this.json = json;
		this.taxonomy = taxonomy;
	}

	/** Runs in its own transaction: it is called after the changing transaction has committed. */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	List<ServiceListing> read(Collection<UUID> serviceIds) {
		List<ServiceListing> listings = new ArrayList<>();
		if (!serviceIds.isEmpty()) {
			query("where s.id = any(?)", serviceIds.toArray(UUID[]::new), listings::add);
		}
		return listings;
	}

	/** Hands every listing to the sink as its row is read. */
	@Transactional(readOnly = true)
	void readAll(Consumer<ServiceListing> sink) {
		query("", null, sink);
	}

	private void query(String where, UUID @Nullable [] ids, Consumer<ServiceListing> sink) {
		var sql = jdbc.sql("""
				select s.id, s.doc::text as doc, s.status, s.last_verified, o.name as organization_name,
				       (select coalesce(json_agg(json_build_object('location_id', l.id, 'latitude', l.latitude,
				                 'longitude', l.longitude, 'postcode', l.postcode, 'municipality', l.municipality_code)), '[]')
				          from sm_service_at_location sal join sm_location l on l.id = sal.location_id
				         where sal.service_id = s.id)::text as places,
				       (select coalesce(array_agg(t.code), '{}') from sm_service_term st
				          join sm_taxonomy_term t on t.id = st.term_id where st.service_id = s.id and t.code is not null) as codes,
				       (select coalesce(array_agg(distinct a.value ->> 'taxonomy_term_id'), '{}')
				          from sm_service_at_location sal join sm_location l on l.id = sal.location_id
				          cross join jsonb_array_elements(coalesce(l.doc -> 'attributes', '[]'::jsonb)) a
				         where sal.service_id = s.id) as location_terms,
				       (select coalesce(json_object_agg(tr.field, tr.value), '{}') from sm_translation tr
				         where tr.resource_id = s.id and tr.language = 'en')::text as english
				from sm_service s join sm_organization o on o.id = s.organization_id
				""" + where);
		if (ids != null) {
			sql = sql.param(ids);
		}
		sql.query(rs -> {
			JsonNode doc = json.readTree(rs.getString("doc"));
			Set<String> codes = new LinkedHashSet<>(List.of((String[]) rs.getArray("codes").getArray()));
			codes.addAll(accessibility((String[]) rs.getArray("location_terms").getArray()));
			JsonNode english = json.readTree(rs.getString("english"));
			java.sql.Date verified = rs.getDate("last_verified");
			sink.accept(new ServiceListing(rs.getObject("id", UUID.class), doc.get("name").asString(),
					text(doc, "description"), rs.getString("organization_name"), textOrNull(english, "name"),
					textOrNull(english, "description"), codes, termWords(codes), languages(doc), free(doc),
					places(json.readTree(rs.getString("places"))), openings(doc),
					verified == null ? null : verified.toLocalDate(),
					!"inactive".equals(rs.getString("status")) && !"defunct".equals(rs.getString("status"))));
		});
	}

	/**
	 * Accessibility features of the locations where the service is offered, as taxonomy codes. A service at several
	 * locations carries the features of each, so a filter on them means "at one of its locations at least".
	 */
	private Set<String> accessibility(String[] termIds) {
		Set<String> codes = new LinkedHashSet<>();
		for (String id : termIds) {
			NeedsTaxonomy.Term term = taxonomy.termById(id);
			if (term != null && NeedsTaxonomy.ACCESSIBILITY.equals(term.kind())) {
				codes.add(term.code());
			}
		}
		return codes;
	}

	private List<String> termWords(Set<String> codes) {
		List<String> words = new ArrayList<>();
		for (String code : codes) {
			NeedsTaxonomy.Term term = taxonomy.term(code);
			if (term != null) {
				words.add(term.nameNl());
			}
		}
		return words;
	}

	private static Set<String> languages(JsonNode doc) {
		Set<String> codes = new LinkedHashSet<>();
		for (JsonNode language : iterate(doc.get("languages"))) {
			if (language.hasNonNull("code")) {
				codes.add(language.get("code").asString().toLowerCase(Locale.ROOT));
			}
		}
		return codes;
	}

	/** Free when the fees say so, or when every cost option costs nothing. */
	static boolean free(JsonNode doc) {
		String fees = text(doc, "fees_description").toLowerCase(Locale.ROOT);
		if (fees.startsWith("gratis") || fees.equals("free")) {
			return true;
		}
		JsonNode options = doc.get("cost_options");
		if (options == null || !options.isArray() || options.isEmpty()) {
			return false;
		}
		for (JsonNode option : options) {
			if (!option.hasNonNull("amount") || option.get("amount").decimalValue().compareTo(BigDecimal.ZERO) != 0) {
				return false;
			}
		}
		return true;
	}

	private static List<ServiceListing.Place> places(JsonNode places) {
		List<ServiceListing.Place> result = new ArrayList<>();
		for (JsonNode place : places) {
			result.add(new ServiceListing.Place(UUID.fromString(place.get("location_id").asString()),
					place.hasNonNull("latitude") ? place.get("latitude").asDouble() : null,
					place.hasNonNull("longitude") ? place.get("longitude").asDouble() : null,
					textOrNull(place, "postcode"), textOrNull(place, "municipality")));
		}
		return result;
	}

	/** Weekly schedules ({@code freq WEEKLY}, {@code byday}, {@code opens_at}, {@code closes_at}). */
	static List<ServiceListing.Opening> openings(JsonNode doc) {
		List<ServiceListing.Opening> openings = new ArrayList<>();
		for (JsonNode schedule : iterate(doc.get("schedules"))) {
			if (!"WEEKLY".equals(text(schedule, "freq")) || !schedule.hasNonNull("byday")) {
				continue;
			}
			LocalTime opens = time(text(schedule, "opens_at"));
			LocalTime closes = time(text(schedule, "closes_at"));
			if (opens == null || closes == null) {
				continue;
			}
			for (String day : schedule.get("byday").asString().split(",")) {
				DayOfWeek dayOfWeek = DAYS.get(day.trim().toUpperCase(Locale.ROOT));
				if (dayOfWeek != null) {
					openings.add(new ServiceListing.Opening(dayOfWeek, opens, closes));
				}
			}
		}
		return openings;
	}

	private static @Nullable LocalTime time(String text) {
		if (text.length() < 5) {
			return null;
		}
		try {
			return LocalTime.parse(text.substring(0, 5));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String text(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asString() : "";
	}

	private static @Nullable String textOrNull(JsonNode node, String field) {
		return node.hasNonNull(field) && !node.get(field).asString().isBlank() ? node.get(field).asString() : null;
	}

	private static Iterable<JsonNode> iterate(@Nullable JsonNode array) {
		return array == null || !array.isArray() ? List.of() : array;
	}

}
