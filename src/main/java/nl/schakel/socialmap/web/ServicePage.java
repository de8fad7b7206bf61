// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Everything a person needs to act on one service, read from its HSDS document: what it is, what to do, what it
 * costs, what to bring, where and when, in which languages, and when it was last checked.
 */
record ServicePage(String id, String name, String organization, String description, @Nullable String nextStep,
		@Nullable String fees, @Nullable String eligibility, List<String> documents, List<Place> places,
		List<String> schedules, List<String> languages, List<Phone> phones, @Nullable String website,
		@Nullable String email, @Nullable LocalDate lastVerified, boolean stale, boolean temporarilyClosed) {

	/** A location: name, address lines and accessibility notes. */
	record Place(@Nullable String name, List<String> address, List<String> accessibility) {
	}

	/** A phone number to show and the same number for a tel: link. */
	record Phone(String display, String dial) {
	}

	static ServicePage of(JsonNode service, Map<String, String> translated, Clock clock) {
		JsonNode organization = service.path("organization");
		List<Place> places = new ArrayList<>();
		for (JsonNode sal : service.path("service_at_locations")) {
			JsonNode location = sal.path("location");
			List<String> address = new ArrayList<>();
			for (JsonNode a : location.path("addresses")) {
				address.add(text(a, "address_1"));
				address.add((text(a, "postal_code") + " " + text(a, "city")).strip());
			}
			List<String> accessibility = new ArrayList<>();
			for (JsonNode a : location.path("accessibility")) {
				if (!text(a, "description").isEmpty()) {
					accessibility.add(text(a, "description"));
				}
			}
			places.add(new Place(orNull(text(location, "name")), address, accessibility));
		}
		List<String> schedules = new ArrayList<>();
		for (JsonNode schedule : service.path("schedules")) {
			String description = translated.getOrDefault(text(schedule, "id") + ".description",
					text(schedule, "description"));
			if (!description.isEmpty()) {
				schedules.add(description);
			}
		}
		List<String> documents = new ArrayList<>();
		service.path("required_documents").forEach(d -> documents.add(text(d, "document")));
		List<String> languages = new ArrayList<>();
		service.path("languages").forEach(l -> languages.add(text(l, "name").isEmpty() ? text(l, "code") : text(l, "name")));
		List<Phone> phones = new ArrayList<>();
		service.path("phones").forEach(p -> phones.add(new Phone(text(p, "number"), text(p, "number").replaceAll("[^0-9+]", ""))));
		LocalDate verified = date(text(service, "assured_date"));
		LocalDate today = LocalDate.now(clock);
		return new ServicePage(text(service, "id"), translated.getOrDefault("name", text(service, "name")),
				text(organization, "name"), translated.getOrDefault("description", text(service, "description")),
				orNull(translated.getOrDefault("application_process", text(service, "application_process"))),
				orNull(translated.getOrDefault("fees_description", text(service, "fees_description"))),
				orNull(translated.getOrDefault("eligibility_description", text(service, "eligibility_description"))),
				documents, places, schedules, languages, phones, orNull(text(service, "url")),
				orNull(text(service, "email")), verified, verified == null || verified.isBefore(today.minusMonths(12)),
				"temporarily closed".equals(text(service, "status")));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? "" : value.asString().strip();
	}

	private static @Nullable String orNull(String value) {
		return value.isEmpty() ? null : value;
	}

	private static @Nullable LocalDate date(String value) {
		try {
			return value.isEmpty() ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
