// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schakel.audit.AuditAction;
import nl.schakel.audit.AuditEntry;
import nl.schakel.audit.AuditLog;
import nl.schakel.organisation.AccountId;
import nl.schakel.organisation.Member;
import nl.schakel.organisation.Membership;
import nl.schakel.organisation.Organisation;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Role;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.privacy.PersonalDataCipher;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.region.Neighbourhood;
import nl.schakel.region.Neighbourhoods;

/**
 * Household cases built from signals: one per household per municipality, matched by the address blind index and,
 * when delivered, the BSN blind index. Signals concern people who did not ask for help, so only members of the
 * municipality's vroegsignalering team ({@link Role#VROEGSIGNALERING}) see cases, and every case read is audited.
 */
@Service
public class SignalCases {

	private static final int QUEUE_LIMIT = 500;

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final JsonMapper json;

	private final PersonalDataCipher cipher;

	private final Organisations organisations;

	private final Neighbourhoods neighbourhoods;

	private final AuditLog audit;

	private final Clock clock;

	SignalCases(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, PersonalDataCipher cipher,
			Organisations organisations, Neighbourhoods neighbourhoods, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
		this.cipher = cipher;
		this.organisations = organisations;
		this.neighbourhoods = neighbourhoods;
		this.audit = audit;
		this.clock = clock;
	}

	/** How a signal points to its household: blind indexes only. */
	record HouseholdKeys(MunicipalityCode municipality, int pc4, String addressIndex, @Nullable String bsnIndex) {

		String addressKey() {
			return municipality.value() + "|a|" + addressIndex;
		}

		@Nullable String bsnKey() {
			return bsnIndex == null ? null : municipality.value() + "|b|" + bsnIndex;
		}

	}

	/**
	 * The case of each household, in input order: first a case where the same BSN was signalled before in this
	 * municipality (a person who moved stays one case), then one at the same address, else a new case.
	 */
	@Transactional
	List<UUID> casesFor(List<HouseholdKeys> households, Instant now) {
		Map<String, UUID> known = new HashMap<>();
		String[] bsns = households.stream().map(HouseholdKeys::bsnIndex).filter(b -> b != null).distinct()
			.toArray(String[]::new);
		if (bsns.length > 0) {
			jdbc.sql("""
					select distinct on (municipality_code, bsn_index) municipality_code, bsn_index, case_id from signal
					where bsn_index = any(?) order by municipality_code, bsn_index, received_at desc""")
				.param(bsns)
				.query(rs -> {
					known.put(rs.getString(1) + "|b|" + rs.getString(2), rs.getObject(3, UUID.class));
				});
		}
		String[] addresses = households.stream().map(HouseholdKeys::addressIndex).distinct().toArray(String[]::new);
		jdbc.sql("select municipality_code, household_key, id from signal_case where household_key = any(?)")
			.param(addresses)
			.query(rs -> {
				known.put(rs.getString(1) + "|a|" + rs.getString(2), rs.getObject(3, UUID.class));
			});

		Map<String, HouseholdKeys> created = new LinkedHashMap<>();
		List<UUID> result = new ArrayList<>(households.size());
		for (HouseholdKeys h : households) {
			UUID id = h.bsnKey() == null ? null : known.get(h.bsnKey());
			if (id == null) {
				id = known.get(h.addressKey());
			}
			if (id == null) {
				id = UUID.randomUUID();
				created.put(id.toString(), h);
				known.put(h.addressKey(), id);
			}
			if (h.bsnKey() != null) {
				known.putIfAbsent(h.bsnKey(), id);
			}
			result.add(id);
		}
		if (created.isEmpty()) {
			return result;
		}
		Timestamp opened = Timestamp.from(now);
		batch.batchUpdate("""
				insert into signal_case (id, municipality_code, household_key, pc4, priority, score, explanation,
				                         opened_at, updated_at)
				values (?, ?, ?, ?, 'NORMAL', 0, '[]', ?, ?) on conflict (municipality_code, household_key) do nothing""",
				new ArrayList<>(created.entrySet()), 1000, (ps, e) -> {
					HouseholdKeys h = e.getValue();
					ps.setObject(1, UUID.fromString(e.getKey()));
					ps.setString(2, h.municipality().value());
					ps.setString(3, h.addressIndex());
					ps.setInt(4, h.pc4());
					ps.setTimestamp(5, opened);
					ps.setTimestamp(6, opened);
				});
		// Another creditor's delivery may have opened the same household's case just now: use that one.
		Map<UUID, UUID> replaced = new HashMap<>();
		for (var e : created.entrySet()) {
			HouseholdKeys h = e.getValue();
			UUID actual = jdbc.sql("select id from signal_case where municipality_code = ? and household_key = ?")
				.params(h.municipality().value(), h.addressIndex())
				.query(UUID.class)
				.single();
			UUID planned = UUID.fromString(e.getKey());
			if (!actual.equals(planned)) {
				replaced.put(planned, actual);
			}
		}
		if (!replaced.isEmpty()) {
			result.replaceAll(id -> replaced.getOrDefault(id, id));
		}
		return result;
	}

