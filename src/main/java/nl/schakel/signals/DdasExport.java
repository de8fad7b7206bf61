// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schakel.audit.AuditAction;
import nl.schakel.audit.AuditEntry;
import nl.schakel.audit.AuditLog;
import nl.schakel.organisation.Organisation;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.privacy.PersonalDataCipher;
import nl.schakel.region.MunicipalityCode;

/**
 * The monitoring delivery to CBS in the VNG DDAS vroegsignalering exchange model (Uitwisselmodel v1.2): per
 * municipality the signals with a signal date in the period and the cases they belong to, with status and result.
 * Data minimisation as the model prescribes: a client is a BSN only, or else postcode, house number, addition and
 * birth date; never a name, street, phone or e-mail. Every document is checked against the official schema before it
 * leaves, and every export is audited.
 */
@Service
public class DdasExport {

	/** The model's page size for vroegsignalen (DDAS non-functionals); larger deliveries need paging. */
	public static final int MAX_SIGNALS = 50_000;

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final Set<String> SIGNAL_STATUSES = Set.of("Inwoner al bekend bij schuldhulpverlening",
			"Inwoner is overleden", "Niet opgepakt: andere reden", "Niet opgepakt: herhaalde melding",
			"Niet opgepakt: onterecht signaal", "Persoon is geen inwoner (meer) in de gemeente");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final PersonalDataCipher cipher;

	private final Organisations organisations;

	private final SignalCases cases;

	private final DdasSchemas schemas;

	private final AuditLog audit;

	private final ReportingProperties properties;

	private final Clock clock;

	DdasExport(JdbcClient jdbc, JsonMapper json, PersonalDataCipher cipher, Organisations organisations,
			SignalCases cases, DdasSchemas schemas, AuditLog audit, ReportingProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.cipher = cipher;
		this.organisations = organisations;
		this.cases = cases;
		this.schemas = schemas;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** The document for the viewer's vroegsignalering team: one levering per municipality it serves. */
	@Transactional
	public ObjectNode forTeam(SchakelUser viewer, LocalDate start, LocalDate end) {
		List<Organisation> teams = cases.teams(viewer);
		if (teams.isEmpty()) {
			throw new AccessDeniedException("Only the vroegsignalering team exports signals");
		}
		return document(teams, start, end);
	}

	/** The document for a municipality organisation (its API client, for example the one CBS calls with). */
	@Transactional
	public ObjectNode forOrganisation(OrganisationId organisation, LocalDate start, LocalDate end) {
		Organisation municipality = organisations.byId(organisation)
			.filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
			.orElseThrow(() -> new AccessDeniedException("Only a municipality delivers to CBS"));
		return document(List.of(municipality), start, end);
	}

	/** Refuses a document that breaks the official v1.2 schema: it does not leave Schakel. */
	public ObjectNode checked(ObjectNode document) {
		List<String> violations = schemas.violations(DdasSchemas.Version.V1_2, document);
		if (!violations.isEmpty()) {
			throw new DdasExportException("The DDAS document breaks the official schema", violations);
		}
		return document;
	}

	private ObjectNode document(List<Organisation> suppliers, LocalDate start, LocalDate end) {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("The period ends before it starts");
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		ObjectNode root = json.createObjectNode();
		root.put("startdatumLevering", start.toString());
		root.put("einddatumLevering", end.toString());
		root.put("aanleverdatumEnTijd", now.toString());
		root.put("codeGegevensleverancier", properties.ddas().supplierCode());
		ArrayNode leveringen = root.putArray("leveringen");
		int counter = 0;
		for (Organisation supplier : suppliers) {
			for (MunicipalityCode municipality : supplier.municipalities()) {
				leveringen.add(levering(++counter, supplier, municipality, start, end));
				audit.record(new AuditEntry(AuditAction.EXPORT, "signal-ddas",
						municipality.value() + ":" + start + ".." + end, "signals.ddas"));
			}
		}
		return checked(root);
	}

	/** One signal row with what the model needs of its case. */
	private record Row(UUID id, UUID caseId, CreditorType creditorType, SignalKind kind, long cents,
			LocalDate arrearsSince, LocalDate signalDate, String person, @Nullable LocalDate pickedUp,
			@Nullable String result) {
	}

	private ObjectNode levering(int counter, Organisation supplier, MunicipalityCode municipality, LocalDate start,
			LocalDate end) {
		List<Row> rows = jdbc.sql("""
				select s.id, s.case_id, s.creditor_type, s.kind, s.arrears_cents, s.arrears_since, s.signal_date,
				       s.person, p.picked_up_on, p.result
				from signal s left join signal_case_progress p on p.case_id = s.case_id
				where s.municipality_code = ? and s.signal_date between ? and ?
				order by s.case_id, s.signal_date, s.id""")
			.params(municipality.value(), Date.valueOf(start), Date.valueOf(end))
			.query((rs, n) -> {
				Date picked = rs.getDate("picked_up_on");
				return new Row(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
						CreditorType.valueOf(rs.getString("creditor_type")), SignalKind.valueOf(rs.getString("kind")),
						rs.getLong("arrears_cents"), rs.getDate("arrears_since").toLocalDate(),
						rs.getDate("signal_date").toLocalDate(), rs.getString("person"),
						picked == null ? null : picked.toLocalDate(), rs.getString("result"));
			})
			.list();
		if (rows.size() > MAX_SIGNALS) {
			throw new DdasExportException("More than " + MAX_SIGNALS + " signals in one levering; choose a shorter period",
					List.of());
		}
		ObjectNode levering = json.createObjectNode();
		levering.put("teller", counter);
		levering.put("gemeentecode", municipality.value());
		levering.putObject("aanleverendeOrganisatie").put("naam", supplier.name());
		ArrayNode signals = levering.putArray("vroegsignalen");
		Map<UUID, List<Row>> byCase = new LinkedHashMap<>();
		for (Row row : rows) {
			signals.add(signal(row));
			byCase.computeIfAbsent(row.caseId(), k -> new ArrayList<>()).add(row);
		}
		ArrayNode zaken = levering.putArray("vroegsignaalzaken");
		Map<UUID, LocalDate> opened = new LinkedHashMap<>();
		Map<UUID, List<ObjectNode>> attempts = new LinkedHashMap<>();
		if (!byCase.isEmpty()) {
			UUID[] ids = byCase.keySet().toArray(UUID[]::new);
			jdbc.sql("select id, opened_at from signal_case where id = any(?)").param(ids).query(rs -> {
				opened.put(rs.getObject(1, UUID.class), LocalDate.ofInstant(rs.getTimestamp(2).toInstant(), ZONE));
			});
			jdbc.sql("""
					select case_id, kind, attempted_on, part_of_day, reached from signal_contact_attempts
					where case_id = any(?) order by attempted_on""")
				.param(ids)
				.query(rs -> {
					ObjectNode attempt = json.createObjectNode();
					attempt.put("soort", rs.getString("kind"));
					attempt.put("bereikt", rs.getBoolean("reached"));
					attempt.put("datum", rs.getDate("attempted_on").toLocalDate().toString());
					if (rs.getString("part_of_day") != null) {
						attempt.put("dagdeel", rs.getString("part_of_day"));
					}
					attempts.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>()).add(attempt);
				});
		}
		byCase.forEach((caseId, caseRows) -> {
			ObjectNode zaak = zaken.addObject();
			Row first = caseRows.getFirst();
			if (first.result() != null) {
				zaak.put("resultaat", first.result());
			}
			LocalDate matched = opened.get(caseId);
			if (matched != null) {
				zaak.put("matchingsdatum", matched.toString());
			}
			zaak.put("startdatumMatchingperiode", start.toString());
			zaak.put("einddatumMatchingperiode", end.toString());
			if (first.pickedUp() != null) {
				zaak.put("datumOpgepakt", first.pickedUp().toString());
			}
			ArrayNode refs = zaak.putArray("vroegsignalen");
			caseRows.forEach(r -> refs.addObject().put("ID", r.id().toString()));
			List<ObjectNode> tries = attempts.get(caseId);
			if (tries != null) {
				zaak.putArray("contactpogingen").addAll(tries);
			}
		});
		return levering;
	}

