// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The live meetings of the sociale kaart: stored, listed by occurrence, and offered as iCalendar feeds. */
@Service
@Transactional
public class Events {

	private static final String SELECT = """
			select e.*, o.name as organization_name, l.name as location_name, l.doc::text as location_doc
			from sm_event e join sm_organization o on o.id = e.organization_id
			left join sm_location l on l.id = e.location_id
			""";

	/**
	 * Which events to show: any combination of organisation, municipality, postcode areas (a pc4 or the areas of a
	 * neighbourhood) and needs (an event matches when it carries one of them, or a narrower one).
	 */
	public record Filter(@Nullable UUID organizationId, @Nullable String municipalityCode, Set<String> postcodeAreas,
			Set<String> needCodes) {

		public static final Filter ALL = new Filter(null, null, Set.of(), Set.of());

		public Filter {
			postcodeAreas = Set.copyOf(postcodeAreas);
			needCodes = Set.copyOf(needCodes);
		}

	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Events(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Adds or replaces an event; the same event twice changes nothing. */
	public void store(Event event) {
		jdbc.sql("""
				insert into sm_event (id, organization_id, location_id, kind, title_nl, title_en, description_nl,
				                      description_en, starts_at, ends_at, rrule, need_codes, free)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set organization_id = excluded.organization_id,
				  location_id = excluded.location_id, kind = excluded.kind, title_nl = excluded.title_nl,
				  title_en = excluded.title_en, description_nl = excluded.description_nl,
				  description_en = excluded.description_en, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
				  rrule = excluded.rrule, need_codes = excluded.need_codes, free = excluded.free, updated_at = now()""")
			.params(event.id(), event.organizationId(), event.locationId(), event.kind(), event.titleNl(),
					event.titleEn(), event.descriptionNl(), event.descriptionEn(), Timestamp.valueOf(event.startsAt()),
					Timestamp.valueOf(event.endsAt()), event.rrule(), event.needCodes().toArray(String[]::new),
					event.free())
			.update();
	}

	/** The events matching the filter, as stored (recurring ones once, with their rule), for calendar feeds. */
	@Transactional(readOnly = true)
	public List<Event.Occurrence> events(Filter filter) {
		List<Event.Occurrence> events = new ArrayList<>();
		query(filter, (event, organization, place) -> events
			.add(new Event.Occurrence(event, organization, place, event.startsAt(), event.endsAt())));
		return events;
	}

	/** Every occurrence that starts in [from, to), in time order. */
	@Transactional(readOnly = true)
	public List<Event.Occurrence> occurrences(Filter filter, LocalDateTime from, LocalDateTime to) {
		List<Event.Occurrence> occurrences = new ArrayList<>();
		query(filter, (event, organization, place) -> {
			Duration length = Duration.between(event.startsAt(), event.endsAt());
			List<LocalDateTime> starts = event.rrule() == null ? List.of(event.startsAt())
					: Recurrence.parse(event.rrule()).starts(event.startsAt(), to);
			for (LocalDateTime start : starts) {
				if (!start.isBefore(from.minus(length)) && start.isBefore(to)) {
					occurrences.add(new Event.Occurrence(event, organization, place, start, start.plus(length)));
				}
			}
		});
		occurrences.sort(Comparator.comparing(Event.Occurrence::start).thenComparing(o -> o.event().titleNl()));
		return occurrences;
	}

	private interface Row {

		void accept(Event event, String organization, @Nullable String place);

	}

	private void query(Filter filter, Row row) {
		var where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		if (filter.organizationId() != null) {
			where.append(" and e.organization_id = ?");
			params.add(filter.organizationId());
		}
		if (filter.municipalityCode() != null) {
			where.append(" and l.municipality_code = ?");
			params.add(filter.municipalityCode());
		}
		if (!filter.postcodeAreas().isEmpty()) {
			where.append(" and substring(l.postcode from 1 for 4) = any(?)");
			params.add(filter.postcodeAreas().toArray(String[]::new));
		}
		if (!filter.needCodes().isEmpty()) {
			where.append(" and exists (select 1 from unnest(e.need_codes) c, unnest(?::text[]) wanted"
					+ " where c = wanted or c like wanted || '.%')");
			params.add(filter.needCodes().toArray(String[]::new));
		}
		jdbc.sql(SELECT + where + " order by e.starts_at, e.id").params(params).query(rs -> {
			var event = new Event(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
					rs.getObject("location_id", UUID.class), rs.getString("kind"), rs.getString("title_nl"),
					rs.getString("title_en"), rs.getString("description_nl"), rs.getString("description_en"),
					rs.getTimestamp("starts_at").toLocalDateTime(), rs.getTimestamp("ends_at").toLocalDateTime(),
					rs.getString("rrule"), List.of((String[]) rs.getArray("need_codes").getArray()),
					rs.getBoolean("free"));
			row.accept(event, rs.getString("organization_name"), place(rs.getString("location_name"),
					rs.getString("location_doc")));
		});
	}

	private @Nullable String place(@Nullable String name, @Nullable String doc) {
		if (doc == null) {
			return name;
		}
		JsonNode address = json.readTree(doc).path("addresses").path(0);
		String street = address.path("address_1").asString("");
		String city = address.path("city").asString("");
		String where = String.join(", ", java.util.stream.Stream.of(street, city).filter(s -> !s.isBlank()).toList());
		if (name == null || name.isBlank()) {
			return where.isEmpty() ? null : where;
		}
		return where.isEmpty() ? name : name + ", " + where;
	}

}
