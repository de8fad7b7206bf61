// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schakel.socialmap.HsdsSchemas.Kind;
import nl.schakel.spreadsheet.CsvRows;
import nl.schakel.spreadsheet.SheetRow;
import nl.schakel.spreadsheet.Sheets;
import nl.schakel.spreadsheet.TextDecoding;
import nl.schakel.spreadsheet.UnreadableFileException;
import nl.schakel.spreadsheet.ZipContents;
import nl.schakel.socialmap.Tabular.Document;

/**
 * Exchange of the whole sociale kaart: export as HSDS JSON and as the HSDS tabular datapackage; import of HSDS JSON,
 * of a datapackage and of a partner's spreadsheet through a column mapping. An import is previewed first (a dry run
 * whose changes are rolled back), shows every bad row and every likely duplicate, and is then confirmed: all of it
 * or nothing, and the same file twice changes nothing.
 */
@Service
public class Exchange {

	/** The largest file we take: bigger files are refused before they are read. */
	public static final int MAX_BYTES = 50 * 1024 * 1024;

	/** What kind of file an upload is. */
	public enum Format {

		HSDS_JSON("hsds-json"), DATAPACKAGE("datapackage"), SPREADSHEET("spreadsheet");

		private final String code;

		Format(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

		static Format fromCode(String code) {
			for (Format format : values()) {
				if (format.code.equals(code)) {
					return format;
				}
			}
			throw new IllegalArgumentException("Unknown format");
		}

	}

	/** What to do with a likely duplicate. */
	public enum Decision {

		MERGE, NEW, SKIP;

		public static Optional<Decision> parse(@Nullable String text) {
			for (Decision d : values()) {
				if (d.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
					return Optional.of(d);
				}
			}
			return Optional.empty();
		}

	}

	/** An uploaded file waiting for the curator. */
	public record Upload(UUID id, String source, String fileName, Format format, byte[] content, String uploadedBy) {
	}

	/**
	 * What an import would do or did: counts, every problem (nothing is imported while there is one), warnings,
	 * likely duplicates with the decisions taken, and for spreadsheets the columns and their mapping.
	 */
	public record Outcome(Format format, ImportReport report, List<ImportProblem> problems, List<ImportProblem> warnings,
			List<DuplicateCandidate> duplicates, Map<String, Decision> decisions, List<String> columns,
			Map<String, Integer> mapping, boolean committed) {

		public boolean usable() {
			return problems.isEmpty();
		}

		/** Duplicates the curator has not decided about yet. */
		public List<DuplicateCandidate> undecided() {
			return duplicates.stream().filter(d -> !decisions.containsKey(d.id())).toList();
		}

	}

	/** One past import, for the curators' list. */
	public record Logged(UUID id, String source, String fileName, String format, String importedBy, Instant importedAt,
			int created, int updated, int unchanged, int skipped) {
	}

	private final Directory directory;

	private final Tabular tabular;

