// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.schakel.organisation.Membership;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.Role;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.region.Postcode;
import nl.schakel.socialmap.Claims;
import nl.schakel.socialmap.ListingChanges;
import nl.schakel.socialmap.ListingChanges.Editable;
import nl.schakel.socialmap.ListingRefused;
import nl.schakel.socialmap.OpeningHours;
import nl.schakel.socialmap.VerificationReminders;

/**
 * "Mijn vermeldingen": organisation admins claim their listing, edit its services, locations and opening hours
 * (each edit waits for a curator), confirm that it is still correct and read its history.
 */
@Controller
class ListingOwnerController {

	/** Languages an owner can tick; others already in a listing are kept as they are. */
	static final List<String> LANGUAGES = List.of("nl", "en", "ar", "tr", "pl", "uk", "ti", "so", "fa", "es", "fr", "de");

	static final int MAX_TEXT = 2000;

	static final int EMPTY_ROWS = 2;

	/** A field with a problem: the id of the input and the message key, with an optional number for the message. */
	record FieldError(String field, String code, int number) {
	}

	/** The service form as typed. */
	record ServiceForm(int version, @Nullable UUID pending, String description, String nextStep, String fees, String documents,
			Set<String> languages, List<OpeningHours.Row> rows) {
	}

	/** The location form as typed. */
	record LocationForm(int version, @Nullable UUID pending, String name, String street, String postcode, String city) {
	}

	private final Claims claims;

	private final ListingChanges changes;

	private final VerificationReminders reminders;

	private final MessageSource messages;

	private final Clock clock;

	ListingOwnerController(Claims claims, ListingChanges changes, VerificationReminders reminders,
			MessageSource messages, Clock clock) {
		this.claims = claims;
		this.changes = changes;
		this.reminders = reminders;
		this.messages = messages;
		this.clock = clock;
	}

	// ---- dashboard and claims ----

	@GetMapping("/mijn/vermeldingen")
	String dashboard(@RequestParam(defaultValue = "") String zoek, @RequestParam(required = false) @Nullable UUID vermelding,
			@AuthenticationPrincipal SchakelUser user, Model model) {
		fillDashboard(user, zoek, vermelding, model);
		return "socialmap/my-listings";
	}

	@PostMapping("/mijn/vermeldingen")
	String claim(@RequestParam(required = false) @Nullable UUID organisatie,
			@RequestParam(required = false) @Nullable UUID vermelding, @AuthenticationPrincipal SchakelUser user,
			Model model) {
		String error = null;
		if (vermelding == null) {
			error = "claim.error.listing";
		}
		else if (organisatie == null || adminOf(user).stream().noneMatch(m -> m.organisationId().value().equals(organisatie))) {
			error = "claim.error.organisation";
		}
		else {
			try {
				claims.claim(vermelding, new OrganisationId(organisatie), user);
				return "redirect:/mijn/vermeldingen?aangevraagd";
			}
			catch (ListingRefused ex) {
				error = ex.code();
			}
		}
		model.addAttribute("error", error);
		fillDashboard(user, "", vermelding, model);
		return "socialmap/my-listings";
	}

	private void fillDashboard(SchakelUser user, String search, @Nullable UUID chosen, Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("admins", adminOf(user));
		model.addAttribute("owned", changes.ownedBy(user, today));
		model.addAttribute("claims", claims.ofOrganisations(user));
		model.addAttribute("reminders", reminders.forOwner(user, today));
		model.addAttribute("zoek", search.strip());
		List<Claims.Claimable> found = new ArrayList<>();
		if (chosen != null) {
			changes.listingName(chosen).ifPresent(name -> found.add(new Claims.Claimable(chosen, name)));
		}
		else if (search.strip().length() >= 2 && search.length() <= 100) {
			found.addAll(claims.claimable(search).stream().limit(20).toList());
		}
		model.addAttribute("found", found);
		model.addAttribute("chosen", chosen);
	}

	private static List<Membership> adminOf(SchakelUser user) {
		return user.memberships().stream().filter(m -> m.role() == Role.ORGANISATION_ADMIN).toList();
	}

