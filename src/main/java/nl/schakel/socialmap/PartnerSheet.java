// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import nl.schakel.region.Postcode;
import nl.schakel.spreadsheet.SheetRow;

/**
 * A partner's own list (XLSX or CSV, one service per row) turned into HSDS documents through a column mapping. The
 * ids are derived from the source and the names, so the same list imported again updates the same objects instead
 * of adding new ones; rows with the same organisation share one organisation, rows with the same service at
 * different addresses share one service.
 */
final class PartnerSheet {

	private static final Map<String, String> DAYS = Map.ofEntries(Map.entry("ma", "MO"), Map.entry("di", "TU"),
			Map.entry("wo", "WE"), Map.entry("do", "TH"), Map.entry("vr", "FR"), Map.entry("za", "SA"),
			Map.entry("zo", "SU"), Map.entry("mo", "MO"), Map.entry("tu", "TU"), Map.entry("we", "WE"),
			Map.entry("th", "TH"), Map.entry("fr", "FR"), Map.entry("sa", "SA"), Map.entry("su", "SU"));

	private static final List<String> WEEK = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

	private static final Pattern OPENING = Pattern.compile(
			"\\s*([a-z]{2})[a-z]*\\.?(?:\\s*(?:-|t/m|tot en met|to)\\s*([a-z]{2})[a-z]*\\.?)?\\s*:?\\s*(.+)");

