// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schakel.audit.AuditAction;
import nl.schakel.audit.AuditEntry;
import nl.schakel.audit.AuditLog;
import nl.schakel.organisation.ApiClientPrincipal;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.privacy.PersonalDataCipher;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.socialmap.Directory;

/**
 * Outreach on a case (Wgs art. 3 lid 1 onder b: after a signal the municipality offers help): contact attempts, the
 * outcome that closes the case, the letter's recipient and the coarse status that creditors may fetch. Only the team
 * of the case's municipality (which includes the assigned worker) reads or writes it, and every access is audited.
 * Bad input changes nothing and names each problem.
 */
@Service
public class Outreach {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	/** At most this many feedback lines per request; the client asks again from the last date. */
	public static final int FEEDBACK_LIMIT = 1000;

	private final JdbcClient jdbc;

	private final SignalCases cases;

	private final PersonalDataCipher cipher;

	private final JsonMapper json;

	private final Organisations organisations;

	private final Directory directory;

	private final AuditLog audit;

	private final Clock clock;

	Outreach(JdbcClient jdbc, SignalCases cases, PersonalDataCipher cipher, JsonMapper json,
			Organisations organisations, Directory directory, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.cipher = cipher;
		this.json = json;
		this.organisations = organisations;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** One logged contact attempt, with the name of the team member who logged it. */
	public record Attempt(UUID id, ContactKind kind, LocalDate date, ContactResult result, String recordedBy,
			Instant recordedAt) {
	}

	/** How and when a case closed; the service is set for a referral to a partner in the sociale kaart. */
	public record Closure(Outcome outcome, LocalDate closedOn, String closedBy, @Nullable UUID serviceId,
			@Nullable String serviceName) {
	}

	/**
	 * The outreach part of a case: every attempt, also before a reopening ({@code roundStart}); {@code newSignals}
	 * counts signals that came in after the case closed, which let the team reopen it.
	 */
	public record View(UUID caseId, MunicipalityCode municipality, LocalDate openedOn, List<Attempt> attempts,
			Instant roundStart, @Nullable Closure closure, FeedbackStatus feedback, OutreachSettings settings,
			int newSignals) {

		public boolean closed() {
			return closure != null;
		}

		public boolean exampleSettings() {
			return settings.equals(OutreachSettings.EXAMPLE);
		}

		/** Attempts since the case was last opened without reaching anyone; none count once someone was reached. */
		public long attemptsWithoutContact() {
			List<Attempt> round = attempts.stream().filter(a -> a.recordedAt().isAfter(roundStart)).toList();
			return round.stream().anyMatch(a -> a.result() == ContactResult.REACHED) ? 0 : round.size();
		}

	}

	/** A case as outreach needs it; {@code roundStart} is when it was last reopened, or the epoch. */
	private record CaseRow(MunicipalityCode municipality, LocalDate openedOn, @Nullable Outcome outcome,
			@Nullable LocalDate closedOn, @Nullable Instant closedAt, @Nullable UUID closedBy, @Nullable UUID service,
			Instant roundStart) {
	}

	/** The outreach of a case for its team; empty when no case has this id. The read is audited. */
	@Transactional
	public Optional<View> view(UUID caseId, SchakelUser viewer) {
		if (cases.municipalityFor(caseId, viewer).isEmpty()) {
			return Optional.empty();
		}
		audit.record(new AuditEntry(AuditAction.READ, "signal-outreach", caseId.toString(), "signals.outreach"));
		return Optional.of(load(caseId, viewer));
	}

	/**
	 * Logs a contact attempt. The date is not in the future and not before the case opened; the result must fit the
	 * kind (a phone call is not "sent"). When the municipality's number of attempts has passed without reaching
	 * anyone, the case closes by itself as {@link Outcome#NO_CONTACT} on the date of the last attempt.
	 *
	 * @throws OutreachRefusedException with every problem, changing nothing
	 */
	@Transactional
	public View logAttempt(UUID caseId, String kind, String date, String result, SchakelUser viewer) {
		CaseRow row = guarded(caseId, viewer);
		List<String> problems = new ArrayList<>();
		ContactKind parsedKind = parse(ContactKind.class, kind);
		ContactResult parsedResult = parse(ContactResult.class, result);
		if (parsedKind == null) {
			problems.add("signals.error.kind");
		}
		if (parsedResult == null) {
			problems.add("signals.error.result");
		}
		else if (parsedKind != null && !parsedResult.fits(parsedKind)) {
			problems.add("signals.error.resultKind");
		}
		LocalDate on = checkDate(date, row.openedOn(), problems, "signals.error.attemptDate");
		if (row.outcome() != null) {
			problems.add("signals.error.closed");
		}
		if (!problems.isEmpty()) {
			throw new OutreachRefusedException(problems);
		}
		record(caseId, parsedKind, on, parsedResult, viewer, row);
		return load(caseId, viewer);
	}

	/**
	 * Closes a case with its outcome and date; a referral to a partner names a service of the sociale kaart.
	 *
	 * @throws OutreachRefusedException with every problem (also: the case is already closed), changing nothing
	 */
	@Transactional
	public void close(UUID caseId, String outcome, String date, String service, SchakelUser viewer) {
		CaseRow row = guarded(caseId, viewer);
		List<String> problems = new ArrayList<>();
		Outcome parsed = parse(Outcome.class, outcome);
		if (parsed == null) {
			problems.add("signals.error.outcome");
		}
		LocalDate on = checkDate(date, row.openedOn(), problems, "signals.error.closeDate");
		UUID serviceId = null;
		if (parsed == Outcome.REFERRED_PARTNER) {
			try {
				serviceId = UUID.fromString(service.strip());
				if (directory.service(serviceId).isEmpty()) {
					serviceId = null;
				}
			}
			catch (IllegalArgumentException ex) {
				serviceId = null;
			}
			if (serviceId == null) {
				problems.add("signals.error.service");
			}
		}
		if (row.outcome() != null) {
			problems.add("signals.error.alreadyClosed");
		}
		if (!problems.isEmpty()) {
			throw new OutreachRefusedException(problems);
		}
		closeAs(caseId, parsed, on, serviceId, viewer);
	}

	/**
	 * Reopens a closed case because a signal came in after it closed: the closure is kept in the case's history, the
	 * count of attempts starts again, and only the new signals' creditors see their status start over.
	 *
	 * @throws OutreachRefusedException when the case is open or no signal came in after it closed
	 */
	@Transactional
	public void reopen(UUID caseId, SchakelUser viewer) {
		CaseRow row = guarded(caseId, viewer);
		if (row.outcome() == null || row.closedAt() == null) {
			throw new OutreachRefusedException(List.of("signals.error.notClosed"));
		}
		int newer = jdbc.sql("select count(*) from signal where case_id = ? and received_at > ?")
			.params(caseId, Timestamp.from(row.closedAt()))
			.query(Integer.class)
			.single();
		if (newer == 0) {
			throw new OutreachRefusedException(List.of("signals.error.noNewSignal"));
		}
		jdbc.sql("""
				insert into signal_case_closure (case_id, outcome, closed_on, closed_at, closed_by, referred_service_id,
				                                 reopened_at, reopened_by)
				select id, outcome, closed_on, closed_at, closed_by, referred_service_id, ?, ? from signal_case where id = ?""")
			.params(Timestamp.from(clock.instant()), viewer.accountId().value(), caseId)
			.update();
		jdbc.sql("""
				update signal_case set outcome = null, closed_on = null, closed_at = null, closed_by = null,
				       referred_service_id = null
				where id = ?""")
			.param(caseId)
			.update();
		audit.record(new AuditEntry(AuditAction.UPDATE, "signal-case", caseId.toString(), "signals.reopen"));
	}

	/** The person a letter goes to: the name and address of the newest signal, nothing about the arrears. */
	public record Recipient(String name, String postcode, int houseNumber, String addition) {

		@Override
		public String toString() {
			return "Recipient[***]";
		}

	}

	/** What a letter needs: who it goes to, the team's details and the date. */
	public record Letter(UUID caseId, Recipient recipient, OutreachSettings settings, LocalDate date) {
	}

	/**
	 * The contents of an outreach letter, and the letter logged as a sent contact attempt. The recipient's details are
	 * personal data, so the read is audited.
	 *
	 * @throws OutreachRefusedException when the case is closed
	 */
	@Transactional
	public Letter letter(UUID caseId, SchakelUser viewer) {
		CaseRow row = guarded(caseId, viewer);
		if (row.outcome() != null) {
			throw new OutreachRefusedException(List.of("signals.error.closed"));
		}
		String person = jdbc.sql("select person from signal where case_id = ? order by signal_date desc, received_at desc limit 1")
			.param(caseId)
			.query(String.class)
			.single();
		PersonDetails details = json.readValue(cipher.decrypt(person), PersonDetails.class);
		audit.record(new AuditEntry(AuditAction.READ, "signal-case", caseId.toString(), "signals.letter"));
		LocalDate today = today();
		record(caseId, ContactKind.LETTER, today, ContactResult.SENT, viewer, row);
		return new Letter(caseId, new Recipient(details.name(), details.postcode(), details.houseNumber(),
				details.addition()), settings(row.municipality()), today);
	}

	/** The municipality of a case for its team, for pages that need no personal data; the access is audited. */
	@Transactional
	public Optional<MunicipalityCode> municipalityForDoorVisit(UUID caseId, SchakelUser viewer) {
		Optional<MunicipalityCode> municipality = cases.municipalityFor(caseId, viewer);
		municipality.ifPresent(m -> audit
			.record(new AuditEntry(AuditAction.READ, "signal-case", caseId.toString(), "signals.door")));
		return municipality;
	}

	/** The municipality's outreach settings, or the example values when it has set none. */
	@Transactional(readOnly = true)
	public OutreachSettings settings(MunicipalityCode municipality) {
		return jdbc.sql("select * from signal_outreach_settings where municipality_code = ?")
			.param(municipality.value())
			.query((rs, n) -> new OutreachSettings(rs.getInt("max_attempts"), rs.getString("team_name"),
					rs.getString("phone"), rs.getString("email"), rs.getString("visiting_address"),
					rs.getString("source")))
			.optional()
			.orElse(OutreachSettings.EXAMPLE);
	}

	/** Sets a municipality's outreach settings; the number of attempts applies from the next attempt. */
	@Transactional
	public void configure(MunicipalityCode municipality, OutreachSettings settings) {
		jdbc.sql("""
				insert into signal_outreach_settings (municipality_code, max_attempts, team_name, phone, email,
				                                      visiting_address, source)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (municipality_code) do update set max_attempts = excluded.max_attempts,
				    team_name = excluded.team_name, phone = excluded.phone, email = excluded.email,
				    visiting_address = excluded.visiting_address, source = excluded.source""")
			.params(municipality.value(), settings.maxAttempts(), settings.teamName(), settings.phone(),
					settings.email(), settings.visitingAddress(), settings.source())
			.update();
	}

	/** The municipalities whose vroegsignalering team the viewer is on, in a stable order. */
	@Transactional(readOnly = true)
	public List<MunicipalityCode> municipalitiesOf(SchakelUser viewer) {
		return cases.teamMunicipalities(viewer).stream().sorted(java.util.Comparator.comparing(MunicipalityCode::value))
			.toList();
	}

	/**
	 * Sets the outreach settings of a municipality whose team the viewer is on.
	 *
	 * @throws AccessDeniedException for anyone else
	 */
	@Transactional
	public void configure(MunicipalityCode municipality, OutreachSettings settings, SchakelUser viewer) {
		if (!cases.teamMunicipalities(viewer).contains(municipality)) {
			throw new AccessDeniedException("Only the municipality's vroegsignalering team sets its outreach");
		}
		configure(municipality, settings);
	}

	/** The status of one of the creditor's own signals, by its own reference, and since when. */
	public record Feedback(String reference, FeedbackStatus status, Instant since) {
	}

	/**
	 * The status of the creditor's own signals that changed at or after {@code since}, oldest change first, at most
	 * {@link #FEEDBACK_LIMIT}. Only the creditor's reference, the status and its date: no outcome, reason, name or
	 * anything from other creditors. Each request is audited with the creditor's organisation as subject.
	 *
	 * @throws AccessDeniedException when the client's organisation is not a creditor
	 */
	@Transactional
	public List<Feedback> feedback(ApiClientPrincipal client, Instant since) {
		boolean creditor = organisations.byId(client.organisationId())
			.map(o -> o.kind() == OrganisationKind.CREDITOR)
			.orElse(false);
		if (!creditor) {
			throw new AccessDeniedException("Only a creditor's API client reads feedback");
		}
		audit.record(new AuditEntry(AuditAction.READ, "signal-feedback", client.organisationId().value().toString(),
				"signals.feedback"));
		return jdbc.sql("""
				select creditor_reference, feedback_status, coalesce(feedback_at, received_at) as changed
				from signal
				where creditor_id = :creditor and coalesce(feedback_at, received_at) >= :since
				order by changed, creditor_reference
				limit :limit""")
			.param("creditor", client.organisationId().value())
			.param("since", Timestamp.from(since))
			.param("limit", FEEDBACK_LIMIT)
			.query((rs, n) -> new Feedback(rs.getString(1), FeedbackStatus.valueOf(rs.getString(2)),
					rs.getTimestamp(3).toInstant()))
			.list();
	}

	private CaseRow guarded(UUID caseId, SchakelUser viewer) {
		if (cases.municipalityFor(caseId, viewer).isEmpty()) {
			throw new NoSuchCaseException();
		}
		return jdbc.sql("""
				select municipality_code, opened_at, outcome, closed_on, closed_at, closed_by, referred_service_id,
				       (select max(reopened_at) from signal_case_closure h where h.case_id = c.id) as reopened_at
				from signal_case c where id = ? for update""")
			.param(caseId)
			.query((rs, n) -> {
				var closed = rs.getDate("closed_on");
				var closedAt = rs.getTimestamp("closed_at");
				var reopened = rs.getTimestamp("reopened_at");
				String outcome = rs.getString("outcome");
				return new CaseRow(new MunicipalityCode(rs.getString("municipality_code")),
						rs.getTimestamp("opened_at").toInstant().atZone(ZONE).toLocalDate(),
						outcome == null ? null : Outcome.valueOf(outcome), closed == null ? null : closed.toLocalDate(),
						closedAt == null ? null : closedAt.toInstant(), rs.getObject("closed_by", UUID.class),
						rs.getObject("referred_service_id", UUID.class),
						reopened == null ? Instant.EPOCH : reopened.toInstant());
			})
			.single();
	}

	private View load(UUID caseId, SchakelUser viewer) {
		CaseRow row = guarded(caseId, viewer);
		Map<UUID, String> names = cases.teamNames(viewer);
		List<Attempt> attempts = jdbc.sql("""
				select id, kind, attempted_on, result, recorded_by, recorded_at from signal_contact_attempt
				where case_id = ? order by attempted_on, recorded_at""")
			.param(caseId)
			.query((rs, n) -> new Attempt(rs.getObject("id", UUID.class), ContactKind.valueOf(rs.getString("kind")),
					rs.getDate("attempted_on").toLocalDate(), ContactResult.valueOf(rs.getString("result")),
					names.getOrDefault(rs.getObject("recorded_by", UUID.class), "?"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
		Closure closure = null;
		if (row.outcome() != null && row.closedOn() != null) {
			String serviceName = row.service() == null ? null
					: directory.service(row.service()).map(s -> s.path("name").asString("")).orElse("?");
			closure = new Closure(row.outcome(), row.closedOn(),
					row.closedBy() == null ? "?" : names.getOrDefault(row.closedBy(), "?"), row.service(), serviceName);
		}
		FeedbackStatus feedback = jdbc.sql("""
				select feedback_status from signal where case_id = ? order by received_at desc, id limit 1""")
			.param(caseId)
			.query((rs, n) -> FeedbackStatus.valueOf(rs.getString(1)))
			.single();
		int newSignals = row.closedAt() == null ? 0
				: jdbc.sql("select count(*) from signal where case_id = ? and received_at > ?")
					.params(caseId, Timestamp.from(row.closedAt()))
					.query(Integer.class)
					.single();
		return new View(caseId, row.municipality(), row.openedOn(), attempts, row.roundStart(), closure, feedback,
				settings(row.municipality()), newSignals);
	}

	private void record(UUID caseId, ContactKind kind, LocalDate on, ContactResult result, SchakelUser viewer,
			CaseRow row) {
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into signal_contact_attempt (id, case_id, kind, attempted_on, result, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, caseId, kind.name(), on, result.name(), viewer.accountId().value(), Timestamp.from(now))
			.update();
		audit.record(new AuditEntry(AuditAction.CREATE, "signal-contact-attempt", id.toString(), "signals.outreach"));
		if (result == ContactResult.REACHED) {
			jdbc.sql("""
					update signal set feedback_status = 'CONTACT_GELEGD', feedback_at = ?
					where case_id = ? and feedback_status = 'ONTVANGEN'""")
				.params(Timestamp.from(now), caseId)
				.update();
			return;
		}
		var counts = jdbc.sql("""
				select count(*) as attempts, count(*) filter (where result = 'REACHED') as reached
				from signal_contact_attempt where case_id = ? and recorded_at > ?""")
			.params(caseId, Timestamp.from(row.roundStart()))
			.query((rs, n) -> new long[] { rs.getLong("attempts"), rs.getLong("reached") })
			.single();
		if (counts[1] == 0 && counts[0] >= settings(row.municipality()).maxAttempts()) {
			closeAs(caseId, Outcome.NO_CONTACT, on, null, viewer);
		}
	}

	private void closeAs(UUID caseId, Outcome outcome, LocalDate on, @Nullable UUID service, SchakelUser viewer) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				update signal_case set outcome = ?, closed_on = ?, closed_at = ?, closed_by = ?, referred_service_id = ?
				where id = ?""")
			.params(outcome.name(), on, now, viewer.accountId().value(), service, caseId)
			.update();
		// Signals whose status became final at an earlier closure keep it.
		jdbc.sql("""
				update signal set feedback_status = ?, feedback_at = ?
				where case_id = ? and feedback_status in ('ONTVANGEN', 'CONTACT_GELEGD')""")
			.params(outcome.feedback().name(), now, caseId)
			.update();
		audit.record(new AuditEntry(AuditAction.UPDATE, "signal-case", caseId.toString(), "signals.close"));
	}

	private @Nullable LocalDate checkDate(String text, LocalDate openedOn, List<String> problems, String key) {
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(key);
			return null;
		}
		if (date.isAfter(today())) {
			problems.add(key + ".future");
		}
		else if (date.isBefore(openedOn)) {
			problems.add(key + ".beforeCase");
		}
		return date;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** No case has this id: the web answers 404, like a case that never existed. */
	public static class NoSuchCaseException extends RuntimeException {

		NoSuchCaseException() {
			super("No such case");
		}

	}

}