	private ObjectNode signal(Row row) {
		ObjectNode signal = json.createObjectNode();
		signal.put("ID", row.id().toString());
		signal.put("crisissignaal", row.kind() == SignalKind.EINDELEVERING);
		signal.put("bedrag", euros(row.cents()));
		signal.put("ontstaansdatum", row.arrearsSince().toString());
		signal.put("signaaldatum", row.signalDate().toString());
		signal.put("status", status(row));
		signal.putObject("signaalpartner").put("type", partner(row.creditorType()));
		signal.set("client", client(json.readValue(cipher.decrypt(row.person()), PersonDetails.class)));
		return signal;
	}

	/** Only what the model allows: a BSN alone, or else the address keys and the birth date. Never a name. */
	ObjectNode client(PersonDetails person) {
		ObjectNode client = json.createObjectNode();
		if (person.bsn() != null) {
			client.put("burgerservicenummer", person.bsn());
			return client;
		}
		client.put("postcode", person.postcode().replace(" ", ""));
		client.put("huisnummer", Integer.toString(person.houseNumber()));
		if (person.addition() != null && !person.addition().isBlank()) {
			client.put("huisnummertoevoeging", person.addition());
		}
		if (person.birthDate() != null) {
			client.put("geboortedatum", person.birthDate());
		}
		return client;
	}

	private static String status(Row row) {
		if (row.result() != null && SIGNAL_STATUSES.contains(row.result())) {
			return row.result();
		}
		return row.pickedUp() != null ? "Opgepakt" : "Nog niet opgepakt";
	}

	/** The model's signaalpartner type for the four creditor types of the Besluit § 2. */
	static String partner(CreditorType type) {
		return switch (type) {
			case WONINGVERHUURDER -> "Huur";
			case ENERGIELEVERANCIER -> "Energie";
			case DRINKWATERBEDRIJF -> "Water";
			case ZORGVERZEKERAAR -> "Zorg";
		};
	}

	/** Whole euros, half up: the model's "bedrag" has no cents. */
	static long euros(long cents) {
		return (cents + 50) / 100;
	}

}
