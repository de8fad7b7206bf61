// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schakel.audit.Actor;
import nl.schakel.audit.AuditAction;
import nl.schakel.audit.AuditEntry;
import nl.schakel.audit.AuditLog;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.region.Neighbourhood;
import nl.schakel.region.Neighbourhoods;

/**
 * Removes the personal data of cases whose retention term has passed, and keeps only anonymous counts. The AVG
 * (art. 5 lid 1 onder e) forbids keeping the data of people who did not ask for help longer than needed; no term
 * could be verified in the Wgs or the Besluit, so the terms are the municipality's ({@link ReportingProperties}).
 * A case goes as a whole: its signals (with their encrypted details and blind indexes) and the case row.
 */
@Service
public class SignalRetention {

	private static final Logger log = LoggerFactory.getLogger(SignalRetention.class);

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final Neighbourhoods neighbourhoods;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final ReportingProperties properties;

	private final Clock clock;

	SignalRetention(JdbcClient jdbc, Neighbourhoods neighbourhoods, AuditLog audit, TransactionTemplate transactions,
			ReportingProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.neighbourhoods = neighbourhoods;
		this.audit = audit;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/** What one run removed in one municipality: counts only. */
	public record Run(UUID id, MunicipalityCode municipality, LocalDate referenceDate, int casesRemoved,
			int signalsRemoved) {
	}

	/** Every night, for every municipality with cases, one transaction each. */
	@Scheduled(cron = "${schakel.signals.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
	void nightly() {
		List<String> municipalities = jdbc.sql("select distinct municipality_code from signal_case order by 1")
			.query(String.class)
			.list();
		UUID runId = UUID.randomUUID();
		for (String code : municipalities) {
			Run run = purge(runId, new MunicipalityCode(code), clock);
			log.info("Retention run {} in {}: {} cases and {} signals removed", run.id(), code, run.casesRemoved(),
					run.signalsRemoved());
		}
	}

	/** Removes the expired cases of one municipality as of the clock's date. */
	public Run purge(MunicipalityCode municipality, Clock at) {
		return purge(UUID.randomUUID(), municipality, at);
	}

	private Run purge(UUID runId, MunicipalityCode municipality, Clock at) {
		LocalDate today = LocalDate.ofInstant(at.instant(), ZONE);
		ReportingProperties.Terms terms = properties.retention().terms(municipality.value());
		return Objects.requireNonNull(transactions.execute(status -> {
			List<UUID> expired = expired(municipality, today, terms, null);
			if (!expired.isEmpty()) {
				// Lock them, then check again: a signal that arrived meanwhile extends the term.
				jdbc.sql("select id from signal_case where id = any(?) for update")
					.param(expired.toArray(UUID[]::new))
					.query(UUID.class)
					.list();
				expired = expired(municipality, today, terms, expired);
			}
			int signals = expired.isEmpty() ? 0 : archiveAndRemove(municipality, expired);
			jdbc.sql("""
					insert into signal_retention_run (id, municipality_code, ran_at, reference_date, cases_removed,
					                                  signals_removed)
					values (?, ?, ?, ?, ?, ?)""")
				.params(runId, municipality.value(), Timestamp.from(at.instant().truncatedTo(ChronoUnit.MICROS)),
						Date.valueOf(today), expired.size(), signals)
				.update();
			audit.record(Actor.SYSTEM, new AuditEntry(AuditAction.DELETE, "signal-retention-run",
					runId + ":" + municipality.value(), "signals.retention"));
			return new Run(runId, municipality, today, expired.size(), signals);
		}));
	}

	/** A case with the facts that decide its term. */
	private record Candidate(UUID id, boolean pickedUp, LocalDate lastReceived, @Nullable LocalDate closedOn) {

		LocalDate removeOn(ReportingProperties.Terms terms) {
			if (closedOn != null) {
				return closedOn.plus(terms.afterClosing());
			}
			return lastReceived.plus(pickedUp ? terms.pickedUp() : terms.notPickedUp());
		}

	}

	private List<UUID> expired(MunicipalityCode municipality, LocalDate today, ReportingProperties.Terms terms,
			@Nullable List<UUID> among) {
		return jdbc.sql("""
				select c.id, c.picked_up_at is not null as picked_up, p.closed_on,
				       cast(coalesce(max(s.received_at), c.opened_at) at time zone 'Europe/Amsterdam' as date) as last_received
				from signal_case c
				left join signal s on s.case_id = c.id
				left join signal_case_progress p on p.case_id = c.id
				where c.municipality_code = :municipality and (cast(:among as uuid[]) is null or c.id = any(:among))
				group by c.id, p.closed_on""")
			.param("municipality", municipality.value())
			.param("among", among == null ? null : among.toArray(UUID[]::new))
			.query((rs, n) -> {
				Date closed = rs.getDate("closed_on");
				return new Candidate(rs.getObject("id", UUID.class), rs.getBoolean("picked_up"),
						rs.getDate("last_received").toLocalDate(), closed == null ? null : closed.toLocalDate());
			})
			.list()
			.stream()
			.filter(c -> !today.isBefore(c.removeOn(terms)))
			.map(Candidate::id)
			.toList();
	}

	private int archiveAndRemove(MunicipalityCode municipality, List<UUID> cases) {
		UUID[] ids = cases.toArray(UUID[]::new);
		List<Neighbourhood> areas = neighbourhoods.of(municipality);
		Map<List<Object>, Integer> signalCounts = new HashMap<>();
		jdbc.sql("""
				select pc4, cast(date_trunc('month', signal_date) as date) as month, creditor_type, count(*) as n
				from signal where case_id = any(?) group by 1, 2, 3""")
			.param(ids)
			.query(rs -> {
				List<Object> key = List.of(rs.getDate("month").toLocalDate(), rs.getString("creditor_type"),
						neighbourhoodOf(areas, rs.getInt("pc4")));
				signalCounts.merge(key, rs.getInt("n"), Integer::sum);
			});
		Map<List<Object>, Integer> caseCounts = new HashMap<>();
		jdbc.sql("""
				select c.pc4, c.picked_up_at is not null as picked_up, min(s.signal_date) as first_signal,
				       p.first_contact_on, p.reached, p.help_accepted
				from signal_case c
				join signal s on s.case_id = c.id
				left join signal_case_progress p on p.case_id = c.id
				where c.id = any(?)
				group by c.id, p.first_contact_on, p.reached, p.help_accepted""")
			.param(ids)
			.query(rs -> {
				LocalDate first = rs.getDate("first_signal").toLocalDate();
				Date contact = rs.getDate("first_contact_on");
				Integer days = contact == null ? null
						: (int) Math.max(0, ChronoUnit.DAYS.between(first, contact.toLocalDate()));
				List<Object> key = new ArrayList<>();
				key.add(first.withDayOfMonth(1));
				key.add(neighbourhoodOf(areas, rs.getInt("pc4")));
				key.add(rs.getBoolean("picked_up"));
				key.add(rs.getObject("reached", Boolean.class));
				key.add(rs.getObject("help_accepted", Boolean.class));
				key.add(days);
				caseCounts.merge(key, 1, Integer::sum);
			});
		signalCounts.forEach((key, n) -> jdbc.sql("""
				insert into signal_count (municipality_code, month, creditor_type, neighbourhood, signals)
				values (?, ?, ?, ?, ?)
				on conflict (municipality_code, month, creditor_type, neighbourhood)
				do update set signals = signal_count.signals + excluded.signals""")
			.params(municipality.value(), Date.valueOf((LocalDate) key.get(0)), key.get(1), key.get(2), n)
			.update());
		caseCounts.forEach((key, n) -> jdbc.sql("""
				insert into signal_case_count (municipality_code, month, neighbourhood, picked_up, reached,
				                               help_accepted, days_to_contact, cases)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (municipality_code, month, neighbourhood, picked_up, reached, help_accepted, days_to_contact)
				do update set cases = signal_case_count.cases + excluded.cases""")
			.params(municipality.value(), Date.valueOf((LocalDate) key.get(0)), key.get(1), key.get(2), key.get(3),
					key.get(4), key.get(5), n)
			.update());
		int signals = jdbc.sql("delete from signal where case_id = any(?)").param(ids).update();
		jdbc.sql("delete from signal_case where id = any(?)").param(ids).update();
		return signals;
	}

	static String neighbourhoodOf(List<Neighbourhood> areas, int pc4) {
		return areas.stream().filter(n -> n.postcodeAreas().contains(pc4)).map(Neighbourhood::id).findFirst().orElse("");
	}

}
