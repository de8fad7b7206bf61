// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A field-by-field comparison of two versions of an HSDS document, in words a curator can read: opening hours as
 * their descriptions, documents to bring one per line, languages by name, addresses as on an envelope.
 */
public final class ListingDiff {

	/** Fields with a label in the message bundles ({@code field.<name>}); others are shown by their HSDS name. */
	static final Set<String> LABELLED = Set.of("name", "description", "application_process", "fees_description",
			"eligibility_description", "required_documents", "languages", "schedules", "addresses", "url", "email",
			"assured_date", "status", "phones", "cost_options", "attributes", "accessibility", "service_at_locations",
			"*");

	/** One changed field: its HSDS name, the message key of its label, and the text before and after. */
	public record FieldChange(String field, String label, String before, String after) {
	}

	private ListingDiff() {
	}

	public static List<FieldChange> changes(JsonNode before, JsonNode after) {
		return changes(before, after, Map.of());
	}

	/** As {@link #changes(JsonNode, JsonNode)}, showing taxonomy terms and locations by the names given for their ids. */
	public static List<FieldChange> changes(JsonNode before, JsonNode after, Map<String, String> names) {
		Set<String> fields = new LinkedHashSet<>(before.propertyNames());
		fields.addAll(after.propertyNames());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			String previous = readable(field, before.get(field), names);
			String replacement = readable(field, after.get(field), names);
			if (!previous.equals(replacement)) {
				changes.add(new FieldChange(field, label(field), previous, replacement));
			}
		}
		return changes;
	}

	static String label(String field) {
		return LABELLED.contains(field) ? "field." + ("*".equals(field) ? "all" : field) : "field.other";
	}

	static String readable(String field, @Nullable JsonNode value) {
		return readable(field, value, Map.of());
	}

	static String readable(String field, @Nullable JsonNode value, Map<String, String> names) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return "";
		}
		if (value.isValueNode()) {
			return value.asString().strip();
		}
		if (!value.isArray()) {
			return value.toString();
		}
		List<String> lines = new ArrayList<>();
		for (JsonNode item : value) {
			lines.add(switch (field) {
				case "schedules" -> item.path("description").asString(item.path("byday").asString("") + " "
						+ item.path("opens_at").asString("") + "-" + item.path("closes_at").asString(""));
				case "required_documents" -> item.path("document").asString("");
				case "languages" -> item.path("name").asString(item.path("code").asString(""));
				case "addresses" -> (item.path("address_1").asString("") + ", " + item.path("postal_code").asString("")
						+ " " + item.path("city").asString("")).strip();
				case "phones" -> item.path("number").asString("");
				case "cost_options" -> (item.path("option").asString("") + " " + (item.hasNonNull("amount")
						? "€ " + item.get("amount").asString() : item.path("amount_description").asString(""))).strip();
				case "attributes" -> names.getOrDefault(item.path("taxonomy_term_id").asString(""),
						item.path("taxonomy_term_id").asString(""));
				case "accessibility" -> item.path("description").asString("");
				case "service_at_locations" -> names.getOrDefault(item.path("location_id").asString(""),
						item.path("location_id").asString(""));
				default -> item.isValueNode() ? item.asString() : item.toString();
			});
		}
		return String.join("languages".equals(field) ? ", " : "\n", lines);
	}

}
