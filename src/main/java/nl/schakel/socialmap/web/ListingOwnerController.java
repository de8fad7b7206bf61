// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.nio.charset.StandardCharsets;
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
import org.springframework.security.access.AccessDeniedException;
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
import nl.schakel.socialmap.ListingFields;
import nl.schakel.socialmap.ListingRefused;
import nl.schakel.socialmap.NeedsTaxonomy;
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

	/**
	 * The service form as typed. {@code costs} is null when nothing was chosen; {@code locations} (location ids) is
	 * only asked for a new service.
	 */
	record ServiceForm(int version, @Nullable UUID pending, String name, String description, String nextStep,
			String eligibility, String fees, ListingFields.@Nullable CostKind costs, String documents,
			Set<String> languages, String phones, String email, String website, Set<String> needs, Set<String> groups,
			Set<String> steps, Set<String> locations, List<OpeningHours.Row> rows) {

		ServiceForm withRows(List<OpeningHours.Row> all) {
			return new ServiceForm(version, pending, name, description, nextStep, eligibility, fees, costs, documents,
					languages, phones, email, website, needs, groups, steps, locations, all);
		}

	}

	/** A main need with the needs under it, for the form. */
	record NeedGroup(NeedsTaxonomy.Term main, List<NeedsTaxonomy.Term> children) {

		/** The main need first, so a service can carry the need in general. */
		public List<NeedsTaxonomy.Term> all() {
			List<NeedsTaxonomy.Term> all = new ArrayList<>(List.of(main));
			all.addAll(children);
			return all;
		}

	}

	/** Ticked terms of one kind and the form field they came from. */
	private record TermField(String field, Set<String> ids, String kind) {
	}

	/** The kinds of taxonomy terms the service form sets; accessibility belongs to locations. */
	static final Set<String> SERVICE_KINDS = Set.of(NeedsTaxonomy.NEED, NeedsTaxonomy.TARGET_GROUP, NeedsTaxonomy.NEXT_STEP);

	static final int MAX_NAME = 200;

	/** The location form as typed; {@code accessibility} holds term ids, {@code notes} one note per line. */
	record LocationForm(int version, @Nullable UUID pending, String name, String street, String postcode, String city,
			String phones, Set<String> accessibility, String notes) {
	}

	private final Claims claims;

	private final ListingChanges changes;

	private final VerificationReminders reminders;

	private final MessageSource messages;

	private final Clock clock;

	private final NeedsTaxonomy taxonomy;

	ListingOwnerController(Claims claims, ListingChanges changes, VerificationReminders reminders,
			MessageSource messages, Clock clock, NeedsTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
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

	@GetMapping("/mijn/vermeldingen/{id}/diensten/nieuw")
	String newService(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user, Model model) {
		Editable editable = changes.newDocument(id, true, null, user);
		return serviceForm(id, editable, true, formOf(editable), List.of(), model);
	}

	@PostMapping("/mijn/vermeldingen/{id}/diensten/nieuw")
	String proposeNewService(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			@AuthenticationPrincipal SchakelUser user, Model model) {
		Editable editable = changes.newDocument(id, true, uuid(first(params, "dienst")), user);
		ServiceForm form = formOf(params, editable);
		for (String location : form.locations()) {
			if (!editable.placeNames().containsKey(location)) {
				throw new AccessDeniedException("A new service is offered only at locations of its own listing");
			}
		}
		List<FieldError> errors = serviceErrors(form, editable);
		if (!errors.isEmpty()) {
			return serviceForm(id, editable, true, form, errors, model);
		}
		ObjectNode doc = serviceDoc(editable, form);
		ArrayNode atLocations = doc.putArray("service_at_locations");
		for (String location : form.locations()) {
			ObjectNode link = atLocations.addObject();
			link.put("id", UUID.nameUUIDFromBytes((doc.get("id").asString() + location).getBytes(StandardCharsets.UTF_8))
				.toString());
			link.put("service_id", doc.get("id").asString());
			link.put("location_id", location);
		}
		if (atLocations.isEmpty()) {
			doc.remove("service_at_locations");
		}
		try {
			changes.proposeNew(id, true, doc, user);
		}
		catch (ListingRefused ex) {
			return serviceForm(id, editable, true, form, List.of(new FieldError("naam", ex.code(), 0)), model);
		}
		return "redirect:/mijn/vermeldingen/" + id + "?voorgesteld";
	}

	@GetMapping("/mijn/vermeldingen/{id}/diensten/{service}")
	String editService(@PathVariable UUID id, @PathVariable UUID service, @AuthenticationPrincipal SchakelUser user,
			Model model) {
		Editable editable = changes.editableService(id, service, user);
		return serviceForm(id, editable, false, formOf(editable), List.of(), model);
	}

	@PostMapping("/mijn/vermeldingen/{id}/diensten/{service}")
	String proposeService(@PathVariable UUID id, @PathVariable UUID service,
			@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal SchakelUser user, Model model) {
		Editable editable = changes.editableService(id, service, user);
		ServiceForm form = formOf(params, editable);
		List<FieldError> errors = serviceErrors(form, editable);
		if (!errors.isEmpty()) {
			return serviceForm(id, editable, false, form, errors, model);
		}
		ObjectNode doc = serviceDoc(editable, form);
		try {
			changes.proposeService(id, new Editable(editable.doc(), form.version(), form.pending(), Map.of()), doc, user);
		}
		catch (ListingRefused ex) {
			return serviceForm(id, editable, false, form, List.of(new FieldError("omschrijving", ex.code(), 0)), model);
		}
		return "redirect:/mijn/vermeldingen/" + id + "?voorgesteld";
	}

	private List<FieldError> serviceErrors(ServiceForm form, Editable editable) {
		List<FieldError> errors = new ArrayList<>();
		if (form.name().isBlank()) {
			errors.add(new FieldError("naam", "edit.error.name", 0));
		}
		else if (form.name().length() > MAX_NAME) {
			errors.add(new FieldError("naam", "edit.error.long", MAX_NAME));
		}
		if (form.description().isBlank()) {
			errors.add(new FieldError("omschrijving", "edit.error.description", 0));
		}
		for (var field : Map.of("omschrijving", form.description(), "aanpak", form.nextStep(), "kosten", form.fees(),
				"meenemen", form.documents(), "voorwaarden", form.eligibility()).entrySet()) {
			if (field.getValue().length() > MAX_TEXT) {
				errors.add(new FieldError(field.getKey(), "edit.error.long", MAX_TEXT));
			}
		}
		if (form.phones().length() > MAX_TEXT || ListingFields.lines(form.phones()).size() > ListingFields.MAX_PHONES) {
			errors.add(new FieldError("telefoon", "edit.error.phones", ListingFields.MAX_PHONES));
		}
		else if (!ListingFields.badPhones(editable.doc(), form.phones()).isEmpty()) {
			errors.add(new FieldError("telefoon", "edit.error.phone", 0));
		}
		if (!form.email().isEmpty() && !ListingFields.isEmail(form.email())) {
			errors.add(new FieldError("email", "edit.error.email", 0));
		}
		if (!form.website().isEmpty() && ListingFields.webAddress(form.website()).isEmpty()) {
			errors.add(new FieldError("website", "edit.error.website", 0));
		}
		if (form.costs() == null) {
			errors.add(new FieldError("kostensoort-FREE", "edit.error.costs", 0));
		}
		for (var terms : List.of(new TermField("behoefte", form.needs(), NeedsTaxonomy.NEED),
				new TermField("doelgroep", form.groups(), NeedsTaxonomy.TARGET_GROUP),
				new TermField("stap", form.steps(), NeedsTaxonomy.NEXT_STEP))) {
			if (!ListingFields.unknownTerms(terms.ids(), taxonomy, terms.kind()).isEmpty()) {
				errors.add(new FieldError(terms.field(), "edit.error.term", 0));
			}
		}
		OpeningHours.problems(form.rows())
			.forEach(p -> errors.add(new FieldError(p.field(), p.code(), p.otherRow())));
		return errors;
	}

	/** The service document as the form says; only call it for a form without errors. */
	private ObjectNode serviceDoc(Editable editable, ServiceForm form) {
		ObjectNode doc = editable.doc().deepCopy();
		doc.put("name", form.name());
		text(doc, "description", form.description());
		text(doc, "application_process", form.nextStep());
		text(doc, "eligibility_description", form.eligibility());
		text(doc, "fees_description", form.fees());
		text(doc, "email", form.email());
		text(doc, "url", ListingFields.webAddress(form.website()).orElse(""));
		ListingFields.applyPhones(doc, form.phones(), "service_id");
		documents(doc, form.documents());
		languages(doc, form.languages());
		ListingFields.CostKind costs = java.util.Objects.requireNonNull(form.costs());
		ListingFields.applyCosts(doc, costs, messages.getMessage("edit.costs.option." + costs.name().toLowerCase(Locale.ROOT),
				null, Locale.of("nl")));
		Set<String> ticked = new LinkedHashSet<>(form.needs());
		ticked.addAll(form.groups());
		ticked.addAll(form.steps());
		ListingFields.applyTerms(doc, taxonomy, SERVICE_KINDS, ticked, "service");
		OpeningHours.apply(doc, form.rows(), editable.placeNames());
		return doc;
	}

	private String serviceForm(UUID listing, Editable editable, boolean isNew, ServiceForm form, List<FieldError> errors,
			Model model) {
		List<OpeningHours.Row> rows = new ArrayList<>(form.rows());
		while (rows.stream().filter(r -> r.days().isEmpty() && r.opens().isBlank()).count() < EMPTY_ROWS
				&& rows.size() < 14) {
			rows.add(new OpeningHours.Row(null, null, Set.of(), "", "", "", ""));
		}
		model.addAttribute("listingId", listing);
		model.addAttribute("isNew", isNew);
		model.addAttribute("serviceId", editable.doc().path("id").asString());
		model.addAttribute("serviceName", editable.doc().path("name").asString());
		model.addAttribute("pending", form.pending());
		model.addAttribute("form", form.withRows(rows));
		model.addAttribute("errors", errors);
		model.addAttribute("errorFields", errors.stream().map(FieldError::field).toList());
		model.addAttribute("places", editable.placeNames());
		model.addAttribute("languageOptions", LANGUAGES);
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("costKinds", ListingFields.CostKind.values());
		model.addAttribute("needGroups", needGroups());
		model.addAttribute("targetGroups", taxonomy.terms(NeedsTaxonomy.TARGET_GROUP).stream().filter(t -> t.parentCode() != null).toList());
		model.addAttribute("nextSteps", taxonomy.terms(NeedsTaxonomy.NEXT_STEP).stream().filter(t -> t.parentCode() != null).toList());
		return "socialmap/edit-service";
	}

	/** The needs taxonomy as the form shows it: each main need with the needs under it. */
	private List<NeedGroup> needGroups() {
		List<NeedGroup> groups = new ArrayList<>();
		for (NeedsTaxonomy.Term main : taxonomy.terms(NeedsTaxonomy.NEED)) {
			if (main.parentCode() == null) {
				groups.add(new NeedGroup(main, taxonomy.terms(NeedsTaxonomy.NEED)
					.stream()
					.filter(t -> main.code().equals(t.parentCode()))
					.toList()));
			}
		}
		return groups;
	}

	private ServiceForm formOf(Editable editable) {
		JsonNode doc = editable.doc();
		List<String> documents = new ArrayList<>();
		doc.path("required_documents").forEach(d -> documents.add(d.path("document").asString("")));
		Set<String> languages = new LinkedHashSet<>();
		doc.path("languages").forEach(l -> languages.add(l.path("code").asString("")));
		Set<String> locations = new LinkedHashSet<>();
		doc.path("service_at_locations").forEach(l -> locations.add(l.path("location_id").asString("")));
		return new ServiceForm(editable.version(), editable.pending(), doc.path("name").asString(""),
				doc.path("description").asString(""), doc.path("application_process").asString(""),
				doc.path("eligibility_description").asString(""), doc.path("fees_description").asString(""),
				editable.version() == 0 ? null : ListingFields.costKind(doc), String.join("\n", documents), languages,
				ListingFields.phones(doc), doc.path("email").asString(""), doc.path("url").asString(""),
				ListingFields.termIds(doc, taxonomy, Set.of(NeedsTaxonomy.NEED)),
				ListingFields.termIds(doc, taxonomy, Set.of(NeedsTaxonomy.TARGET_GROUP)),
				ListingFields.termIds(doc, taxonomy, Set.of(NeedsTaxonomy.NEXT_STEP)), locations, OpeningHours.rows(doc));
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
		ListingFields.CostKind costs = null;
		for (ListingFields.CostKind kind : ListingFields.CostKind.values()) {
			if (kind.name().equals(first(params, "kostensoort"))) {
				costs = kind;
			}
		}
		return new ServiceForm(parse(params.getFirst("versie")), uuid(first(params, "voorstel")),
				first(params, "naam").strip(), first(params, "omschrijving").strip(), first(params, "aanpak").strip(),
				first(params, "voorwaarden").strip(), first(params, "kosten").strip(), costs,
				first(params, "meenemen").strip(), set(params, "taal"), first(params, "telefoon").strip(),
				first(params, "email").strip(), first(params, "website").strip(), set(params, "behoefte"),
				set(params, "doelgroep"), set(params, "stap"), set(params, "locatie"), typed);
	}

	private static Set<String> set(MultiValueMap<String, String> params, String name) {
		Set<String> values = new LinkedHashSet<>();
		params.getOrDefault(name, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).limit(200).forEach(values::add);
		return values;
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

	// ---- withdrawing a service or a location ----

	@GetMapping("/mijn/vermeldingen/{id}/diensten/{service}/intrekken")
	String withdrawService(@PathVariable UUID id, @PathVariable UUID service, @AuthenticationPrincipal SchakelUser user,
			Model model) {
		return withdrawPage(id, true, changes.editableService(id, service, user), null, model);
	}

	@PostMapping("/mijn/vermeldingen/{id}/diensten/{service}/intrekken")
	String proposeServiceWithdrawal(@PathVariable UUID id, @PathVariable UUID service,
			@RequestParam(defaultValue = "0") int versie, @AuthenticationPrincipal SchakelUser user, Model model) {
		return withdraw(id, true, service, versie, user, model);
	}

	@GetMapping("/mijn/vermeldingen/{id}/locaties/{location}/intrekken")
	String withdrawLocation(@PathVariable UUID id, @PathVariable UUID location, @AuthenticationPrincipal SchakelUser user,
			Model model) {
		return withdrawPage(id, false, changes.editableLocation(id, location, user), null, model);
	}

	@PostMapping("/mijn/vermeldingen/{id}/locaties/{location}/intrekken")
	String proposeLocationWithdrawal(@PathVariable UUID id, @PathVariable UUID location,
			@RequestParam(defaultValue = "0") int versie, @AuthenticationPrincipal SchakelUser user, Model model) {
		return withdraw(id, false, location, versie, user, model);
	}

	private String withdraw(UUID listing, boolean service, UUID resource, int version, SchakelUser user, Model model) {
		try {
			changes.proposeWithdrawal(listing, service, resource, version, user);
		}
		catch (ListingRefused ex) {
			Editable editable = service ? changes.editableService(listing, resource, user)
					: changes.editableLocation(listing, resource, user);
			return withdrawPage(listing, service, editable, ex.code(), model);
		}
		return "redirect:/mijn/vermeldingen/" + listing + "?intrekken";
	}

	private String withdrawPage(UUID listing, boolean service, Editable editable, @Nullable String error, Model model) {
		JsonNode doc = editable.doc();
		String name = doc.path("name").asString("");
		model.addAttribute("listingId", listing);
		model.addAttribute("service", service);
		model.addAttribute("resourceId", doc.path("id").asString());
		model.addAttribute("name", name.isBlank() ? doc.path("addresses").path(0).path("address_1").asString("") : name);
		model.addAttribute("version", editable.version());
		model.addAttribute("error", error);
		return "socialmap/withdraw";
	}

	// ---- a location ----

	@GetMapping("/mijn/vermeldingen/{id}/locaties/nieuw")
	String newLocation(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user, Model model) {
		Editable editable = changes.newDocument(id, false, null, user);
		return locationForm(id, editable, true, locationFormOf(editable), List.of(), model);
	}

	@PostMapping("/mijn/vermeldingen/{id}/locaties/nieuw")
	String proposeNewLocation(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			@AuthenticationPrincipal SchakelUser user, Model model) {
		Editable editable = changes.newDocument(id, false, uuid(first(params, "locatie")), user);
		LocationForm form = locationFormOf(params);
		List<FieldError> errors = locationErrors(form, editable);
		if (!errors.isEmpty()) {
			return locationForm(id, editable, true, form, errors, model);
		}
		ObjectNode doc = locationDoc(editable, form);
		try {
			changes.proposeNew(id, false, doc, user);
		}
		catch (ListingRefused ex) {
			return locationForm(id, editable, true, form, List.of(new FieldError("straat", ex.code(), 0)), model);
		}
		return "redirect:/mijn/vermeldingen/" + id + "?voorgesteld";
	}

	@GetMapping("/mijn/vermeldingen/{id}/locaties/{location}")
	String editLocation(@PathVariable UUID id, @PathVariable UUID location, @AuthenticationPrincipal SchakelUser user,
			Model model) {
		Editable editable = changes.editableLocation(id, location, user);
		return locationForm(id, editable, false, locationFormOf(editable), List.of(), model);
	}

	@PostMapping("/mijn/vermeldingen/{id}/locaties/{location}")
	String proposeLocation(@PathVariable UUID id, @PathVariable UUID location,
			@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal SchakelUser user, Model model) {
		Editable editable = changes.editableLocation(id, location, user);
		LocationForm form = locationFormOf(params);
		List<FieldError> errors = locationErrors(form, editable);
		if (!errors.isEmpty()) {
			return locationForm(id, editable, false, form, errors, model);
		}
		ObjectNode doc = locationDoc(editable, form);
		try {
			changes.proposeLocation(id, new Editable(editable.doc(), form.version(), form.pending(), Map.of()), doc, user);
		}
		catch (ListingRefused ex) {
			return locationForm(id, editable, false, form, List.of(new FieldError("straat", ex.code(), 0)), model);
		}
		return "redirect:/mijn/vermeldingen/" + id + "?voorgesteld";
	}

	private LocationForm locationFormOf(Editable editable) {
		JsonNode doc = editable.doc();
		JsonNode address = doc.path("addresses").path(0);
		List<String> notes = new ArrayList<>();
		doc.path("accessibility").forEach(a -> notes.add(a.path("description").asString("")));
		return new LocationForm(editable.version(), editable.pending(), doc.path("name").asString(""),
				address.path("address_1").asString(""), address.path("postal_code").asString(""),
				address.path("city").asString(""), ListingFields.phones(doc),
				ListingFields.termIds(doc, taxonomy, Set.of(NeedsTaxonomy.ACCESSIBILITY)), String.join("\n", notes));
	}

	private static LocationForm locationFormOf(MultiValueMap<String, String> params) {
		return new LocationForm(parse(params.getFirst("versie")), uuid(first(params, "voorstel")),
				first(params, "naam").strip(), first(params, "straat").strip(), first(params, "postcode").strip(),
				first(params, "plaats").strip(), first(params, "telefoon").strip(), set(params, "toegang"),
				first(params, "toegankelijkheid").strip());
	}

	private List<FieldError> locationErrors(LocationForm form, Editable editable) {
		List<FieldError> errors = new ArrayList<>();
		if (form.name().length() > MAX_NAME) {
			errors.add(new FieldError("naam", "edit.error.long", MAX_NAME));
		}
		if (form.street().isEmpty() || form.street().length() > 200) {
			errors.add(new FieldError("straat", "edit.error.street", 0));
		}
		if (Postcode.parse(form.postcode()).isEmpty()) {
			errors.add(new FieldError("postcode", "edit.error.postcode", 0));
		}
		if (form.city().isEmpty() || form.city().length() > 100) {
			errors.add(new FieldError("plaats", "edit.error.city", 0));
		}
		if (form.phones().length() > MAX_TEXT || ListingFields.lines(form.phones()).size() > ListingFields.MAX_PHONES) {
			errors.add(new FieldError("telefoon", "edit.error.phones", ListingFields.MAX_PHONES));
		}
		else if (!ListingFields.badPhones(editable.doc(), form.phones()).isEmpty()) {
			errors.add(new FieldError("telefoon", "edit.error.phone", 0));
		}
		if (!ListingFields.unknownTerms(form.accessibility(), taxonomy, NeedsTaxonomy.ACCESSIBILITY).isEmpty()) {
			errors.add(new FieldError("toegang", "edit.error.term", 0));
		}
		if (form.notes().length() > MAX_TEXT) {
			errors.add(new FieldError("toegankelijkheid", "edit.error.long", MAX_TEXT));
		}
		return errors;
	}

	/** The location document as the form says; a new location is placed on the map by its postcode area. */
	private ObjectNode locationDoc(Editable editable, LocationForm form) {
		ObjectNode doc = editable.doc().deepCopy();
		String location = doc.get("id").asString();
		text(doc, "name", form.name());
		ArrayNode addresses = doc.path("addresses").isArray() ? (ArrayNode) doc.get("addresses") : doc.putArray("addresses");
		ObjectNode address = addresses.isEmpty() ? addresses.addObject() : (ObjectNode) addresses.get(0);
		if (!address.hasNonNull("id")) {
			address.put("id", UUID.randomUUID().toString());
			address.put("location_id", location);
			address.put("country", "NL");
			address.put("address_type", "physical");
			address.put("state_province", "");
		}
		Postcode postcode = Postcode.parse(form.postcode()).orElseThrow();
		address.put("address_1", form.street());
		address.put("postal_code", postcode.toString());
		address.put("city", form.city());
		if (editable.version() == 0) {
			changes.approximatePoint(postcode).ifPresent(point -> {
				doc.put("latitude", point[0]);
				doc.put("longitude", point[1]);
			});
		}
		ListingFields.applyPhones(doc, form.phones(), "location_id");
		ListingFields.applyTerms(doc, taxonomy, Set.of(NeedsTaxonomy.ACCESSIBILITY), form.accessibility(), "location");
		Map<String, JsonNode> notes = new LinkedHashMap<>();
		doc.path("accessibility").forEach(a -> notes.put(a.path("description").asString(""), a));
		ArrayNode accessibility = doc.arrayNode();
		for (String line : ListingFields.lines(form.notes())) {
			JsonNode known = notes.get(line);
			if (known != null) {
				accessibility.add(known);
			}
			else {
				ObjectNode note = accessibility.addObject();
				note.put("id", UUID.randomUUID().toString());
				note.put("location_id", location);
				note.put("description", line);
			}
		}
		if (accessibility.isEmpty()) {
			doc.remove("accessibility");
		}
		else {
			doc.set("accessibility", accessibility);
		}
		return doc;
	}

	private String locationForm(UUID listing, Editable editable, boolean isNew, LocationForm form, List<FieldError> errors,
			Model model) {
		model.addAttribute("listingId", listing);
		model.addAttribute("isNew", isNew);
		model.addAttribute("locationId", editable.doc().path("id").asString());
		model.addAttribute("pending", form.pending());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("errorFields", errors.stream().map(FieldError::field).toList());
		model.addAttribute("accessibilityTerms",
				taxonomy.terms(NeedsTaxonomy.ACCESSIBILITY).stream().filter(t -> t.parentCode() != null).toList());
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