	/** Weighs every signal of these cases again against their municipality's policy, on the reference date. */
	@Transactional
	void retriage(Collection<UUID> caseIds, LocalDate referenceDate, Instant now) {
		if (caseIds.isEmpty()) {
			return;
		}
		Map<String, TriagePolicy> policies = policies();
		Map<UUID, String> municipalityOf = new HashMap<>();
		Map<UUID, List<Triage.Facts>> facts = new LinkedHashMap<>();
		jdbc.sql("""
				select case_id, municipality_code, creditor_id, creditor_type, kind, arrears_cents, arrears_since,
				       signal_date, end_of_supply_date
				from signal where case_id = any(?)""")
			.param(caseIds.toArray(UUID[]::new))
			.query(rs -> {
				UUID caseId = rs.getObject(1, UUID.class);
				municipalityOf.put(caseId, rs.getString(2));
				var end = rs.getDate(9);
				facts.computeIfAbsent(caseId, k -> new ArrayList<>())
					.add(new Triage.Facts(rs.getObject(3, UUID.class), CreditorType.valueOf(rs.getString(4)),
							SignalKind.valueOf(rs.getString(5)), rs.getLong(6), rs.getDate(7).toLocalDate(),
							rs.getDate(8).toLocalDate(), end == null ? null : end.toLocalDate()));
			});
		Timestamp updated = Timestamp.from(now);
		batch.batchUpdate("""
				update signal_case set priority = ?, score = ?, explanation = cast(? as jsonb), updated_at = ?
				where id = ?""", new ArrayList<>(facts.entrySet()), 1000, (ps, e) -> {
			TriagePolicy policy = policies.getOrDefault(municipalityOf.get(e.getKey()), TriagePolicy.EXAMPLE);
			Triage.Assessment assessment = Triage.assess(policy, e.getValue(), referenceDate);
			ps.setString(1, assessment.priority().name());
			ps.setInt(2, assessment.score());
			ps.setString(3, json.writeValueAsString(assessment.findings()));
			ps.setTimestamp(4, updated);
			ps.setObject(5, e.getKey());
		});
	}

	/** The municipality's triage settings, or the unverified example when it has set none. */
	@Transactional(readOnly = true)
	public TriagePolicy policy(MunicipalityCode municipality) {
		return policies().getOrDefault(municipality.value(), TriagePolicy.EXAMPLE);
	}

