// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schakel.audit.AuditAction;
import nl.schakel.audit.AuditEntry;
import nl.schakel.audit.AuditLog;
import nl.schakel.organisation.Membership;
import nl.schakel.organisation.Organisation;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Role;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.privacy.PersonalDataCipher;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.spreadsheet.Sheets;
import nl.schakel.spreadsheet.UnreadableFileException;

/**
 * Signals delivered as a CSV or XLSX file: by a smaller creditor that has no system for the API, or as the export of
 * a matching platform that the municipality's team imports. Every row goes through the same checks and intake as the
 * API ({@link SignalIntake}), through a column mapping the organisation saves. An upload is first shown as a dry run
 * with a receipt per row; only on confirmation are its valid rows stored, all in one transaction. The file is kept
 * encrypted until then and dropped after; the receipts (no personal data) stay for download.
 */
@Service
public class SignalFiles {

	/** The largest file taken; larger ones are refused before they are read. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	static final String ROW_DOMAIN = "signals.file-row";

	/** Who delivers through a file. */
	public enum Channel {

		/** A creditor organisation's members, for their own signals. */
		CREDITOR,
		/** The municipality's vroegsignalering team, importing a matching platform's export with many creditors. */
		PLATFORM

	}

	/** An upload as its page shows it. */
	public record Upload(UUID id, Channel channel, OrganisationId organisation, String organisationName,
			String fileName, Instant uploadedAt, boolean committed) {
	}

	/** The answer for one row: its line in the file, the reference, and the reason codes of a refusal. */
	public record RowReceipt(int line, @Nullable String reference, Receipt.Status status, List<String> reasons) {

		public boolean accepted() {
			return status == Receipt.Status.ACCEPTED;
		}

	}

	/**
	 * What a file does or did: its columns and mapping, fields that must still be mapped, the encoding it was read
	 * in, and a receipt per row. Nothing is stored while {@code committed} is false.
	 */
	public record Preview(Upload upload, List<String> columns, Map<SignalColumn, Integer> mapping,
			@Nullable CreditorType creditorType, List<String> missing, @Nullable String encoding, int accepted,
			int refused, List<RowReceipt> receipts, boolean committed) {

		/** Whether the file can be confirmed: the mapping is complete and the upload not yet confirmed. */
		public boolean confirmable() {
			return missing.isEmpty() && !committed && accepted > 0;
		}

		/** The column index mapped to a field, for the mapping form; -1 when none. */
		public int columnOf(SignalColumn field) {
			return mapping.getOrDefault(field, -1);
		}

	}

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	private final JsonMapper json;

	private final SignalIntake intake;

	private final Organisations organisations;

	private final AuditLog audit;

	private final Clock clock;

