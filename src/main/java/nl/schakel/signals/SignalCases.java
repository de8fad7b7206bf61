// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

	/** Cases on one page of the work queue. */
	public static final int PAGE_SIZE = 50;

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final PersonalDataCipher cipher;

	private final Organisations organisations;

	private final Neighbourhoods neighbourhoods;

	private final AuditLog audit;

	private final Clock clock;

	SignalCases(JdbcClient jdbc, JsonMapper json, PersonalDataCipher cipher,
			Organisations organisations, Neighbourhoods neighbourhoods, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
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
	 * Files signals about to be stored into household cases and weighs every touched case, on the reference date, with
	 * the signals stored before and these. Returns the case of each signal, in input order: first a case where the
	 * same BSN was signalled before in this municipality (a person who moved stays one case), then one at the same
	 * address, else a new case. New cases are written once, with their triage; existing ones are locked, so that two
	 * deliveries for one household are weighed one after the other and neither misses the other's signals.
	 */
	@Transactional
	List<UUID> file(List<HouseholdKeys> households, List<Triage.Facts> incoming, LocalDate referenceDate,
			Instant now) {
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
		Map<String, HouseholdKeys> distinct = new LinkedHashMap<>();
		households.forEach(h -> distinct.putIfAbsent(h.addressKey(), h));
		known.putAll(byAddress(distinct.values()));

		Map<UUID, HouseholdKeys> created = new LinkedHashMap<>();
		List<UUID> result = new ArrayList<>(households.size());
		for (HouseholdKeys h : households) {
			UUID id = h.bsnKey() == null ? null : known.get(h.bsnKey());
			if (id == null) {
				id = known.get(h.addressKey());
			}
			if (id == null) {
				id = UUID.randomUUID();
				created.put(id, h);
				known.put(h.addressKey(), id);
			}
			if (h.bsnKey() != null) {
				known.putIfAbsent(h.bsnKey(), id);
			}
			result.add(id);
		}
		Map<UUID, List<Triage.Facts>> facts = new LinkedHashMap<>();
		for (int i = 0; i < result.size(); i++) {
			facts.computeIfAbsent(result.get(i), k -> new ArrayList<>()).add(incoming.get(i));
		}
		Map<String, TriagePolicy> policies = policies();
		Map<UUID, String> municipalityOf = new HashMap<>();
		for (int i = 0; i < result.size(); i++) {
			municipalityOf.putIfAbsent(result.get(i), households.get(i).municipality().value());
		}

		if (!created.isEmpty()) {
			List<UUID> ids = List.copyOf(created.keySet());
			Set<UUID> inserted = new HashSet<>(jdbc.sql("""
					insert into signal_case (id, municipality_code, household_key, pc4, priority, priority_rank, score,
					                         explanation, signal_count, creditor_count, arrears_cents, last_signal,
					                         opened_at, updated_at)
					select n.id, n.municipality_code, n.household_key, n.pc4, a.priority, a.priority_rank, a.score,
					       a.explanation, a.signal_count, a.creditor_count, a.arrears_cents, a.last_signal, :now, :now
					from unnest(cast(:ids as uuid[]), cast(:municipalities as text[]), cast(:keys as text[]),
					            cast(:areas as integer[])) with ordinality as n (id, municipality_code, household_key, pc4, i)
					join (""" + ASSESSMENTS + """
					) a on a.i = n.i
					on conflict (municipality_code, household_key) do nothing
					returning id""")
				.params(assessments(ids, facts, policies, municipalityOf, referenceDate))
				.param("ids", ids.toArray(UUID[]::new))
				.param("municipalities", ids.stream().map(id -> created.get(id).municipality().value())
					.toArray(String[]::new))
				.param("keys", ids.stream().map(id -> created.get(id).addressIndex()).toArray(String[]::new))
				.param("areas", ids.stream().map(id -> created.get(id).pc4()).toArray(Integer[]::new))
				.param("now", Timestamp.from(now))
				.query(UUID.class)
				.list());
			if (inserted.size() < ids.size()) {
				// Another delivery opened some of these households' cases just now: join those, as existing cases.
				List<HouseholdKeys> lost = ids.stream().filter(id -> !inserted.contains(id)).map(created::get).toList();
				Map<String, UUID> actual = byAddress(lost);
				Map<UUID, UUID> replaced = new HashMap<>();
				for (UUID id : ids) {
					if (!inserted.contains(id)) {
						replaced.put(id, actual.get(created.get(id).addressKey()));
					}
				}
				result.replaceAll(id -> replaced.getOrDefault(id, id));
				replaced.forEach((planned, stored) -> {
					facts.computeIfAbsent(stored, k -> new ArrayList<>()).addAll(facts.remove(planned));
					municipalityOf.putIfAbsent(stored, municipalityOf.get(planned));
				});
				created.keySet().removeIf(id -> !inserted.contains(id));
			}
		}

		List<UUID> existing = facts.keySet().stream().filter(id -> !created.containsKey(id)).sorted().toList();
		if (!existing.isEmpty()) {
			UUID[] ids = existing.toArray(UUID[]::new);
			jdbc.sql("select id from signal_case where id = any(?) order by id for update").param(ids).query(UUID.class)
				.list();
			jdbc.sql("""
					select case_id, creditor_id, creditor_type, kind, arrears_cents, arrears_since, signal_date,
					       end_of_supply_date
					from signal where case_id = any(?)""")
				.param(ids)
				.query(rs -> {
					var end = rs.getDate(8);
					facts.get(rs.getObject(1, UUID.class))
						.add(new Triage.Facts(rs.getObject(2, UUID.class), CreditorType.valueOf(rs.getString(3)),
								SignalKind.valueOf(rs.getString(4)), rs.getLong(5), rs.getDate(6).toLocalDate(),
								rs.getDate(7).toLocalDate(), end == null ? null : end.toLocalDate()));
				});
			// One statement for all cases of a delivery, rather than one round trip per case.
			jdbc.sql("""
					update signal_case c set priority = a.priority, priority_rank = a.priority_rank, score = a.score,
					    explanation = a.explanation, signal_count = a.signal_count, creditor_count = a.creditor_count,
					    arrears_cents = a.arrears_cents, last_signal = a.last_signal, updated_at = :now
					from unnest(cast(:ids as uuid[])) with ordinality as u (id, i)
					join (""" + ASSESSMENTS + """
					) a on a.i = u.i
					where c.id = u.id""")
				.params(assessments(existing, facts, policies, municipalityOf, referenceDate))
				.param("ids", ids)
				.param("now", Timestamp.from(now))
				.update();
		}
		return result;
	}

	/** The triage outcome of many cases as parallel arrays, numbered from 1 like {@code with ordinality}. */
	private static final String ASSESSMENTS = """
			select * from unnest(cast(:priorities as text[]), cast(:ranks as smallint[]), cast(:scores as integer[]),
			                     cast(:explanations as jsonb[]), cast(:counts as integer[]), cast(:creditors as integer[]),
			                     cast(:cents as bigint[]), cast(:last as date[])) with ordinality
			     as a (priority, priority_rank, score, explanation, signal_count, creditor_count, arrears_cents,
			           last_signal, i)""";

	private Map<String, Object> assessments(List<UUID> ids, Map<UUID, List<Triage.Facts>> facts,
			Map<String, TriagePolicy> policies, Map<UUID, String> municipalityOf, LocalDate referenceDate) {
		int n = ids.size();
		String[] priorities = new String[n];
		Integer[] ranks = new Integer[n];
		Integer[] scores = new Integer[n];
		String[] explanations = new String[n];
		Integer[] counts = new Integer[n];
		Integer[] creditors = new Integer[n];
		Long[] cents = new Long[n];
		String[] last = new String[n];
		for (int i = 0; i < n; i++) {
			List<Triage.Facts> signals = facts.get(ids.get(i));
			TriagePolicy policy = policies.getOrDefault(municipalityOf.get(ids.get(i)), TriagePolicy.EXAMPLE);
			Triage.Assessment assessment = Triage.assess(policy, signals, referenceDate);
			priorities[i] = assessment.priority().name();
			ranks[i] = assessment.priority().ordinal();
			scores[i] = assessment.score();
			explanations[i] = json.writeValueAsString(assessment.findings());
			counts[i] = signals.size();
			creditors[i] = (int) signals.stream().map(Triage.Facts::creditor).distinct().count();
			cents[i] = signals.stream().mapToLong(Triage.Facts::arrearsCents).sum();
			last[i] = signals.stream().map(Triage.Facts::signalDate).max(LocalDate::compareTo).orElseThrow().toString();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("priorities", priorities);
		params.put("ranks", ranks);
		params.put("scores", scores);
		params.put("explanations", explanations);
		params.put("counts", counts);
		params.put("creditors", creditors);
		params.put("cents", cents);
		params.put("last", last);
		return params;
	}

	private Map<String, UUID> byAddress(Collection<HouseholdKeys> households) {
		Map<String, UUID> found = new HashMap<>();
		if (households.isEmpty()) {
			return found;
		}
		jdbc.sql("""
				select c.municipality_code, c.household_key, c.id
				from unnest(cast(? as text[]), cast(? as text[])) as k (municipality_code, household_key)
				join signal_case c on c.municipality_code = k.municipality_code and c.household_key = k.household_key""")
			.params(households.stream().map(h -> h.municipality().value()).toArray(String[]::new),
					households.stream().map(HouseholdKeys::addressIndex).toArray(String[]::new))
			.query(rs -> {
				found.put(rs.getString(1) + "|a|" + rs.getString(2), rs.getObject(3, UUID.class));
			});
		return found;
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
			int signals, int creditors, long arrearsCents, @Nullable LocalDate lastSignal, @Nullable String assignedTo,
			boolean mine) {

		/** The arrears in euros, exact, for display only. */
		public java.math.BigDecimal arrears() {
			return java.math.BigDecimal.valueOf(arrearsCents, 2);
		}

	}

	/**
	 * What the queue shows: one neighbourhood, one team (the team's municipalities), one priority, only the viewer's
	 * cases, and the page after a position. Null or false is "all".
	 */
	public record QueueFilter(@Nullable String neighbourhood, @Nullable OrganisationId team, @Nullable Priority priority,
			boolean mine, @Nullable QueuePosition after) {

		public static final QueueFilter ALL = new QueueFilter(null, null, null, false, null);

	}

	/**
	 * Where a page ends in the queue order (priority, score high to low, opened, id): the next page starts after it.
	 * A keyset, so that a page costs the same deep in the queue as at the top and never skips or repeats a case when
	 * cases change in between.
	 */
	public record QueuePosition(int rank, int score, Instant opened, UUID id) {

		private static final java.util.regex.Pattern FORM = java.util.regex.Pattern
			.compile("([0-2])_(-?[0-9]{1,9})_([0-9]{1,19})_([0-9a-f-]{36})");

		/** The position as a short token for a link. */
		public String token() {
			long micros = ChronoUnit.MICROS.between(Instant.EPOCH, opened);
			return rank + "_" + score + "_" + micros + "_" + id;
		}

		/** A token read back; empty when it is not one (a hand-edited link shows the first page). */
		public static Optional<QueuePosition> parse(@Nullable String token) {
			var m = token == null ? null : FORM.matcher(token);
			if (m == null || !m.matches()) {
				return Optional.empty();
			}
			try {
				return Optional.of(new QueuePosition(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Instant.EPOCH.plus(Long.parseLong(m.group(3)), ChronoUnit.MICROS), UUID.fromString(m.group(4))));
			}
			catch (IllegalArgumentException | ArithmeticException ex) {
				return Optional.empty();
			}
		}

	}

	/** One page of the queue, the choices for the filters, and where the next page starts (null on the last page). */
	public record Queue(List<Neighbourhood> neighbourhoods, List<Organisation> teams, List<QueueItem> items,
			@Nullable QueuePosition next) {
	}

	/** The first page of the queue of all the viewer's municipalities. */
	@Transactional
	public Queue queue(SchakelUser viewer, @Nullable String neighbourhoodId) {
		return queue(viewer, new QueueFilter(neighbourhoodId, null, null, false, null));
	}

	/**
	 * A page of the work queue, urgent first, then high, then by score and age. Reads only signal_case through one of
	 * three indexes (per municipality, per postcode area, per assigned worker), a top-N per municipality or area merged
	 * here, so that a page stays fast with a million signals; see docs/performance.md.
	 */
	@Transactional
	public Queue queue(SchakelUser viewer, QueueFilter filter) {
		List<Organisation> teams = teams(viewer);
		if (teams.isEmpty()) {
			throw new AccessDeniedException("Only the vroegsignalering team sees signals");
		}
		List<MunicipalityCode> served = teams.stream()
			.filter(t -> filter.team() == null || t.id().equals(filter.team()))
			.flatMap(o -> o.municipalities().stream())
			.distinct()
			.toList();
		List<Neighbourhood> options = teams.stream()
			.flatMap(o -> o.municipalities().stream())
			.distinct()
			.flatMap(m -> neighbourhoods.of(m).stream())
			.toList();
		Neighbourhood chosen = options.stream()
			.filter(n -> n.id().equals(filter.neighbourhood()) && served.contains(n.municipality()))
			.findFirst()
			.orElse(null);
		Map<UUID, String> names = teamNames(viewer);
		List<QueueItem> items = new ArrayList<>();
		QueuePosition next = null;
		if (!served.isEmpty() && (filter.neighbourhood() == null || chosen != null)) {
			StringBuilder where = new StringBuilder();
			Map<String, Object> params = new HashMap<>();
			if (filter.priority() != null) {
				where.append(" and c.priority_rank = :rank");
				params.put("rank", filter.priority().ordinal());
			}
			if (filter.after() != null) {
				where.append(" and (c.priority_rank, -c.score, c.opened_at, c.id) > (:ar, :as, :ao, :ai)");
				params.put("ar", filter.after().rank());
				params.put("as", -filter.after().score());
				params.put("ao", Timestamp.from(filter.after().opened()));
				params.put("ai", filter.after().id());
			}
			String columns = "c.id, c.pc4, c.priority, c.priority_rank, c.score, c.opened_at, c.assigned_to, "
					+ "c.signal_count, c.creditor_count, c.arrears_cents, c.last_signal";
			String order = " order by c.priority_rank, -c.score, c.opened_at, c.id limit :limit";
			String sql;
			if (filter.mine()) {
				sql = "select " + columns + " from signal_case c where c.assigned_to = :me"
						+ " and c.municipality_code = any(:municipalities)"
						+ (chosen == null ? "" : " and c.pc4 = any(:areas)") + where + order;
				params.put("me", viewer.accountId().value());
				params.put("municipalities", served.stream().map(MunicipalityCode::value).toArray(String[]::new));
			}
			else if (chosen != null) {
				sql = "select q.* from unnest(cast(:areas as integer[])) as a (pc4) cross join lateral (select " + columns
						+ " from signal_case c where c.municipality_code = :municipality and c.pc4 = a.pc4" + where + order
						+ ") q order by q.priority_rank, -q.score, q.opened_at, q.id limit :limit";
				params.put("municipality", chosen.municipality().value());
			}
			else {
				sql = "select q.* from unnest(cast(:municipalities as text[])) as m (code) cross join lateral (select "
						+ columns + " from signal_case c where c.municipality_code = m.code" + where + order
						+ ") q order by q.priority_rank, -q.score, q.opened_at, q.id limit :limit";
				params.put("municipalities", served.stream().map(MunicipalityCode::value).toArray(String[]::new));
			}
			if (chosen != null) {
				params.put("areas", chosen.postcodeAreas().stream().sorted().toArray(Integer[]::new));
			}
			params.put("limit", PAGE_SIZE + 1);
			List<QueuePosition> positions = new ArrayList<>();
			jdbc.sql(sql).params(params).query(rs -> {
				UUID assigned = rs.getObject("assigned_to", UUID.class);
				int pc4 = rs.getInt("pc4");
				UUID id = rs.getObject("id", UUID.class);
				int score = rs.getInt("score");
				positions.add(new QueuePosition(rs.getInt("priority_rank"), score,
						rs.getTimestamp("opened_at").toInstant(), id));
				var last = rs.getDate("last_signal");
				items.add(new QueueItem(id, neighbourhoodOf(options, pc4), pc4, Priority.valueOf(rs.getString("priority")),
						score, rs.getInt("signal_count"), rs.getInt("creditor_count"), rs.getLong("arrears_cents"),
						last == null ? null : last.toLocalDate(),
						assigned == null ? null : names.getOrDefault(assigned, "?"),
						viewer.accountId().value().equals(assigned)));
			});
			if (items.size() > PAGE_SIZE) {
				items.removeLast();
				next = positions.get(PAGE_SIZE - 1);
			}
		}
		return new Queue(options, teams, items, next);
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