	private final HsdsSchemas schemas;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	Exchange(Directory directory, Tabular tabular, HsdsSchemas schemas, JsonMapper json, JdbcClient jdbc,
			PlatformTransactionManager transactionManager) {
		this.directory = directory;
		this.tabular = tabular;
		this.schemas = schemas;
		this.json = json;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	// ---- export ----

	/**
	 * The whole directory as one HSDS organisation list: every organisation with its services (and their locations)
	 * and its locations, valid against the compiled {@code organization_list} schema.
	 */
	public void writeJson(OutputStream out) {
		try (JsonGenerator generator = json.createGenerator(out)) {
			long total = jdbc.sql("select count(*) from sm_organization").query(Long.class).single();
			generator.writeStartObject();
			generator.writeNumberProperty("total_items", total);
			generator.writeNumberProperty("total_pages", 1);
			generator.writeNumberProperty("page_number", 1);
			generator.writeNumberProperty("size", total);
			generator.writeBooleanProperty("first_page", true);
			generator.writeBooleanProperty("last_page", true);
			generator.writeBooleanProperty("empty", total == 0);
			generator.writeArrayPropertyStart("contents");
			directory.exportOrganizations(organization -> json.writeValue(generator, organization));
			generator.writeEndArray();
			generator.writeEndObject();
		}
	}

	/** The whole directory as the HSDS tabular datapackage: datapackage.json and one CSV per table, in a ZIP. */
	public void writeDatapackage(OutputStream out) {
		Tabular.Rows rows = tabular.newRows();
		directory.exportStored((table, doc) -> tabular.flatten(table, doc, rows));
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry("datapackage.json"));
			zip.write(tabular.descriptor());
			zip.closeEntry();
			for (Tabular.Resource resource : tabular.resources()) {
				zip.putNextEntry(new ZipEntry(resource.path()));
				zip.write(tabular.csv(resource, rows).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// ---- uploads waiting for a decision ----

	/** Keeps an upload for preview and confirmation. Throws when the file is of no format we read. */
	public UUID upload(String source, String fileName, byte[] content, String by) {
		Format format = detect(fileName, content);
		UUID id = UUID.randomUUID();
		jdbc.sql("delete from sm_pending_import where uploaded_at < now() - interval '1 day'").update();
		jdbc.sql("""
				insert into sm_pending_import (id, source, file_name, format, content, uploaded_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, cleanSource(source), cleanName(fileName), format.code(), content, by)
			.update();
		return id;
	}

	public Optional<Upload> pending(UUID id) {
		return jdbc.sql("select id, source, file_name, format, content, uploaded_by from sm_pending_import where id = ?")
			.param(id)
			.query((rs, n) -> new Upload(rs.getObject("id", UUID.class), rs.getString("source"), rs.getString("file_name"),
					Format.fromCode(rs.getString("format")), rs.getBytes("content"), rs.getString("uploaded_by")))
			.optional();
	}

	public void discard(UUID id) {
		jdbc.sql("delete from sm_pending_import where id = ?").param(id).update();
	}

	/** What the upload would do, with this mapping (null: the saved or suggested one) and these decisions. */
	public Outcome preview(Upload upload, @Nullable Map<SheetField, Integer> mapping, Map<String, Decision> decisions) {
		return run(upload.source(), upload.fileName(), upload.format(), upload.content(), mapping, decisions, true,
				upload.uploadedBy());
	}

	/** Imports the upload when it is usable and every duplicate is decided; removes it from the waiting list then. */
	public Outcome confirm(Upload upload, @Nullable Map<SheetField, Integer> mapping, Map<String, Decision> decisions,
			String by) {
		Outcome outcome = run(upload.source(), upload.fileName(), upload.format(), upload.content(), mapping, decisions,
				false, by);
		if (outcome.committed()) {
			discard(upload.id());
		}
		return outcome;
	}

	/**
	 * One call for the API: previews ({@code dryRun}) or imports a file at once. Duplicates nobody decided about get
	 * {@code otherwise}; null leaves them undecided, which stops the import.
	 */
	public Outcome importFile(String source, String fileName, byte[] content, @Nullable Decision otherwise,
			boolean dryRun, String by) {
		Format format = detect(fileName, content);
		Map<String, Decision> decisions = new LinkedHashMap<>();
		if (otherwise != null) {
			Outcome first = run(source, fileName, format, content, null, Map.of(), true, by);
			first.undecided().forEach(d -> decisions.put(d.id(), !d.existing() && otherwise == Decision.MERGE
					? Decision.NEW : otherwise));
		}
		return run(source, fileName, format, content, null, decisions, dryRun, by);
	}

	// ---- column mappings ----

	/** The saved mapping of a source, as header names per target. */
	public Map<SheetField, String> savedMapping(String source) {
		Map<SheetField, String> mapping = new EnumMap<>(SheetField.class);
		jdbc.sql("select mapping::text from sm_column_mapping where source = ?")
			.param(cleanSource(source))
			.query(String.class)
			.optional()
			.ifPresent(text -> json.readTree(text).properties().forEach(e -> {
				for (SheetField target : SheetField.values()) {
					if (target.key().equals(e.getKey())) {
						mapping.put(target, e.getValue().asString());
					}
				}
			}));
		return mapping;
	}

	public void saveMapping(String source, Map<SheetField, Integer> mapping, List<String> header, String by) {
		ObjectNode stored = json.createObjectNode();
		mapping.forEach((target, column) -> {
			if (column >= 0 && column < header.size()) {
				stored.put(target.key(), header.get(column));
			}
		});
		jdbc.sql("""
				insert into sm_column_mapping (source, mapping, updated_by) values (?, cast(? as jsonb), ?)
				on conflict (source) do update set mapping = excluded.mapping, updated_by = excluded.updated_by,
				  updated_at = now()""")
			.params(cleanSource(source), json.writeValueAsString(stored), by)
			.update();
	}

	public List<Logged> recent(int limit) {
		return jdbc.sql("""
				select id, source, file_name, format, imported_by, imported_at, created, updated, unchanged, skipped
				from sm_import_log order by imported_at desc limit ?""")
			.param(limit)
			.query((rs, n) -> new Logged(rs.getObject("id", UUID.class), rs.getString("source"), rs.getString("file_name"),
					rs.getString("format"), rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant(),
					rs.getInt("created"), rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("skipped")))
			.list();
	}

	// ---- the import itself ----

	static Format detect(String fileName, byte[] content) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (content.length > MAX_BYTES) {
			throw new UnusableFileException(ImportProblem.ofFile(cleanName(fileName), "too-big"));
		}
		if (content.length == 0) {
			throw new UnusableFileException(ImportProblem.ofFile(cleanName(fileName), "empty"));
		}
		if (name.endsWith(".json")) {
			return Format.HSDS_JSON;
		}
		if (name.endsWith(".xlsx") || name.endsWith(".csv")) {
			return Format.SPREADSHEET;
		}
		if (name.endsWith(".zip")) {
			return Format.DATAPACKAGE;
		}
		throw new UnusableFileException(ImportProblem.ofFile(cleanName(fileName), "format"));
	}

	private Outcome run(String source, String fileName, Format format, byte[] content,
			@Nullable Map<SheetField, Integer> chosenMapping, Map<String, Decision> chosen, boolean dryRun, String by) {
		String file = cleanName(fileName);
		List<ImportProblem> problems = new ArrayList<>();
		List<ImportProblem> warnings = new ArrayList<>();
		List<String> columns = List.of();
		Map<SheetField, Integer> mapping = new EnumMap<>(SheetField.class);
		List<Document> documents = new ArrayList<>();
		try {
			switch (format) {
				case HSDS_JSON -> documents.addAll(jsonDocuments(content, file, problems));
				case DATAPACKAGE -> {
					Tabular.Nested nested = datapackage(ZipContents.read(content, file), problems);
					documents.addAll(nested.documents());
					warnings.addAll(nested.warnings());
				}
				case SPREADSHEET -> {
					List<SheetRow> lines = spreadsheet(content, file);
					columns = lines.isEmpty() ? List.of() : lines.getFirst().cells();
					mapping.putAll(chosenMapping != null ? chosenMapping : resolve(savedMapping(source), columns));
					problems.addAll(PartnerSheet.checkMapping(mapping, file));
					if (problems.isEmpty()) {
						PartnerSheet.documents(lines, mapping, cleanSource(source), file, json, problems)
							.forEach(o -> documents.add(new Document(Kind.ORGANIZATION, o)));
					}
				}
			}
		}
		catch (UnusableFileException ex) {
			problems.addAll(ex.problems());
		}
		catch (UnreadableFileException ex) {
			problems.add(problem(ex));
		}
		Map<String, Integer> mappingByKey = new LinkedHashMap<>();
		mapping.forEach((t, c) -> mappingByKey.put(t.key(), c));
		if (documents.isEmpty() && problems.isEmpty()) {
			problems.add(ImportProblem.ofFile(file, "nothing"));
		}
		if (!problems.isEmpty()) {
			return new Outcome(format, ImportReport.NONE, problems, warnings, List.of(), chosen, columns, mappingByKey,
					false);
		}
		Map<String, Decision> decisions = new LinkedHashMap<>(chosen);
		Map<String, String> mergeInto = new LinkedHashMap<>();
		Set<String> skip = new LinkedHashSet<>();
		rememberedDecisions(cleanSource(source), mergeInto, skip);
		applyDecisions(documents, mergeInto, skip);
		List<DuplicateCandidate> duplicates = Duplicates.find(profiles(documents), knownProfiles());
		for (DuplicateCandidate candidate : duplicates) {
			Decision decision = decisions.get(candidate.id());
			if (decision == Decision.MERGE && candidate.existing()) {
				mergeInto.put(candidate.id(), candidate.otherId());
			}
			else if (decision == Decision.SKIP) {
				skip.add(candidate.id());
			}
		}
		Map<String, String> newMerges = new LinkedHashMap<>(mergeInto);
		applyDecisions(documents, mergeInto, skip);
		boolean undecided = duplicates.stream().anyMatch(d -> !decisions.containsKey(d.id()));
		for (int i = 0; i < documents.size(); i++) {
			Document document = documents.get(i);
			String where = documents.size() == 1 ? file : file + " #" + (i + 1);
			for (String violation : schemas.violations(document.kind(), document.node())) {
				int colon = violation.indexOf(": ");
				problems.add(new ImportProblem(where, null, colon > 0 ? violation.substring(0, colon) : null, "schema",
						List.of(colon > 0 ? violation.substring(colon + 2) : violation)));
			}
			if (document.kind() == Kind.ORGANIZATION || document.kind() == Kind.SERVICE) {
				checkOpeningHours(document.node(), where, problems);
			}
		}
		if (!problems.isEmpty()) {
			return new Outcome(format, ImportReport.NONE, problems, warnings, duplicates, decisions, columns, mappingByKey,
					false);
		}
		boolean commit = !dryRun && !undecided;
		int skipped = skip.size();
		try {
			ImportReport report = transactions.execute(status -> {
				ImportReport total = ImportReport.NONE;
				for (Document document : documents) {
					total = total.plus(directory.importDocument(document.kind(), document.node(), by));
				}
				if (commit) {
					record(source, file, format, content, total, skipped, warnings, by);
					rememberDecisions(cleanSource(source), newMerges, skip);
				}
				else {
					status.setRollbackOnly();
				}
				return total;
			});
			return new Outcome(format, report, problems, warnings, duplicates, decisions, columns, mappingByKey, commit);
		}
		catch (HsdsImportException ex) {
			ex.problems().forEach(p -> problems.add(ImportProblem.ofFile(file, "schema", p)));
			return new Outcome(format, ImportReport.NONE, problems, warnings, duplicates, decisions, columns, mappingByKey,
					false);
		}
	}

	private List<Document> jsonDocuments(byte[] content, String file, List<ImportProblem> problems) {
		String text = TextDecoding.utf8(content, file);
		JsonNode root;
		try {
			root = json.readTree(text);
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			int line = location == null ? 1 : Math.max(1, location.getLineNr());
			int column = location == null ? 0 : location.getColumnNr();
			throw new UnusableFileException(ImportProblem.at(file, line, column > 0 ? String.valueOf(column) : null, "json"));
		}
		List<JsonNode> items = new ArrayList<>();
		if (root != null && root.isArray()) {
			root.forEach(items::add);
		}
		else if (root != null && root.isObject() && root.has("contents") && root.get("contents").isArray()) {
			root.get("contents").forEach(items::add);
		}
		else if (root != null && root.isObject()) {
			items.add(root);
		}
		else {
			throw new UnusableFileException(ImportProblem.ofFile(file, "json"));
		}
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			if (!(item instanceof ObjectNode object)) {
				problems.add(new ImportProblem(file, null, "contents[" + i + "]", "not-an-object", List.of()));
				continue;
			}
			documents.add(new Document(kindOf(object), object.deepCopy()));
		}
		return documents;
	}

	/** A file this module could not read, said as an import problem with the same code. */
	static ImportProblem problem(UnreadableFileException ex) {
		return new ImportProblem(ex.file(), ex.line(), null, ex.code(), List.of());
	}

	/** Which HSDS object a JSON document is, from the fields only that object has. */
	static Kind kindOf(ObjectNode object) {
		if (object.has("status") || object.has("service_at_locations") || object.has("organization")) {
			return Kind.SERVICE;
		}
		if (object.has("services") || object.has("locations") || object.has("legal_status") || object.has("website")
				|| object.has("organization_identifiers")) {
			return Kind.ORGANIZATION;
		}
		if (object.has("location") || object.has("location_id") || object.has("service")) {
			return Kind.SERVICE_AT_LOCATION;
		}
		if (object.has("code") || object.has("taxonomy_detail") || object.has("parent_id") || object.has("taxonomy_id")
				|| object.has("term_uri")) {
			return Kind.TAXONOMY_TERM;
		}
		if (object.has("version") || (object.has("uri") && !object.has("description"))) {
			return Kind.TAXONOMY;
		}
		return object.has("description") ? Kind.ORGANIZATION : Kind.TAXONOMY;
	}

	private Tabular.Nested datapackage(Map<String, byte[]> files, List<ImportProblem> problems) {
		Map<String, List<Tabular.Row>> tables = new LinkedHashMap<>();
		for (var entry : files.entrySet()) {
			String name = entry.getKey().substring(entry.getKey().lastIndexOf('/') + 1);
			if (name.equalsIgnoreCase("datapackage.json") || name.isEmpty() || entry.getKey().startsWith("__MACOSX")) {
				continue;
			}
			Tabular.Resource resource = tabular.byPath(name);
			if (resource == null) {
				problems.add(ImportProblem.ofFile(name, "unknown-table"));
				continue;
			}
			List<List<String>> csv;
			try {
				csv = CsvRows.parse(TextDecoding.utf8(entry.getValue(), name));
			}
			catch (UnreadableFileException ex) {
				problems.add(problem(ex));
				continue;
			}
			catch (IllegalArgumentException ex) {
				problems.add(ImportProblem.ofFile(name, "csv-quote"));
				continue;
			}
			tables.computeIfAbsent(resource.name(), k -> new ArrayList<>())
				.addAll(tabular.read(resource, name, csv, problems));
		}
		if (!problems.isEmpty()) {
			return new Tabular.Nested(List.of(), List.of());
		}
		if (tables.isEmpty()) {
			throw new UnusableFileException(ImportProblem.ofFile("datapackage", "nothing"));
		}
		return tabular.nest(tables);
	}

	/** A set of tabular CSV files uploaded one by one: read as if they were a datapackage. */
	public Outcome importTables(String source, Map<String, byte[]> files, @Nullable Decision otherwise, boolean dryRun,
			String by) {
		return importFile(source, "tables.zip", zip(files), otherwise, dryRun, by);
	}

	/** Keeps the CSV files of a datapackage, uploaded one by one, as one upload for preview and confirmation. */
	public UUID uploadTables(String source, Map<String, byte[]> files, String by) {
		long total = files.values().stream().mapToLong(f -> f.length).sum();
		if (total > MAX_BYTES) {
			throw new UnusableFileException(ImportProblem.ofFile("tables.zip", "too-big"));
		}
		return upload(source, "tables.zip", zip(files), by);
	}

	private static byte[] zip(Map<String, byte[]> files) {
		var zip = new java.io.ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
			for (var file : files.entrySet()) {
				out.putNextEntry(new ZipEntry(cleanName(file.getKey())));
				out.write(file.getValue());
				out.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return zip.toByteArray();
	}

	private static List<SheetRow> spreadsheet(byte[] content, String file) {
		return Sheets.read(content, file, false).rows();
	}

	private static Map<SheetField, Integer> resolve(Map<SheetField, String> saved, List<String> header) {
		Map<SheetField, Integer> mapping = new EnumMap<>(SheetField.class);
		if (!saved.isEmpty()) {
			saved.forEach((target, name) -> {
				int index = header.indexOf(name);
				if (index >= 0) {
					mapping.put(target, index);
				}
			});
			return mapping;
		}
		return PartnerSheet.suggest(header);
	}

	/** Two services of one weekly schedule that overlap on a day make the opening hours say two things. */
	private static void checkOpeningHours(JsonNode document, String where, List<ImportProblem> problems) {
		List<JsonNode> services = new ArrayList<>();
		if (document.has("status")) {
			services.add(document);
		}
		document.path("services").forEach(services::add);
		for (JsonNode service : services) {
			List<ServiceListing.Opening> openings = ListingReader.openings(service);
			for (int i = 0; i < openings.size(); i++) {
				for (int k = i + 1; k < openings.size(); k++) {
					ServiceListing.Opening a = openings.get(i);
					ServiceListing.Opening b = openings.get(k);
					if (!a.equals(b) && a.day() == b.day() && a.opens().isBefore(b.closes()) && b.opens().isBefore(a.closes())) {
						problems.add(new ImportProblem(where, null, service.path("name").asString(), "hours-overlap",
								List.of(a.day() + " " + a.opens() + "-" + a.closes() + " / " + b.opens() + "-" + b.closes())));
						return;
					}
				}
			}
		}
	}

	// ---- duplicates and decisions ----

	private List<Duplicates.Profile> profiles(List<Document> documents) {
		Tabular.Rows rows = tabular.newRows();
		for (Document document : documents) {
			String table = switch (document.kind()) {
				case ORGANIZATION -> "organization";
				case SERVICE -> "service";
				case SERVICE_AT_LOCATION -> "service_at_location";
				case TAXONOMY -> "taxonomy";
				case TAXONOMY_TERM -> "taxonomy_term";
			};
			tabular.flatten(table, document.node(), rows);
		}
		Map<String, List<String>> postcodesOfLocation = new LinkedHashMap<>();
		rows.table("address").values().forEach(a -> postcodesOfLocation
			.computeIfAbsent(a.path("location_id").asString(), k -> new ArrayList<>())
			.add(a.path("postal_code").asString()));
		List<Duplicates.Profile> profiles = new ArrayList<>();
		for (ObjectNode organization : rows.table("organization").values()) {
			String id = organization.get("id").asString();
			List<String> phones = rows.table("phone").values().stream()
				.filter(p -> id.equals(p.path("organization_id").asString()))
				.map(p -> p.path("number").asString())
				.toList();
			List<String> postcodes = rows.table("location").values().stream()
				.filter(l -> id.equals(l.path("organization_id").asString()))
				.flatMap(l -> postcodesOfLocation.getOrDefault(l.get("id").asString(), List.of()).stream())
				.toList();
			profiles.add(new Duplicates.Profile("organization", id, organization.path("name").asString(), null,
					Duplicates.signals(textOrNull(organization, "website"), phones, postcodes)));
		}
		for (ObjectNode service : rows.table("service").values()) {
			String id = service.get("id").asString();
			List<String> phones = rows.table("phone").values().stream()
				.filter(p -> id.equals(p.path("service_id").asString()))
				.map(p -> p.path("number").asString())
				.toList();
			List<String> postcodes = rows.table("service_at_location").values().stream()
				.filter(s -> id.equals(s.path("service_id").asString()))
				.flatMap(s -> postcodesOfLocation.getOrDefault(s.path("location_id").asString(), List.of()).stream())
				.toList();
			profiles.add(new Duplicates.Profile("service", id, service.path("name").asString(),
					textOrNull(service, "organization_id"), Duplicates.signals(textOrNull(service, "url"), phones, postcodes)));
		}
		return profiles;
	}

	private List<Duplicates.Profile> knownProfiles() {
		List<Duplicates.Profile> known = new ArrayList<>();
		jdbc.sql("""
				select o.id, o.name, o.doc->>'website' as website,
				       array(select p->>'number' from jsonb_array_elements(case when jsonb_typeof(o.doc->'phones') = 'array'
				             then o.doc->'phones' else '[]'::jsonb end) p) as phones,
				       array(select l.postcode from sm_location l where l.organization_id = o.id and l.postcode is not null)
				         as postcodes
				from sm_organization o""")
			.query(rs -> {
				known.add(new Duplicates.Profile("organization", rs.getString("id"), rs.getString("name"), null,
						Duplicates.signals(rs.getString("website"), strings(rs.getArray("phones")),
								strings(rs.getArray("postcodes")))));
			});
		jdbc.sql("""
				select s.id, s.name, s.organization_id, s.doc->>'url' as url,
				       array(select p->>'number' from jsonb_array_elements(case when jsonb_typeof(s.doc->'phones') = 'array'
				             then s.doc->'phones' else '[]'::jsonb end) p) as phones,
				       array(select l.postcode from sm_service_at_location sal join sm_location l on l.id = sal.location_id
				             where sal.service_id = s.id and l.postcode is not null) as postcodes
				from sm_service s""")
			.query(rs -> {
				known.add(new Duplicates.Profile("service", rs.getString("id"), rs.getString("name"),
						rs.getString("organization_id"), Duplicates.signals(rs.getString("url"),
								strings(rs.getArray("phones")), strings(rs.getArray("postcodes")))));
			});
		return known;
	}

	private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
		List<String> values = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			if (value != null) {
				values.add(value.toString());
			}
		}
		return values;
	}

	private void rememberedDecisions(String source, Map<String, String> mergeInto, Set<String> skip) {
		jdbc.sql("select incoming_id, decision, existing_id from sm_import_decision where source = ?")
			.param(source)
			.query(rs -> {
				if ("merge".equals(rs.getString("decision"))) {
					mergeInto.put(rs.getString("incoming_id"), rs.getString("existing_id"));
				}
				else {
					skip.add(rs.getString("incoming_id"));
				}
			});
	}

	private void rememberDecisions(String source, Map<String, String> mergeInto, Set<String> skip) {
		mergeInto.forEach((incoming, existing) -> jdbc.sql("""
				insert into sm_import_decision (source, incoming_id, decision, existing_id) values (?, ?, 'merge', ?)
				on conflict (source, incoming_id) do update set decision = 'merge', existing_id = excluded.existing_id""")
			.params(source, UUID.fromString(incoming), UUID.fromString(existing))
			.update());
		skip.forEach(incoming -> jdbc.sql("""
				insert into sm_import_decision (source, incoming_id, decision) values (?, ?, 'skip')
				on conflict (source, incoming_id) do update set decision = 'skip', existing_id = null""")
			.params(source, UUID.fromString(incoming))
			.update());
	}

	/**
	 * Merges: the incoming object takes the existing id everywhere it is named, and keeps the existing fields it does
	 * not set itself or leaves blank. Skips: the object, and what belongs to it, leave the import.
	 */
	private void applyDecisions(List<Document> documents, Map<String, String> mergeInto, Set<String> skip) {
		if (mergeInto.isEmpty() && skip.isEmpty()) {
			return;
		}
		documents.removeIf(d -> belongsTo(d.node(), skip));
		for (Document document : documents) {
			prune(document.node(), skip);
			remap(document.node(), mergeInto);
		}
		for (String existing : new LinkedHashSet<>(mergeInto.values())) {
			ObjectNode stored = directory.stored("organization", UUID.fromString(existing))
				.or(() -> directory.stored("service", UUID.fromString(existing)))
				.orElse(null);
			if (stored != null) {
				documents.forEach(d -> overlay(d.node(), existing, stored));
			}
		}
	}

	private static boolean belongsTo(JsonNode node, Set<String> ids) {
		for (String field : List.of("id", "organization_id", "service_id")) {
			if (node.hasNonNull(field) && ids.contains(node.get(field).asString())) {
				return true;
			}
		}
		return false;
	}

	private static void prune(JsonNode node, Set<String> ids) {
		if (node instanceof ObjectNode object) {
			List<String> remove = new ArrayList<>();
			for (var property : object.properties()) {
				if (property.getValue().isObject() && belongsTo(property.getValue(), ids)) {
					remove.add(property.getKey());
				}
				else {
					prune(property.getValue(), ids);
				}
			}
			object.remove(remove);
		}
		else if (node instanceof ArrayNode array) {
			for (int i = array.size() - 1; i >= 0; i--) {
				if (array.get(i).isObject() && belongsTo(array.get(i), ids)) {
					array.remove(i);
				}
				else {
					prune(array.get(i), ids);
				}
			}
		}
	}

	private static void remap(JsonNode node, Map<String, String> ids) {
		if (node instanceof ObjectNode object) {
			for (var property : object.properties()) {
				JsonNode value = property.getValue();
				if (value.isString() && (property.getKey().equals("id") || property.getKey().endsWith("_id"))
						&& ids.containsKey(value.asString())) {
					object.put(property.getKey(), ids.get(value.asString()));
				}
				else {
					remap(value, ids);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(child -> remap(child, ids));
		}
	}

	private static void overlay(JsonNode node, String id, ObjectNode stored) {
		if (node instanceof ObjectNode object) {
			if (object.hasNonNull("id") && object.get("id").asString().equals(id)) {
				for (var field : stored.properties()) {
					JsonNode incoming = object.get(field.getKey());
					// A blank text in the file (a spreadsheet has no description) does not wipe what is known.
					if (incoming == null || incoming.isNull() || (incoming.isString() && incoming.asString().isBlank())) {
						object.set(field.getKey(), field.getValue().deepCopy());
					}
				}
			}
			object.properties().forEach(p -> overlay(p.getValue(), id, stored));
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(child -> overlay(child, id, stored));
		}
	}

	// ---- the record of every import ----

	private void record(String source, String file, Format format, byte[] content, ImportReport report, int skipped,
			List<ImportProblem> warnings, String by) {
		String fingerprint = fingerprint(content);
		ObjectNode text = json.createObjectNode();
		text.put("file", file);
		text.put("format", format.code());
		text.put("created", report.created());
		text.put("updated", report.updated());
		text.put("unchanged", report.unchanged());
		text.put("skipped", skipped);
		ArrayNode list = text.putArray("warnings");
		report.warnings().forEach(list::add);
		warnings.forEach(w -> list.add(w.describe()));
		String reportText = json.writeValueAsString(text);
		jdbc.sql("""
				insert into sm_import (source, fingerprint, report) values (?, ?, ?)
				on conflict (source) do update set fingerprint = excluded.fingerprint, report = excluded.report,
				  imported_at = now()""")
			.params(cleanSource(source), fingerprint, reportText)
			.update();
		jdbc.sql("""
				insert into sm_import_log (id, source, file_name, format, fingerprint, imported_by, created, updated,
				                           unchanged, skipped, report)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
			.params(UUID.randomUUID(), cleanSource(source), file, format.code(), fingerprint, by, report.created(),
					report.updated(), report.unchanged(), skipped, reportText)
			.update();
	}

	private static String fingerprint(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String cleanSource(String source) {
		String clean = source.strip().replaceAll("\\p{Cntrl}", "");
		clean = clean.length() > 200 ? clean.substring(0, 200) : clean;
		return clean.isEmpty() ? "upload" : clean;
	}

	static String cleanName(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
		name = name.length() > 200 ? name.substring(0, 200) : name;
		return name.isBlank() ? "upload" : name;
	}

	private static @Nullable String textOrNull(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asString() : null;
	}

}
