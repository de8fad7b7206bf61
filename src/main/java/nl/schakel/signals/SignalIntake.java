// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
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

	private final JdbcTemplate batch;

	private final PersonalDataCipher cipher;

	private final JsonMapper json;

	private final Municipalities municipalities;

	private final Organisations organisations;

	private final SignalCases cases;

	private final AuditLog audit;

	private final Clock clock;

	SignalIntake(JdbcClient jdbc, JdbcTemplate batch, PersonalDataCipher cipher, JsonMapper json,
			Municipalities municipalities, Organisations organisations, SignalCases cases, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
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
		// One delivery per creditor at a time, so that two concurrent redeliveries cannot both store a signal.
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 7))").param(creditorId.toString())
			.query((rs, n) -> 1)
			.list();

		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		LocalDate today = LocalDate.ofInstant(now, ZONE);
		Map<Integer, Placement> placements = new HashMap<>();
		var validator = new SignalValidator(creditorId, today,
				postcode -> placements.computeIfAbsent(postcode.digits(), pc4 -> municipalities.place(postcode)));

		Map<String, UUID> known = storedReferences(creditorId, signals);
		UUID deliveryId = UUID.randomUUID();
		List<Receipt> receipts = new ArrayList<>(signals.size());
		List<Stored> fresh = new ArrayList<>();
		for (int i = 0; i < signals.size(); i++) {
			JsonNode node = signals.get(i);
			String reference = SignalValidator.reference(node);
			UUID already = reference == null ? null : known.get(reference);
			if (already != null) {
				receipts.add(Receipt.accepted(i, reference, already));
				continue;
			}
			SignalValidator.Outcome outcome = validator.check(node);
			IncomingSignal signal = outcome.signal();
			if (signal == null) {
				receipts.add(Receipt.refused(i, reference,
						outcome.reasons().stream().sorted().map(Receipt.Reason::of).toList()));
				continue;
			}
			UUID id = UUID.randomUUID();
			known.put(signal.reference(), id);
			fresh.add(new Stored(id, signal, cipher.blindIndex(ADDRESS_DOMAIN, signal.normalisedAddress()),
					signal.bsn() == null ? null : cipher.blindIndex(signal.bsn())));
			receipts.add(Receipt.accepted(i, signal.reference(), id));
		}

		if (!fresh.isEmpty()) {
			store(creditorId, deliveryId, now, fresh);
			audit.record(new AuditEntry(AuditAction.CREATE, "signal-delivery", deliveryId.toString(),
					"signals.intake"));
		}
		int accepted = (int) receipts.stream().filter(r -> r.status() == Receipt.Status.ACCEPTED).count();
		return new DeliveryReceipt(deliveryId, now, accepted, receipts.size() - accepted, List.copyOf(receipts));
	}

	/** An accepted signal with its household keys. */
	private record Stored(UUID id, IncomingSignal signal, String addressIndex, @Nullable String bsnIndex) {
	}

	private Map<String, UUID> storedReferences(UUID creditorId, JsonNode signals) {
		Set<String> references = new LinkedHashSet<>();
		signals.forEach(node -> {
			String reference = SignalValidator.reference(node);
			if (reference != null) {
				references.add(reference);
			}
		});
		Map<String, UUID> known = new HashMap<>();
		if (references.isEmpty()) {
			return known;
		}
		jdbc.sql("select creditor_reference, id from signal where creditor_id = ? and creditor_reference = any(?)")
			.params(creditorId, references.toArray(String[]::new))
			.query(rs -> {
				known.put(rs.getString(1), rs.getObject(2, UUID.class));
			});
		return known;
	}

	private void store(UUID creditorId, UUID deliveryId, Instant now, List<Stored> fresh) {
		List<UUID> caseIds = cases.casesFor(fresh.stream()
			.map(s -> new SignalCases.HouseholdKeys(s.signal().municipality(), s.signal().postcode().digits(),
					s.addressIndex(), s.bsnIndex()))
			.toList(), now);
		Map<UUID, UUID> caseOf = new HashMap<>();
		for (int i = 0; i < fresh.size(); i++) {
			caseOf.put(fresh.get(i).id(), caseIds.get(i));
		}
		Timestamp received = Timestamp.from(now);
		batch.batchUpdate("""
				insert into signal (id, case_id, creditor_id, creditor_reference, creditor_type, kind, municipality_code,
				                    pc4, address_index, bsn_index, person, arrears_cents, arrears_since, signal_date,
				                    end_of_supply_date, prior_steps, delivery_id, received_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""", fresh, 1000,
				(ps, s) -> {
					IncomingSignal in = s.signal();
					ps.setObject(1, s.id());
					ps.setObject(2, caseOf.get(s.id()));
					ps.setObject(3, creditorId);
					ps.setString(4, in.reference());
					ps.setString(5, in.creditorType().name());
					ps.setString(6, in.kind().name());
					ps.setString(7, in.municipality().value());
					ps.setInt(8, in.postcode().digits());
					ps.setString(9, s.addressIndex());
					ps.setString(10, s.bsnIndex());
					ps.setString(11, cipher.encrypt(json.writeValueAsString(PersonDetails.of(in))));
					ps.setLong(12, in.arrearsCents());
					ps.setDate(13, Date.valueOf(in.arrearsSince()));
					ps.setDate(14, Date.valueOf(in.signalDate()));
					ps.setDate(15, in.endOfSupplyDate() == null ? null : Date.valueOf(in.endOfSupplyDate()));
					ps.setString(16, in.priorSteps() == null ? null : json.writeValueAsString(in.priorSteps()));
					ps.setObject(17, deliveryId);
					ps.setTimestamp(18, received);
				});
		cases.retriage(new LinkedHashSet<>(caseOf.values()), LocalDate.ofInstant(now, ZONE), now);
	}

}