	/** Sets a municipality's own triage settings; applied to each case at its next signal. */
	@Transactional
	public void configure(MunicipalityCode municipality, TriagePolicy policy) {
		jdbc.sql("""
				insert into signal_triage_policy (municipality_code, min_creditors, min_rent_months, min_arrears_days,
				                                  end_of_supply_urgent, source)
				values (?, ?, ?, ?, ?, ?)
				on conflict (municipality_code) do update set min_creditors = excluded.min_creditors,
				    min_rent_months = excluded.min_rent_months, min_arrears_days = excluded.min_arrears_days,
				    end_of_supply_urgent = excluded.end_of_supply_urgent, source = excluded.source""")
			.params(municipality.value(), policy.minCreditors(), policy.minRentMonths(), policy.minArrearsDays(),
					policy.endOfSupplyUrgent(), policy.source())
			.update();
	}

	private Map<String, TriagePolicy> policies() {
		Map<String, TriagePolicy> policies = new HashMap<>();
		jdbc.sql("select * from signal_triage_policy").query(rs -> {
			policies.put(rs.getString("municipality_code"),
					new TriagePolicy(rs.getInt("min_creditors"), rs.getInt("min_rent_months"),
							rs.getInt("min_arrears_days"), rs.getBoolean("end_of_supply_urgent"),
							rs.getString("source")));
		});
		return policies;
	}

	/** A line in the work queue: no names or addresses, only the neighbourhood and the weight of the case. */
	public record QueueItem(UUID id, @Nullable String neighbourhood, int pc4, Priority priority, int score,
			int signals, int creditors, long arrearsCents, LocalDate lastSignal, @Nullable String assignedTo,
			boolean mine) {

		/** The arrears in euros, exact, for display only. */
		public java.math.BigDecimal arrears() {
			return java.math.BigDecimal.valueOf(arrearsCents, 2);
		}

	}

	/** The queue of the viewer's municipalities, optionally one neighbourhood, with the neighbourhoods to choose. */
	public record Queue(List<Neighbourhood> neighbourhoods, List<QueueItem> items) {
	}

	@Transactional
	public Queue queue(SchakelUser viewer, @Nullable String neighbourhoodId) {
		List<MunicipalityCode> served = teamMunicipalities(viewer);
		if (served.isEmpty()) {
			throw new AccessDeniedException("Only the vroegsignalering team sees signals");
		}
		List<Neighbourhood> options = served.stream().flatMap(m -> neighbourhoods.of(m).stream()).toList();
		Neighbourhood chosen = options.stream().filter(n -> n.id().equals(neighbourhoodId)).findFirst().orElse(null);
		Integer[] areas = chosen == null ? null : chosen.postcodeAreas().toArray(Integer[]::new);
		Map<UUID, String> names = teamNames(viewer);
		List<QueueItem> items = jdbc.sql("""
				select c.id, c.pc4, c.priority, c.score, c.assigned_to, count(s.id) as signals,
				       count(distinct s.creditor_id) as creditors, sum(s.arrears_cents) as cents,
				       max(s.signal_date) as last_signal
				from signal_case c join signal s on s.case_id = c.id
				where c.municipality_code = any(:municipalities)
				  and (cast(:areas as integer[]) is null or c.pc4 = any(:areas))
				group by c.id
				order by case c.priority when 'URGENT' then 0 when 'HIGH' then 1 else 2 end, c.score desc, c.opened_at
				limit :limit""")
			.param("municipalities", served.stream().map(MunicipalityCode::value).toArray(String[]::new))
			.param("areas", areas)
			.param("limit", QUEUE_LIMIT)
			.query((rs, n) -> {
				UUID assigned = rs.getObject("assigned_to", UUID.class);
				int pc4 = rs.getInt("pc4");
				return new QueueItem(rs.getObject("id", UUID.class), neighbourhoodOf(options, pc4), pc4,
						Priority.valueOf(rs.getString("priority")), rs.getInt("score"), rs.getInt("signals"),
						rs.getInt("creditors"), rs.getLong("cents"), rs.getDate("last_signal").toLocalDate(),
						assigned == null ? null : names.getOrDefault(assigned, "?"),
						viewer.accountId().value().equals(assigned));
			})
			.list();
		return new Queue(options, items);
	}

