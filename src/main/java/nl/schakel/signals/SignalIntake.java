// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schakel.audit.AuditAction;
import nl.schakel.audit.AuditEntry;
import nl.schakel.audit.AuditLog;
import nl.schakel.organisation.ApiClientPrincipal;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.privacy.PersonalDataCipher;
import nl.schakel.region.Municipalities;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.region.Placement;

/**
 * Takes deliveries of signals from creditors (Wgs art. 3 lid 1 onder b; Besluit gemeentelijke schuldhulpverlening
 * § 2). Each signal is checked on its own and answered with a receipt; the accepted ones are stored, matched to a
 * household case and triaged in the same transaction, before the receipt leaves: an acknowledged signal is never
 * lost. The creditor's reference is the idempotency key: a signal delivered again gets its first receipt and is not
 * stored twice.
 */
@Service
public class SignalIntake {

	/** The most signals one delivery may hold; larger sets go in several deliveries. */
	public static final int MAX_SIGNALS = 10_000;

	static final String ADDRESS_DOMAIN = "signals.address";

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final PersonalDataCipher cipher;

	private final JsonMapper json;

	private final Municipalities municipalities;

	private final Organisations organisations;

	private final SignalCases cases;

	private final AuditLog audit;

	private final Clock clock;

	/** The creditor types that may deliver a BSN. */
	private final Set<CreditorType> bsnFrom;

	SignalIntake(JdbcClient jdbc, DataSource dataSource, PersonalDataCipher cipher, JsonMapper json,
			Municipalities municipalities, Organisations organisations, SignalCases cases, AuditLog audit,
			Clock clock, @Value("${schakel.signals.bsn-from:zorgverzekeraar}") List<String> bsnFrom) {
		this.bsnFrom = EnumSet.noneOf(CreditorType.class);
		for (String code : bsnFrom) {
			if (!code.isBlank()) {
				this.bsnFrom.add(CreditorType.fromCode(code.strip()).orElseThrow(() -> new IllegalArgumentException(
						"schakel.signals.bsn-from: unknown creditor type '" + code + "'")));
			}
		}
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.cipher = cipher;
		this.json = json;
		this.municipalities = municipalities;
		this.organisations = organisations;
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public DeliveryReceipt deliver(ApiClientPrincipal client, JsonNode body) {
		boolean creditor = organisations.byId(client.organisationId())
			.map(o -> o.kind() == OrganisationKind.CREDITOR)
			.orElse(false);
		if (!creditor) {
			throw new DeliveryRefusedException("Only an API client of a creditor organisation delivers signals.", true);
		}
		JsonNode signals = body.isObject() ? body.get("signals") : null;
		if (signals == null || !signals.isArray()) {
			throw new DeliveryRefusedException("The body must be a JSON object with an array \"signals\".", false);
		}
		if (signals.isEmpty() || signals.size() > MAX_SIGNALS) {
			throw new DeliveryRefusedException(
					"A delivery holds 1 to " + MAX_SIGNALS + " signals; this one holds " + signals.size() + ".", false);
		}
		UUID creditorId = client.organisationId().value();
		List<Entry> entries = new ArrayList<>(signals.size());
		for (int i = 0; i < signals.size(); i++) {
			entries.add(new Entry(i, creditorId, signals.get(i)));
		}
		return take(entries, null, false);
	}

	/**
	 * One signal to take: its position (the index in a JSON delivery, the line in a file), the creditor it comes
	 * from (null when a file names a creditor Schakel does not know) and the signal in the JSON form of the API.
	 */
	record Entry(int position, @Nullable UUID creditorId, JsonNode node) {
	}

	/**
	 * Checks, stores, matches and triages signals in the caller's transaction, with a receipt per entry in order. A
	 * dry run checks everything, also against signals stored before, and stores nothing. With {@code team}
	 * only signals for those municipalities are taken: a team imports only for its own.
	 */
	@Transactional
	DeliveryReceipt take(List<Entry> entries, @Nullable Set<MunicipalityCode> team, boolean dryRun) {
		List<UUID> creditors = entries.stream().map(Entry::creditorId).filter(c -> c != null).distinct().sorted().toList();
		// One delivery per creditor at a time, so that two concurrent redeliveries cannot both store a signal. The
		// locks are taken in one order, so that two deliveries for several creditors cannot wait for each other.
		for (UUID creditor : creditors) {
			jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 7))").param(creditor.toString())
				.query((rs, n) -> 1)
				.list();
		}

		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		LocalDate today = LocalDate.ofInstant(now, ZONE);
		Map<Integer, Placement> placements = new HashMap<>();
		Map<UUID, SignalValidator> validators = new HashMap<>();