	// ---- one listing ----

	@GetMapping("/mijn/vermeldingen/{id}")
	String listing(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user, Model model) {
		model.addAttribute("listing", changes.view(id, user, LocalDate.now(clock)));
		return "socialmap/my-listing";
	}

	@PostMapping("/mijn/vermeldingen/{id}/klopt")
	String stillCorrect(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user) {
		changes.confirmCurrent(id, user, LocalDate.now(clock));
		return "redirect:/mijn/vermeldingen/" + id + "?klopt";
	}

	@GetMapping("/vermeldingen/{id}/geschiedenis")
	String history(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user, Model model) {
		model.addAttribute("entries", changes.history(id, user));
		model.addAttribute("listingId", id);
		model.addAttribute("listingName", changes.listingName(id).orElse(""));
		return "socialmap/history";
	}

	// ---- a service ----

	@GetMapping("/mijn/vermeldingen/{id}/diensten/{service}")
	String editService(@PathVariable UUID id, @PathVariable UUID service, @AuthenticationPrincipal SchakelUser user,
			Model model) {
		Editable editable = changes.editableService(id, service, user);
		return serviceForm(id, editable, formOf(editable), List.of(), model);
	}

	@PostMapping("/mijn/vermeldingen/{id}/diensten/{service}")
	String proposeService(@PathVariable UUID id, @PathVariable UUID service,
			@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal SchakelUser user, Model model) {
		Editable editable = changes.editableService(id, service, user);
		ServiceForm form = formOf(params, editable);
		List<FieldError> errors = new ArrayList<>();
		if (form.description().isBlank()) {
			errors.add(new FieldError("omschrijving", "edit.error.description", 0));
		}
		for (var field : Map.of("omschrijving", form.description(), "aanpak", form.nextStep(), "kosten", form.fees(),
				"meenemen", form.documents()).entrySet()) {
			if (field.getValue().length() > MAX_TEXT) {
				errors.add(new FieldError(field.getKey(), "edit.error.long", MAX_TEXT));
			}
		}
		OpeningHours.problems(form.rows())
			.forEach(p -> errors.add(new FieldError(p.field(), p.code(), p.otherRow())));
		if (!errors.isEmpty()) {
			return serviceForm(id, editable, form, errors, model);
		}
		ObjectNode doc = editable.doc().deepCopy();
		text(doc, "description", form.description());
		text(doc, "application_process", form.nextStep());
		text(doc, "fees_description", form.fees());
		documents(doc, form.documents());
		languages(doc, form.languages());
		OpeningHours.apply(doc, form.rows(), editable.placeNames());
		try {
			changes.proposeService(id, new Editable(editable.doc(), form.version(), form.pending(), Map.of()), doc, user);
		}
		catch (ListingRefused ex) {
			return serviceForm(id, editable, form, List.of(new FieldError("omschrijving", ex.code(), 0)), model);
		}
		return "redirect:/mijn/vermeldingen/" + id + "?voorgesteld";
	}

	private String serviceForm(UUID listing, Editable editable, ServiceForm form, List<FieldError> errors, Model model) {
		List<OpeningHours.Row> rows = new ArrayList<>(form.rows());
		while (rows.stream().filter(r -> r.days().isEmpty() && r.opens().isBlank()).count() < EMPTY_ROWS
				&& rows.size() < 14) {
			rows.add(new OpeningHours.Row(null, null, Set.of(), "", "", "", ""));
		}
		model.addAttribute("listingId", listing);
		model.addAttribute("serviceId", editable.doc().path("id").asString());
		model.addAttribute("serviceName", editable.doc().path("name").asString());
		model.addAttribute("pending", form.pending());
		model.addAttribute("form", new ServiceForm(form.version(), form.pending(), form.description(), form.nextStep(), form.fees(),
				form.documents(), form.languages(), rows));
		model.addAttribute("errors", errors);
		model.addAttribute("errorFields", errors.stream().map(FieldError::field).toList());
		model.addAttribute("places", editable.placeNames());
		List<String> languages = new ArrayList<>(LANGUAGES);
		model.addAttribute("languageOptions", languages);
		model.addAttribute("days", DayOfWeek.values());
		return "socialmap/edit-service";
	}