	/** One signal as the team sees it, decrypted. */
	public record SignalView(UUID id, String creditor, CreditorType creditorType, SignalKind kind, String reference,
			long arrearsCents, LocalDate arrearsSince, int arrearsMonths, LocalDate signalDate,
			@Nullable LocalDate endOfSupplyDate, @Nullable PriorSteps priorSteps, PersonDetails person,
			Instant receivedAt) {

		/** The arrears in euros, exact, for display only. */
		public java.math.BigDecimal arrears() {
			return java.math.BigDecimal.valueOf(arrearsCents, 2);
		}

	}

	/** A case with its explanation, the team members it can go to, and the full signal history, newest first. */
	public record CaseView(UUID id, MunicipalityCode municipality, @Nullable String neighbourhood, Priority priority,
			int score, List<Triage.Finding> findings, TriagePolicy policy, @Nullable UUID assignedTo,
			List<Member> team, List<SignalView> signals) {

		/** Whether the municipality still runs on the unverified example values. */
		public boolean examplePolicy() {
			return policy.equals(TriagePolicy.EXAMPLE);
		}

		public @Nullable String assignedName() {
			return team.stream()
				.filter(m -> m.accountId().value().equals(assignedTo))
				.map(Member::displayName)
				.findFirst()
				.orElse(null);
		}

	}

	/** Opens a case for a member of its municipality's team; the read of its personal data is audited. */
	@Transactional
	public Optional<CaseView> open(UUID caseId, SchakelUser viewer) {
		var row = jdbc.sql("select * from signal_case where id = ?").param(caseId).query((rs, n) -> new Object[] {
				rs.getString("municipality_code"), rs.getInt("pc4"), rs.getString("priority"), rs.getInt("score"),
				rs.getString("explanation"), rs.getObject("assigned_to", UUID.class) }).optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		Object[] c = row.get();
		MunicipalityCode municipality = new MunicipalityCode((String) c[0]);
		OrganisationId team = teamOrganisation(viewer, municipality);
		audit.record(new AuditEntry(AuditAction.READ, "signal-case", caseId.toString(), "signals.case"));
		Map<UUID, String> creditorNames = new HashMap<>();
		List<Triage.Facts> facts = new ArrayList<>();
		List<SignalView> signals = jdbc.sql("""
				select id, creditor_id, creditor_type, kind, creditor_reference, arrears_cents, arrears_since,
				       signal_date, end_of_supply_date, prior_steps, person, received_at
				from signal where case_id = ? order by signal_date desc, received_at desc""")
			.param(caseId)
			.query((rs, n) -> {
				UUID creditor = rs.getObject("creditor_id", UUID.class);
				String creditorName = creditorNames.computeIfAbsent(creditor,
						id -> organisations.byId(new OrganisationId(id)).map(Organisation::name).orElse("?"));
				LocalDate since = rs.getDate("arrears_since").toLocalDate();
				LocalDate date = rs.getDate("signal_date").toLocalDate();
				var end = rs.getDate("end_of_supply_date");
				String steps = rs.getString("prior_steps");
				facts.add(new Triage.Facts(creditor, CreditorType.valueOf(rs.getString("creditor_type")),
						SignalKind.valueOf(rs.getString("kind")), rs.getLong("arrears_cents"), since, date,
						end == null ? null : end.toLocalDate()));
				return new SignalView(rs.getObject("id", UUID.class), creditorName,
						CreditorType.valueOf(rs.getString("creditor_type")), SignalKind.valueOf(rs.getString("kind")),
						rs.getString("creditor_reference"), rs.getLong("arrears_cents"), since,
						(int) Period.between(since, date).toTotalMonths(), date,
						end == null ? null : end.toLocalDate(),
						steps == null ? null : json.readValue(steps, PriorSteps.class),
						json.readValue(cipher.decrypt(rs.getString("person")), PersonDetails.class),
						rs.getTimestamp("received_at").toInstant());
			})
			.list();
		// Weighed again for today, so that the days left before an end of supply are current on the page.
		TriagePolicy policy = policy(municipality);
		Triage.Assessment assessment = Triage.assess(policy, facts, LocalDate.now(clock.withZone(ZONE)));
		List<Member> members = organisations.members(team, viewer)
			.stream()
			.filter(m -> m.role() == Role.VROEGSIGNALERING)
			.toList();
		List<Neighbourhood> areas = neighbourhoods.of(municipality);
		return Optional.of(new CaseView(caseId, municipality, neighbourhoodOf(areas, (Integer) c[1]),
				assessment.priority(), assessment.score(), assessment.findings(), policy, (UUID) c[5], members,
				signals));
	}