	private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,2})[:.](\\d{2})\\s*(?:-|–|tot|to)\\s*(\\d{1,2})[:.](\\d{2})\\s*");

	/** Letter pairs that PostNL never gives out. */
	private static final Set<String> UNUSED_POSTCODE_LETTERS = Set.of("SA", "SD", "SS");

	private PartnerSheet() {
	}

	/** A first guess at the mapping from the header names: column index per target. */
	static Map<SheetField, Integer> suggest(List<String> header) {
		Map<SheetField, Integer> mapping = new EnumMap<>(SheetField.class);
		for (SheetField target : SheetField.values()) {
			for (int i = 0; i < header.size(); i++) {
				String name = header.get(i).strip().toLowerCase(Locale.ROOT);
				if (target.headers().contains(name) && !mapping.containsValue(i)) {
					mapping.put(target, i);
					break;
				}
			}
		}
		return mapping;
	}

	/** Problems with the mapping itself: the required fields must be mapped. */
	static List<ImportProblem> checkMapping(Map<SheetField, Integer> mapping, String file) {
		List<ImportProblem> problems = new ArrayList<>();
		for (SheetField target : SheetField.values()) {
			if (target.required() && !mapping.containsKey(target)) {
				problems.add(ImportProblem.at(file, 1, null, "unmapped", target.key()));
			}
		}
		return problems;
	}

	/**
	 * The organisations (with their services and locations) in the rows; every bad row adds a problem with its row
	 * number and column.
	 */
	static List<ObjectNode> documents(List<SheetRow> lines, Map<SheetField, Integer> mapping, String source,
			String file, JsonMapper json, List<ImportProblem> problems) {
		List<String> header = lines.isEmpty() ? List.of() : lines.getFirst().cells();
		Map<String, ObjectNode> organisations = new LinkedHashMap<>();
		Map<String, ObjectNode> services = new LinkedHashMap<>();
		Map<String, Integer> seenRows = new LinkedHashMap<>();
		for (SheetRow line : lines.subList(Math.min(1, lines.size()), lines.size())) {
			if (line.cells().stream().allMatch(String::isBlank)) {
				continue;
			}
			Cells cells = new Cells(line, header, mapping, file);
			int before = problems.size();
			String organisationName = cells.required(SheetField.ORGANISATION_NAME, problems);
			String serviceName = cells.required(SheetField.SERVICE_NAME, problems);
			String postcodeText = cells.get(SheetField.POSTCODE);
			String postcode = null;
			if (postcodeText != null) {
				postcode = Postcode.parse(postcodeText)
					.filter(p -> !UNUSED_POSTCODE_LETTERS.contains(p.letters()))
					.map(Postcode::toString)
					.orElse(null);
				if (postcode == null) {
					problems.add(cells.problem(SheetField.POSTCODE, "postcode", postcodeText));
				}
			}
			BigDecimal latitude = cells.decimal(SheetField.LATITUDE, problems);
			BigDecimal longitude = cells.decimal(SheetField.LONGITUDE, problems);
			if ((latitude != null && latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0)
					|| (longitude != null && longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
				problems.add(cells.problem(latitude != null && latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
						? SheetField.LATITUDE : SheetField.LONGITUDE, "coordinates", latitude + ", " + longitude));
			}
			else if ((latitude == null) != (longitude == null)) {
				problems.add(cells.problem(latitude == null ? SheetField.LATITUDE : SheetField.LONGITUDE, "coordinates-half"));
			}
			for (SheetField target : List.of(SheetField.SERVICE_EMAIL, SheetField.ORGANISATION_EMAIL)) {
				String email = cells.get(target);
				if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
					problems.add(cells.problem(target, "email", email));
				}
			}
			List<ObjectNode> schedules = new ArrayList<>();
			String hours = cells.get(SheetField.OPENING_HOURS);
			if (hours != null) {
				String problem = openingHours(hours, schedules, json);
				if (problem != null) {
					problems.add(cells.problem(SheetField.OPENING_HOURS, problem, hours));
				}
			}
			if (problems.size() > before || organisationName == null || serviceName == null) {
				continue;
			}
			String organisationKey = Duplicates.normalise(organisationName);
			String reference = cells.get(SheetField.REFERENCE);
			String serviceKey = reference != null ? "ref:" + reference
					: organisationKey + "|" + Duplicates.normalise(serviceName);
			String address = cells.get(SheetField.ADDRESS);
			String city = cells.get(SheetField.CITY);
			String rowKey = serviceKey + "|" + Duplicates.normalise(address == null ? "" : address) + "|" + postcode;
			Integer earlier = seenRows.putIfAbsent(rowKey, line.number());
			if (earlier != null) {
				problems.add(ImportProblem.at(file, line.number(), null, "repeated-row", String.valueOf(earlier)));
				continue;
			}
			ObjectNode organisation = organisations.computeIfAbsent(organisationKey, k -> {
				ObjectNode o = json.createObjectNode();
				o.put("id", id(source, "organization", k));
				o.put("name", organisationName.strip());
				o.put("description", "");
				o.putArray("services");
				o.putArray("locations");
				return o;
			});
			putIfPresent(organisation, "website", url(cells.get(SheetField.ORGANISATION_WEBSITE)));
			putIfPresent(organisation, "email", cells.get(SheetField.ORGANISATION_EMAIL));
			ObjectNode service = services.get(serviceKey);
			if (service == null) {
				service = json.createObjectNode();
				String serviceId = id(source, "service", serviceKey);
				service.put("id", serviceId);
				service.put("organization_id", organisation.get("id").asString());
				service.put("name", serviceName.strip());
				service.put("status", "active");
				putIfPresent(service, "description", cells.get(SheetField.SERVICE_DESCRIPTION));
				putIfPresent(service, "email", cells.get(SheetField.SERVICE_EMAIL));
				putIfPresent(service, "url", url(cells.get(SheetField.SERVICE_URL)));
				putIfPresent(service, "fees_description", cells.get(SheetField.FEES));
				putIfPresent(service, "eligibility_description", cells.get(SheetField.ELIGIBILITY));
				String phone = cells.get(SheetField.PHONE);
				if (phone != null) {
					ObjectNode p = service.putArray("phones").addObject();
					p.put("id", id(source, "phone", serviceId + "|" + phone));
					p.put("service_id", serviceId);
					p.put("number", phone.strip());
				}
				if (!schedules.isEmpty()) {
					ArrayNode list = service.putArray("schedules");
					for (int i = 0; i < schedules.size(); i++) {
						ObjectNode schedule = schedules.get(i);
						schedule.put("id", id(source, "schedule", serviceId + "|" + i));
						schedule.put("service_id", serviceId);
						list.add(schedule);
					}
				}
				service.putArray("service_at_locations");
				services.put(serviceKey, service);
				((ArrayNode) organisation.get("services")).add(service);
			}
			if (address != null || postcode != null || latitude != null) {
				String locationKey = organisationKey + "|" + Duplicates.normalise(address == null ? "" : address) + "|"
						+ postcode;
				String locationId = id(source, "location", locationKey);
				ArrayNode locations = (ArrayNode) organisation.get("locations");
				boolean known = false;
				for (var existing : locations) {
					known |= existing.get("id").asString().equals(locationId);
				}
				if (!known) {
					ObjectNode location = locations.addObject();
					location.put("id", locationId);
					location.put("organization_id", organisation.get("id").asString());
					location.put("location_type", "physical");
					location.put("name", address != null ? address.strip() : organisationName.strip());
					if (latitude != null && longitude != null) {
						location.put("latitude", latitude);
						location.put("longitude", longitude);
					}
					if (address != null && postcode != null && city != null) {
						ObjectNode a = location.putArray("addresses").addObject();
						a.put("id", id(source, "address", locationId));
						a.put("location_id", locationId);
						a.put("address_1", address.strip());
						a.put("city", city.strip());
						a.put("state_province", "");
						a.put("postal_code", postcode);
						a.put("country", "NL");
						a.put("address_type", "physical");
					}
				}
				ObjectNode atLocation = ((ArrayNode) service.get("service_at_locations")).addObject();
				atLocation.put("id", id(source, "service_at_location", service.get("id").asString() + "|" + locationId));
				atLocation.put("service_id", service.get("id").asString());
				atLocation.put("location_id", locationId);
			}
		}
		return List.copyOf(organisations.values());
	}

	/**
	 * Parses "ma 09:00-12:00; di-do 13:00-17:00 en 19:00-21:00" into weekly HSDS schedules; returns the message code
	 * of the problem, or null. Overlapping times on one day are a problem: a list cannot say when help is there.
	 */
	static @Nullable String openingHours(String text, List<ObjectNode> schedules, JsonMapper json) {
		Map<String, List<LocalTime[]>> perDay = new LinkedHashMap<>();
		for (String part : text.toLowerCase(Locale.ROOT).split("[;,\\n]")) {
			if (part.isBlank()) {
				continue;
			}
			Matcher m = OPENING.matcher(part);
			if (!m.matches() || !DAYS.containsKey(m.group(1)) || (m.group(2) != null && !DAYS.containsKey(m.group(2)))) {
				return "hours";
			}
			int from = WEEK.indexOf(DAYS.get(m.group(1)));
			int to = m.group(2) == null ? from : WEEK.indexOf(DAYS.get(m.group(2)));
			if (to < from) {
				return "hours";
			}
			List<String> days = WEEK.subList(from, to + 1);
			for (String range : m.group(3).split("\\s+(?:en|and|&)\\s+|\\s*/\\s*")) {
				Matcher r = RANGE.matcher(range);
				if (!r.matches()) {
					return "hours";
				}
				LocalTime opens;
				LocalTime closes;
				try {
					opens = LocalTime.of(Integer.parseInt(r.group(1)), Integer.parseInt(r.group(2)));
					closes = LocalTime.of(Integer.parseInt(r.group(3)), Integer.parseInt(r.group(4)));
				}
				catch (java.time.DateTimeException ex) {
					return "hours";
				}
				if (!closes.isAfter(opens)) {
					return "hours-order";
				}
				for (String day : days) {
					for (LocalTime[] other : perDay.getOrDefault(day, List.of())) {
						if (opens.isBefore(other[1]) && other[0].isBefore(closes)) {
							return "hours-overlap";
						}
					}
					perDay.computeIfAbsent(day, k -> new ArrayList<>()).add(new LocalTime[] { opens, closes });
				}
				ObjectNode schedule = json.createObjectNode();
				schedule.put("freq", "WEEKLY");
				schedule.put("byday", String.join(",", days));
				schedule.put("opens_at", opens.toString());
				schedule.put("closes_at", closes.toString());
				schedules.add(schedule);
			}
		}
		return null;
	}

	private static @Nullable String url(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String url = text.strip();
		return url.startsWith("http://") || url.startsWith("https://") ? url : "https://" + url;
	}

	private static void putIfPresent(ObjectNode node, String field, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			node.put(field, value.strip());
		}
	}

	private static String id(String source, String kind, String key) {
		String normalised = Normalizer.normalize(source + "|" + kind + "|" + key, Normalizer.Form.NFC);
		return UUID.nameUUIDFromBytes(normalised.getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** The mapped cells of one row, and problems that name the row and the spreadsheet column. */
	private record Cells(SheetRow line, List<String> header, Map<SheetField, Integer> mapping, String file) {

		@Nullable String get(SheetField target) {
			Integer column = mapping.get(target);
			if (column == null || column >= line.cells().size()) {
				return null;
			}
			String value = line.cells().get(column);
			return value == null || value.isBlank() ? null : value;
		}

		@Nullable String required(SheetField target, List<ImportProblem> problems) {
			String value = get(target);
			if (value == null) {
				problems.add(problem(target, "required"));
			}
			return value;
		}

		@Nullable BigDecimal decimal(SheetField target, List<ImportProblem> problems) {
			String value = get(target);
			if (value == null) {
				return null;
			}
			try {
				return new BigDecimal(value.strip().replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				problems.add(problem(target, "not-a-number", value));
				return null;
			}
		}

		ImportProblem problem(SheetField target, String code, String... args) {
			Integer column = mapping.get(target);
			String name = column == null ? target.key()
					: column < header.size() && !header.get(column).isBlank() ? header.get(column) : letter(column);
			return ImportProblem.at(file, line.number(), name, code, args);
		}

		private static String letter(int column) {
			var letters = new StringBuilder();
			for (int c = column + 1; c > 0; c = (c - 1) / 26) {
				letters.insert(0, (char) ('A' + (c - 1) % 26));
			}
			return letters.toString();
		}

	}

}