		Map<String, UUID> known = storedReferences(entries);
		UUID deliveryId = UUID.randomUUID();
		List<Receipt> receipts = new ArrayList<>(entries.size());
		List<Stored> fresh = new ArrayList<>();
		for (Entry entry : entries) {
			JsonNode node = entry.node();
			String reference = SignalValidator.reference(node);
			if (entry.creditorId() == null) {
				receipts.add(Receipt.refused(entry.position(), reference,
						List.of(Receipt.Reason.of(RefusalReason.CREDITOR_UNKNOWN))));
				continue;
			}
			UUID already = reference == null ? null : known.get(key(entry.creditorId(), reference));
			if (already != null) {
				receipts.add(Receipt.accepted(entry.position(), reference, already));
				continue;
			}
			SignalValidator validator = validators.computeIfAbsent(entry.creditorId(), c -> new SignalValidator(c, today,
					postcode -> placements.computeIfAbsent(postcode.digits(), pc4 -> municipalities.place(postcode)),
					bsnFrom));
			SignalValidator.Outcome outcome = validator.check(node);
			IncomingSignal signal = outcome.signal();
			if (signal != null && team != null && !team.contains(signal.municipality())) {
				outcome = new SignalValidator.Outcome(null, Set.of(RefusalReason.NOT_THIS_TEAM));
				signal = null;
			}
			if (signal == null) {
				receipts.add(Receipt.refused(entry.position(), reference,
						outcome.reasons().stream().sorted().map(Receipt.Reason::of).toList()));
				continue;
			}
			UUID id = UUID.randomUUID();
			known.put(key(entry.creditorId(), signal.reference()), id);
			fresh.add(new Stored(id, entry.creditorId(), signal,
					cipher.blindIndex(ADDRESS_DOMAIN, signal.normalisedAddress()),
					signal.bsn() == null ? null : cipher.blindIndex(signal.bsn())));
			receipts.add(Receipt.accepted(entry.position(), signal.reference(), id));
		}

		if (!fresh.isEmpty() && !dryRun) {
			store(deliveryId, now, fresh);
			audit.record(new AuditEntry(AuditAction.CREATE, "signal-delivery", deliveryId.toString(),
					"signals.intake"));
		}
		int accepted = (int) receipts.stream().filter(r -> r.status() == Receipt.Status.ACCEPTED).count();
		return new DeliveryReceipt(deliveryId, now, accepted, receipts.size() - accepted, List.copyOf(receipts));
	}

	private static String key(UUID creditor, String reference) {
		return creditor + "|" + reference;
	}

	/** An accepted signal with its household keys. */
	private record Stored(UUID id, UUID creditorId, IncomingSignal signal, String addressIndex, @Nullable String bsnIndex) {
	}

	private Map<String, UUID> storedReferences(List<Entry> entries) {
		Set<String> pairs = new LinkedHashSet<>();
		List<UUID> creditors = new ArrayList<>();
		List<String> references = new ArrayList<>();
		for (Entry entry : entries) {
			String reference = SignalValidator.reference(entry.node());
			if (reference != null && entry.creditorId() != null && pairs.add(key(entry.creditorId(), reference))) {
				creditors.add(entry.creditorId());
				references.add(reference);
			}
		}
		Map<String, UUID> known = new HashMap<>();
		if (pairs.isEmpty()) {
			return known;
		}
		jdbc.sql("""
				select s.creditor_id, s.creditor_reference, s.id
				from unnest(cast(? as uuid[]), cast(? as text[])) as r (creditor_id, creditor_reference)
				join signal s on s.creditor_id = r.creditor_id and s.creditor_reference = r.creditor_reference""")
			.params(creditors.toArray(UUID[]::new), references.toArray(String[]::new))
			.query(rs -> {
				known.put(key(rs.getObject(1, UUID.class), rs.getString(2)), rs.getObject(3, UUID.class));
			});
		return known;
	}

	private void store(UUID deliveryId, Instant now, List<Stored> fresh) {
		List<UUID> caseIds = cases.file(fresh.stream()
			.map(s -> new SignalCases.HouseholdKeys(s.signal().municipality(), s.signal().postcode().digits(),
					s.addressIndex(), s.bsnIndex()))
			.toList(), fresh.stream().map(s -> Triage.Facts.of(s.creditorId(), s.signal())).toList(),
				LocalDate.ofInstant(now, ZONE), now);
		// Encrypting is the costly part on this side: both cores share it. Each line is built on its own.
		String received = now.toString();
		String[] lines = new String[fresh.size()];
		java.util.stream.IntStream.range(0, fresh.size()).parallel().forEach(i -> {
			Stored s = fresh.get(i);
			IncomingSignal in = s.signal();
			lines[i] = CopyLine.of(s.id(), caseIds.get(i), s.creditorId(), in.reference(), in.creditorType().name(),
					in.kind().name(), in.municipality().value(), in.postcode().digits(), s.addressIndex(), s.bsnIndex(),
					cipher.encrypt(json.writeValueAsString(PersonDetails.of(in))), in.arrearsCents(), in.arrearsSince(),
					in.signalDate(), in.endOfSupplyDate(),
					in.priorSteps() == null ? null : json.writeValueAsString(in.priorSteps()), deliveryId, received);
		});
		// COPY in the delivery's own transaction: one round trip for all rows, and nothing is visible before commit.
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("""
						copy signal (id, case_id, creditor_id, creditor_reference, creditor_type, kind, municipality_code,
						             pc4, address_index, bsn_index, person, arrears_cents, arrears_since, signal_date,
						             end_of_supply_date, prior_steps, delivery_id, received_at)
						from stdin with (format csv)""", new CopyLine.Reader(lines));
		}
		catch (SQLException | IOException ex) {
			throw new DataAccessResourceFailureException("Storing the signals failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}