	/** Gives a case to a member of the same municipality's team. */
	@Transactional
	public void assign(UUID caseId, AccountId worker, SchakelUser viewer) {
		String municipality = jdbc.sql("select municipality_code from signal_case where id = ?")
			.param(caseId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new AccessDeniedException("No such case"));
		OrganisationId team = teamOrganisation(viewer, new MunicipalityCode(municipality));
		boolean inTeam = organisations.members(team, viewer)
			.stream()
			.anyMatch(m -> m.role() == Role.VROEGSIGNALERING && m.accountId().equals(worker));
		if (!inTeam) {
			throw new IllegalArgumentException("A case goes only to a member of the vroegsignalering team");
		}
		// The first assignment is the day the municipality picked the case up (DDAS datumOpgepakt).
		jdbc.sql("update signal_case set assigned_to = ?, picked_up_at = coalesce(picked_up_at, ?) where id = ?")
			.params(worker.value(), Timestamp.from(clock.instant()), caseId)
			.update();
		audit.record(new AuditEntry(AuditAction.UPDATE, "signal-case", caseId.toString(), "signals.assign"));
	}

	/**
	 * The municipality of a case, when the viewer is on that municipality's team; empty when no case has this id.
	 *
	 * @throws AccessDeniedException when the viewer is not on the team
	 */
	Optional<MunicipalityCode> municipalityFor(UUID caseId, SchakelUser viewer) {
		Optional<MunicipalityCode> municipality = jdbc.sql("select municipality_code from signal_case where id = ?")
			.param(caseId)
			.query(String.class)
			.optional()
			.map(MunicipalityCode::new);
		municipality.ifPresent(m -> teamOrganisation(viewer, m));
		return municipality;
	}

	List<MunicipalityCode> teamMunicipalities(SchakelUser viewer) {
		return teams(viewer).stream().flatMap(o -> o.municipalities().stream()).distinct().toList();
	}

	private OrganisationId teamOrganisation(SchakelUser viewer, MunicipalityCode municipality) {
		return teams(viewer).stream()
			.filter(o -> o.municipalities().contains(municipality))
			.map(Organisation::id)
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("Only this municipality's vroegsignalering team sees it"));
	}

	List<Organisation> teams(SchakelUser viewer) {
		return viewer.memberships()
			.stream()
			.filter(m -> m.role() == Role.VROEGSIGNALERING && m.kind() == OrganisationKind.MUNICIPALITY)
			.map(Membership::organisationId)
			.map(organisations::byId)
			.flatMap(Optional::stream)
			.toList();
	}

	Map<UUID, String> teamNames(SchakelUser viewer) {
		Map<UUID, String> names = new HashMap<>();
		for (Organisation team : teams(viewer)) {
			organisations.members(team.id(), viewer).forEach(m -> names.put(m.accountId().value(), m.displayName()));
		}
		return names;
	}

	private static @Nullable String neighbourhoodOf(List<Neighbourhood> options, int pc4) {
		return options.stream()
			.filter(n -> n.postcodeAreas().contains(pc4))
			.map(Neighbourhood::name)
			.findFirst()
			.orElse(null);
	}

}