	SignalFiles(JdbcClient jdbc, PersonalDataCipher cipher, JsonMapper json, SignalIntake intake,
			Organisations organisations, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.json = json;
		this.intake = intake;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether this person may deliver through this channel at all, for the menu and the page. */
	public boolean mayUse(SchakelUser user, Channel channel) {
		return organisation(user, channel).isPresent();
	}

	/**
	 * Keeps an uploaded file for preview. Refuses, with a {@link SignalFileException} and storing nothing, a file that
	 * is too large, empty, of another kind than CSV or XLSX, unreadable, or with more rows than one delivery holds.
	 */
	@Transactional
	public Upload upload(SchakelUser user, Channel channel, String fileName, byte[] content) {
		Membership member = organisation(user, channel)
			.orElseThrow(() -> new AccessDeniedException("Not a member who delivers signals through " + channel));
		String name = cleanName(fileName);
		if (content.length > MAX_BYTES) {
			throw new SignalFileException("too-big", null);
		}
		if (content.length == 0) {
			throw new SignalFileException("empty", null);
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx") && !lower.endsWith(".txt")) {
			throw new SignalFileException("format", null);
		}
		Sheets.Sheet sheet = read(content, name);
		int rows = (int) sheet.body().stream().filter(r -> !r.blank()).count();
		if (rows == 0) {
			throw new SignalFileException("no-rows", null);
		}
		if (rows > SignalIntake.MAX_SIGNALS) {
			throw new SignalFileException("too-many-rows", null);
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("""
				insert into signal_upload (id, channel, organisation_id, uploaded_by, file_name, content, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, channel.name(), member.organisationId().value(), user.accountId().value(), name,
					cipher.encrypt(Base64.getEncoder().encodeToString(content)), Timestamp.from(now))
			.update();
		audit.record(new AuditEntry(AuditAction.CREATE, "signal-upload", id.toString(), "signals.file"));
		return new Upload(id, channel, member.organisationId(), member.organisationName(), name, now, false);
	}

	/** An upload of one of the person's organisations; empty for anyone else, as if it did not exist. */
	@Transactional(readOnly = true)
	public Optional<Upload> find(UUID id, SchakelUser user) {
		return row(id, user, false).map(Stored::upload);
	}

	/**
	 * The dry run of an upload: with the chosen mapping, else the one the organisation saved, else one suggested from
	 * the header. Checks every row against the intake and stored signals, and stores nothing.
	 */
	@Transactional
	public Optional<Preview> preview(UUID id, SchakelUser user, @Nullable Map<SignalColumn, Integer> chosen,
			@Nullable CreditorType creditorType) {
		return row(id, user, false).map(stored -> run(stored, user, chosen, creditorType, true));
	}

	/**
	 * Stores the valid rows of an upload with this mapping, all or none in one transaction, saves the mapping for the
	 * organisation and drops the file. A second confirmation (a double click, a reload) shows the first outcome.
	 */
	@Transactional
	public Optional<Preview> confirm(UUID id, SchakelUser user, @Nullable Map<SignalColumn, Integer> chosen,
			@Nullable CreditorType creditorType) {
		return row(id, user, true).map(stored -> run(stored, user, chosen, creditorType, false));
	}

	/** A stored upload with its content (null once confirmed) and receipts (null until confirmed). */
	private record Stored(Upload upload, @Nullable String content, @Nullable String receipts) {
	}

	private Optional<Stored> row(UUID id, SchakelUser user, boolean lock) {
		Optional<Stored> stored = jdbc
			.sql("select * from signal_upload where id = ?" + (lock ? " for update" : ""))
			.param(id)
			.query((rs, n) -> new Stored(new Upload(id, Channel.valueOf(rs.getString("channel")),
					new OrganisationId(rs.getObject("organisation_id", UUID.class)), "",
					rs.getString("file_name"), rs.getTimestamp("uploaded_at").toInstant(),
					rs.getTimestamp("committed_at") != null), rs.getString("content"), rs.getString("receipts")))
			.optional();
		return stored.flatMap(s -> organisation(user, s.upload().channel())
			.filter(m -> m.organisationId().equals(s.upload().organisation()))
			.map(m -> new Stored(new Upload(id, s.upload().channel(), s.upload().organisation(), m.organisationName(),
					s.upload().fileName(), s.upload().uploadedAt(), s.upload().committed()), s.content(),
					s.receipts())));
	}

	private Preview run(Stored stored, SchakelUser user, @Nullable Map<SignalColumn, Integer> chosen,
			@Nullable CreditorType chosenType, boolean dryRun) {
		Upload upload = stored.upload();
		if (upload.committed() || stored.content() == null) {
			return committed(stored);
		}
		boolean platform = upload.channel() == Channel.PLATFORM;
		byte[] content = Base64.getDecoder().decode(cipher.decrypt(stored.content()));
		audit.record(new AuditEntry(AuditAction.READ, "signal-upload", upload.id().toString(), "signals.file"));
		Sheets.Sheet sheet = read(content, upload.fileName());
		List<String> header = sheet.header();
		Saved saved = saved(upload.organisation(), upload.channel());
		Map<SignalColumn, Integer> columns = new EnumMap<>(SignalColumn.class);
		CreditorType type = chosenType;
		if (chosen != null) {
			columns.putAll(chosen);
		}
		else if (saved != null) {
			saved.columns().forEach((field, name) -> {
				int index = header.indexOf(name);
				if (index >= 0) {
					columns.put(field, index);
				}
			});
			type = type == null ? saved.creditorType() : type;
		}
		else {
			columns.putAll(SignalSheet.suggest(header, platform));
		}
		columns.keySet().removeIf(f -> f.platformOnly() && !platform);
		columns.values().removeIf(i -> i < 0 || i >= header.size());
		SignalSheet.Mapping mapping = new SignalSheet.Mapping(columns, type);
		List<String> missing = SignalSheet.missing(mapping, platform);
		String encoding = sheet.charset() == null ? null : sheet.charset().name();
		if (!missing.isEmpty()) {
			return new Preview(upload, header, columns, type, missing, encoding, 0, 0, List.of(), false);
		}
		List<SignalSheet.Row> rows = SignalSheet.rows(sheet.body(), mapping, json,
				row -> "rij-" + cipher.blindIndex(ROW_DOMAIN, upload.organisation().value() + "|" + row)
					.substring(0, 32));
		Map<String, UUID> creditors = platform ? creditorsByName() : Map.of();
		List<SignalIntake.Entry> entries = new ArrayList<>(rows.size());
		for (SignalSheet.Row row : rows) {
			UUID creditor = platform
					? row.creditor() == null ? null : creditors.get(row.creditor().strip().toLowerCase(Locale.ROOT))
					: upload.organisation().value();
			entries.add(new SignalIntake.Entry(row.line(), creditor, row.signal()));
		}
		Set<MunicipalityCode> team = platform ? organisations.byId(upload.organisation())
			.map(o -> Set.copyOf(o.municipalities()))
			.orElse(Set.of()) : null;
		DeliveryReceipt delivery = intake.take(entries, team, dryRun);
		List<RowReceipt> receipts = delivery.receipts()
			.stream()
			.map(r -> new RowReceipt(r.index(), r.reference(), r.status(),
					r.reasons().stream().map(Receipt.Reason::code).toList()))
			.toList();
		if (!dryRun) {
			saveMapping(upload, header, columns, type, user);
			jdbc.sql("""
					update signal_upload set content = null, delivery_id = ?, committed_at = ?, receipts = cast(? as jsonb)
					where id = ?""")
				.params(delivery.deliveryId(), Timestamp.from(delivery.receivedAt()), json.writeValueAsString(receipts),
						upload.id())
				.update();
		}
		Upload shown = dryRun ? upload
				: new Upload(upload.id(), upload.channel(), upload.organisation(), upload.organisationName(),
						upload.fileName(), upload.uploadedAt(), true);
		return new Preview(shown, header, columns, type, missing, encoding, delivery.accepted(), delivery.refused(),
				receipts, !dryRun);
	}

	private Preview committed(Stored stored) {
		List<RowReceipt> receipts = stored.receipts() == null ? List.of()
				: json.readValue(stored.receipts(), new TypeReference<List<RowReceipt>>() {
				});
		int accepted = (int) receipts.stream().filter(RowReceipt::accepted).count();
		return new Preview(stored.upload(), List.of(), Map.of(), null, List.of(), null, accepted,
				receipts.size() - accepted, receipts, true);
	}

	/** A saved mapping: our field to the header name of its column. */
	private record Saved(Map<SignalColumn, String> columns, @Nullable CreditorType creditorType) {
	}

	private @Nullable Saved saved(OrganisationId organisation, Channel channel) {
		return jdbc.sql("select columns, creditor_type from signal_column_mapping where organisation_id = ? and channel = ?")
			.params(organisation.value(), channel.name())
			.query((rs, n) -> {
				Map<String, String> byKey = json.readValue(rs.getString(1), new TypeReference<Map<String, String>>() {
				});
				Map<SignalColumn, String> columns = new EnumMap<>(SignalColumn.class);
				byKey.forEach((k, v) -> {
					for (SignalColumn f : SignalColumn.values()) {
						if (f.name().equals(k)) {
							columns.put(f, v);
						}
					}
				});
				String type = rs.getString(2);
				return new Saved(columns, type == null ? null : CreditorType.valueOf(type));
			})
			.optional()
			.orElse(null);
	}

	private void saveMapping(Upload upload, List<String> header, Map<SignalColumn, Integer> columns,
			@Nullable CreditorType type, SchakelUser user) {
		Map<String, String> byName = new LinkedHashMap<>();
		columns.forEach((f, i) -> byName.put(f.name(), header.get(i)));
		jdbc.sql("""
				insert into signal_column_mapping (organisation_id, channel, columns, creditor_type, updated_by, updated_at)
				values (?, ?, cast(? as jsonb), ?, ?, ?)
				on conflict (organisation_id, channel) do update set columns = excluded.columns,
				    creditor_type = excluded.creditor_type, updated_by = excluded.updated_by,
				    updated_at = excluded.updated_at""")
			.params(upload.organisation().value(), upload.channel().name(), json.writeValueAsString(byName),
					type == null ? null : type.name(), user.accountId().value(), Timestamp.from(clock.instant()))
			.update();
	}

	private Map<String, UUID> creditorsByName() {
		Map<String, UUID> byName = new HashMap<>();
		for (Organisation o : organisations.list(null)) {
			if (o.kind() == OrganisationKind.CREDITOR) {
				byName.putIfAbsent(o.name().strip().toLowerCase(Locale.ROOT), o.id().value());
			}
		}
		return byName;
	}

	/**
	 * The organisation a person delivers for: a creditor where they are an administrator or professional, or the
	 * municipality whose vroegsignalering team they are in.
	 */
	private static Optional<Membership> organisation(SchakelUser user, Channel channel) {
		Set<Role> roles = channel == Channel.CREDITOR ? Set.of(Role.ORGANISATION_ADMIN, Role.PROFESSIONAL)
				: Set.of(Role.VROEGSIGNALERING);
		OrganisationKind kind = channel == Channel.CREDITOR ? OrganisationKind.CREDITOR : OrganisationKind.MUNICIPALITY;
		return user.memberships().stream().filter(m -> m.kind() == kind && roles.contains(m.role())).findFirst();
	}

	private static Sheets.Sheet read(byte[] content, String name) {
		try {
			return Sheets.read(content, name, true);
		}
		catch (UnreadableFileException ex) {
			throw new SignalFileException(ex.code(), ex.line());
		}
	}

	private static String cleanName(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
		if (name.isEmpty()) {
			return "bestand";
		}
		return name.length() > 120 ? name.substring(name.length() - 120) : name;
	}

}