	private static ServiceForm formOf(Editable editable) {
		JsonNode doc = editable.doc();
		List<String> documents = new ArrayList<>();
		doc.path("required_documents").forEach(d -> documents.add(d.path("document").asString("")));
		Set<String> languages = new LinkedHashSet<>();
		doc.path("languages").forEach(l -> languages.add(l.path("code").asString("")));
		return new ServiceForm(editable.version(), editable.pending(), doc.path("description").asString(""),
				doc.path("application_process").asString(""), doc.path("fees_description").asString(""),
				String.join("\n", documents), languages, OpeningHours.rows(doc));
	}

	/** The form as sent; a row keeps the location of the schedule it edits, which the form does not send. */
	private static ServiceForm formOf(MultiValueMap<String, String> params, Editable editable) {
		Map<String, String> places = new LinkedHashMap<>();
		OpeningHours.rows(editable.doc()).forEach(r -> {
			if (r.id() != null && r.place() != null) {
				places.put(r.id(), r.place());
			}
		});
		int rows = Math.min(parse(params.getFirst("rijen")), 14);
		List<OpeningHours.Row> typed = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
			for (String code : params.getOrDefault("dag-" + i, List.of())) {
				for (DayOfWeek day : DayOfWeek.values()) {
					if (day.name().startsWith(code) && code.length() == 2) {
						days.add(day);
					}
				}
			}
			String id = orNull(first(params, "rooster-" + i));
			typed.add(new OpeningHours.Row(id, id == null ? null : places.get(id), days, first(params, "open-" + i),
					first(params, "dicht-" + i), first(params, "vanaf-" + i), first(params, "tot-" + i)));
		}
		Set<String> languages = new LinkedHashSet<>(params.getOrDefault("taal", List.of()));
		return new ServiceForm(parse(params.getFirst("versie")), uuid(first(params, "voorstel")),
				first(params, "omschrijving").strip(),
				first(params, "aanpak").strip(), first(params, "kosten").strip(), first(params, "meenemen").strip(),
				languages, typed);
	}

	private static void text(ObjectNode doc, String field, String value) {
		if (value.isBlank()) {
			doc.remove(field);
		}
		else {
			doc.put(field, value.strip());
		}
	}

	/** One document per line; lines already there keep their HSDS id. */
	private static void documents(ObjectNode doc, String typed) {
		Map<String, String> ids = new LinkedHashMap<>();
		doc.path("required_documents").forEach(d -> ids.put(d.path("document").asString(""), d.path("id").asString("")));
		ArrayNode list = doc.arrayNode();
		typed.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().forEach(line -> {
			ObjectNode item = list.addObject();
			item.put("id", ids.getOrDefault(line, UUID.randomUUID().toString()));
			item.put("service_id", doc.get("id").asString());
			item.put("document", line);
		});
		if (list.isEmpty()) {
			doc.remove("required_documents");
		}
		else {
			doc.set("required_documents", list);
		}
	}

	/** Ticked languages, in Dutch by name; languages outside the list stay as they were. */
	private void languages(ObjectNode doc, Set<String> ticked) {
		ArrayNode list = doc.arrayNode();
		Set<String> present = new LinkedHashSet<>();
		for (JsonNode language : doc.path("languages")) {
			String code = language.path("code").asString("");
			if (!LANGUAGES.contains(code) || ticked.contains(code)) {
				list.add(language);
				present.add(code);
			}
		}
		for (String code : LANGUAGES) {
			if (ticked.contains(code) && !present.contains(code)) {
				ObjectNode item = list.addObject();
				item.put("id", UUID.randomUUID().toString());
				item.put("service_id", doc.get("id").asString());
				item.put("name", messages.getMessage("language." + code, null, Locale.of("nl")));
				item.put("code", code);
			}
		}
		if (list.isEmpty()) {
			doc.remove("languages");
		}
		else {
			doc.set("languages", list);
		}
	}

	// ---- a location ----

	@GetMapping("/mijn/vermeldingen/{id}/locaties/{location}")
	String editLocation(@PathVariable UUID id, @PathVariable UUID location, @AuthenticationPrincipal SchakelUser user,
			Model model) {
		Editable editable = changes.editableLocation(id, location, user);
		JsonNode address = editable.doc().path("addresses").path(0);
		var form = new LocationForm(editable.version(), editable.pending(), editable.doc().path("name").asString(""),
				address.path("address_1").asString(""), address.path("postal_code").asString(""),
				address.path("city").asString(""));
		return locationForm(id, location, form, List.of(), model);
	}

	@PostMapping("/mijn/vermeldingen/{id}/locaties/{location}")
	String proposeLocation(@PathVariable UUID id, @PathVariable UUID location,
			@RequestParam(defaultValue = "0") int versie, @RequestParam(defaultValue = "") String voorstel,
			@RequestParam(defaultValue = "") String naam,
			@RequestParam(defaultValue = "") String straat, @RequestParam(defaultValue = "") String postcode,
			@RequestParam(defaultValue = "") String plaats, @AuthenticationPrincipal SchakelUser user, Model model) {
		Editable editable = changes.editableLocation(id, location, user);
		var form = new LocationForm(versie, uuid(voorstel), naam.strip(), straat.strip(), postcode.strip(), plaats.strip());
		List<FieldError> errors = new ArrayList<>();
		if (form.street().isEmpty() || form.street().length() > 200) {
			errors.add(new FieldError("straat", "edit.error.street", 0));
		}
		if (Postcode.parse(form.postcode()).isEmpty()) {
			errors.add(new FieldError("postcode", "edit.error.postcode", 0));
		}
		if (form.city().isEmpty() || form.city().length() > 100) {
			errors.add(new FieldError("plaats", "edit.error.city", 0));
		}
		if (form.name().length() > 200) {
			errors.add(new FieldError("naam", "edit.error.long", 200));
		}
		if (!errors.isEmpty()) {
			return locationForm(id, location, form, errors, model);
		}
		ObjectNode doc = editable.doc().deepCopy();
		text(doc, "name", form.name());
		ArrayNode addresses = doc.path("addresses").isArray() ? (ArrayNode) doc.get("addresses") : doc.putArray("addresses");
		ObjectNode address = addresses.isEmpty() ? addresses.addObject() : (ObjectNode) addresses.get(0);
		if (!address.hasNonNull("id")) {
			address.put("id", UUID.randomUUID().toString());
			address.put("location_id", location.toString());
			address.put("country", "NL");
			address.put("address_type", "physical");
			address.put("state_province", "");
		}
		address.put("address_1", form.street());
		address.put("postal_code", Postcode.parse(form.postcode()).map(Postcode::toString).orElse(form.postcode()));
		address.put("city", form.city());
		try {
			changes.proposeLocation(id, new Editable(editable.doc(), form.version(), form.pending(), Map.of()), doc, user);
		}
		catch (ListingRefused ex) {
			return locationForm(id, location, form, List.of(new FieldError("straat", ex.code(), 0)), model);
		}
		return "redirect:/mijn/vermeldingen/" + id + "?voorgesteld";
	}

	private String locationForm(UUID listing, UUID location, LocationForm form, List<FieldError> errors, Model model) {
		model.addAttribute("listingId", listing);
		model.addAttribute("locationId", location);
		model.addAttribute("pending", form.pending());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("errorFields", errors.stream().map(FieldError::field).toList());
		return "socialmap/edit-location";
	}

	private static String first(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return value == null ? "" : value;
	}

	private static @Nullable String orNull(String value) {
		return value.isBlank() ? null : value;
	}

	private static @Nullable UUID uuid(String text) {
		try {
			return text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static int parse(@Nullable String number) {
		try {
			return number == null ? 0 : Integer.parseInt(number.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
