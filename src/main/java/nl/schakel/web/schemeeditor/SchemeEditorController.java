// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web.schemeeditor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import nl.schakel.audit.AuditAction;
import nl.schakel.audit.AuditEntry;
import nl.schakel.audit.AuditLog;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Role;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.schemes.LocalSchemes;
import nl.schakel.schemes.LocalSchemes.StoredScheme;
import nl.schakel.schemes.ParameterSheets;
import nl.schakel.schemes.SchemeDiff;
import nl.schakel.schemes.SchemeDrafts;
import nl.schakel.schemes.SchemeDrafts.Draft;
import nl.schakel.schemes.SchemeEditException;
import nl.schakel.schemes.SchemePreviews;
import nl.schakel.schemes.SchemeProblem;
import nl.schakel.web.schemeeditor.SchemeForm.FieldError;

/**
 * "Regelingen beheren": municipal staff maintain the local schemes of their own municipality. Every change is a draft
 * (from the form, a YAML text, an uploaded YAML file or an edited parameter sheet); a second member of staff sees the
 * differences, the persona results and the effect on a synthetic population, and approves or rejects it. A scheme of
 * another municipality does not exist for staff (404); the service checks the municipality again.
 */
@Controller
class SchemeEditorController {

	private static final Pattern PARAMETER_PATH = Pattern.compile("parameters\\.([^.]+)\\.waarden\\.(\\d+)\\.waarde");

	/** The strict reader names a parameter like this; its field then gets the message. */
	private static final Pattern NAMED_PARAMETER = Pattern.compile("^parameter '([a-z0-9_]+)'");

	private static final long MAX_UPLOAD = 1024 * 1024;

	private final LocalSchemes schemes;

	private final SchemeDrafts drafts;

	private final SchemePreviews previews;

	private final Organisations organisations;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SchemeEditorController(LocalSchemes schemes, SchemeDrafts drafts, SchemePreviews previews,
			Organisations organisations, AuditLog audit, TransactionTemplate transactions, Clock clock) {
		this.schemes = schemes;
		this.drafts = drafts;
		this.previews = previews;
		this.organisations = organisations;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** One line of the overview. */
	record SchemeLine(String id, String name, String municipality, int version, @Nullable LocalDate scheduled,
			int openDrafts) {
	}

	// ------------------------------------------------------------------ overview and import

	@GetMapping("/beheer/regelingen")
	String list(@AuthenticationPrincipal SchakelUser user, Model model) {
		return overview(user, model, List.of());
	}

	@PostMapping("/beheer/regelingen/import")
	String importYaml(@AuthenticationPrincipal SchakelUser user,
			@RequestParam(name = "bestand", required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		if (file == null || file.isEmpty() || file.getSize() > MAX_UPLOAD) {
			return overview(user, model, List.of(new FieldError("bestand", "file-missing", "")));
		}
		String yaml = new String(file.getBytes(), StandardCharsets.UTF_8);
		List<FieldError> errors = new ArrayList<>();
		Draft draft = propose(user, yaml, "yaml", null, baseOf(yaml), null, "bestand", errors);
		if (draft == null) {
			return overview(user, model, errors);
		}
		return "redirect:/beheer/regelingen/concepten/" + draft.id();
	}

	private String overview(SchakelUser user, Model model, List<FieldError> errors) {
		Set<String> scope = scope(user);
		LocalDate today = today();
		List<SchemeLine> lines = new ArrayList<>();
		Map<String, Integer> open = new LinkedHashMap<>();
		List<Draft> openDrafts = drafts.open(null).stream().filter(d -> visible(scope, d.municipality())).toList();
		openDrafts.forEach(d -> open.merge(d.schemeId(), 1, Integer::sum));
		for (StoredScheme s : schemes.currentOf(null)) {
			if (!visible(scope, s.municipality())) {
				continue;
			}
			LocalDate scheduled = schemes.versions(s.id()).stream().map(StoredScheme::effectiveFrom)
				.filter(d -> d != null && d.isAfter(today)).min(LocalDate::compareTo).orElse(null);
			lines.add(new SchemeLine(s.id(), name(s.document()), s.municipality(), s.version(), scheduled,
					open.getOrDefault(s.id(), 0)));
		}
		Set<String> known = lines.stream().map(SchemeLine::id).collect(Collectors.toSet());
		model.addAttribute("lines", lines);
		model.addAttribute("newDrafts", openDrafts.stream().filter(d -> !known.contains(d.schemeId())).toList());
		model.addAttribute("templates", SchemeTemplates.KEYS);
		model.addAttribute("errors", errors);
		return "schemeeditor/list";
	}

	// ------------------------------------------------------------------ the form

	@GetMapping("/beheer/regelingen/nieuw")
	String create(@AuthenticationPrincipal SchakelUser user,
			@RequestParam(name = "sjabloon", defaultValue = "vast_bedrag") String template, Model model) {
		if (!SchemeTemplates.KEYS.contains(template)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Set<String> scope = scope(user);
		String municipality = scope == null || scope.isEmpty() ? "" : scope.iterator().next();
		return form(user, model, SchemeTemplates.of(template, municipality, today()), null, List.of());
	}

	@PostMapping("/beheer/regelingen/nieuw")
	String saveNew(@AuthenticationPrincipal SchakelUser user, @RequestParam MultiValueMap<String, String> params,
			Model model) {
		return save(user, params, null, model);
	}

	@GetMapping("/beheer/regelingen/{id}/bewerken")
	String edit(@AuthenticationPrincipal SchakelUser user, @PathVariable String id, Model model) {
		StoredScheme current = visible(user, id);
		return form(user, model, SchemeForm.of(current.document()), current, List.of());
	}

	@PostMapping("/beheer/regelingen/{id}/bewerken")
	String saveEdit(@AuthenticationPrincipal SchakelUser user, @PathVariable String id,
			@RequestParam MultiValueMap<String, String> params, Model model) {
		return save(user, params, visible(user, id), model);
	}

	/** Validation as the author types (htmx): the same checks as saving, without saving; answers the summary only. */
	@PostMapping("/beheer/regelingen/valideren")
	String validate(@RequestParam MultiValueMap<String, String> params, Model model) {
		SchemeForm form = SchemeForm.read(params);
		model.addAttribute("errors", check(form));
		model.addAttribute("checked", true);
		return "schemeeditor/form :: live";
	}

	private String save(SchakelUser user, MultiValueMap<String, String> params, @Nullable StoredScheme current,
			Model model) {
		SchemeForm form = SchemeForm.read(params);
		if ("ruimte".equals(params.getFirst("actie"))) {
			return form(user, model, form, current, List.of());
		}
		List<FieldError> errors = check(form);
		if (errors.isEmpty()) {
			Integer base = current == null ? null : parseVersion(params.getFirst("versie"));
			Draft draft = propose(user, form.yaml(), current == null ? "template" : "form", params.getFirst("toelichting"),
					base, current == null ? null : current.id(), "controle", errors);
			if (draft != null) {
				return "redirect:/beheer/regelingen/concepten/" + draft.id() + "?opgeslagen";
			}
		}
		model.addAttribute("note", params.getFirst("toelichting"));
		return form(user, model, form.compact(), current, errors);
	}

	private String form(SchakelUser user, Model model, SchemeForm form, @Nullable StoredScheme current,
			List<FieldError> errors) {
		model.addAttribute("form", form.withBlankRows());
		model.addAttribute("current", current);
		model.addAttribute("errors", errors);
		model.addAttribute("errorFields", errors.stream().map(FieldError::field).collect(Collectors.toSet()));
		model.addAttribute("vocabulary", SchemeDrafts.vocabulary());
		model.addAttribute("units", SchemeForm.UNITS);
		model.addAttribute("combinations", SchemeForm.COMBINATIONS);
		model.addAttribute("amountKinds", SchemeForm.AMOUNT_KINDS);
		model.addAttribute("admin", scope(user) == null);
		model.addAttribute("action", current == null ? "/beheer/regelingen/nieuw"
				: "/beheer/regelingen/" + current.id() + "/bewerken");
		return "schemeeditor/form";
	}

	/** The form's own checks, then the strict reader on the document it makes. */
	private static List<FieldError> check(SchemeForm form) {
		List<FieldError> errors = new ArrayList<>(form.check(SchemeDrafts.vocabulary()));
		if (errors.isEmpty()) {
			for (SchemeProblem p : SchemeDrafts.check(form.yaml())) {
				errors.add(toField(p, form, "controle"));
			}
		}
		return errors;
	}

	private static FieldError toField(SchemeProblem p, @Nullable SchemeForm form, String general) {
		if (p.path() != null && form != null) {
			Matcher m = PARAMETER_PATH.matcher(p.path());
			if (m.matches()) {
				for (int i = 0; i < form.parameters().size(); i++) {
					if (form.parameters().get(i).name().equals(m.group(1))) {
						return new FieldError("p-" + i + "-w-" + m.group(2) + "-waarde", p.code(), p.detail());
					}
				}
			}
		}
		Matcher named = NAMED_PARAMETER.matcher(p.detail());
		if (p.code().equals("file") && form != null && named.find()) {
			for (int i = 0; i < form.parameters().size(); i++) {
				if (form.parameters().get(i).name().equals(named.group(1))) {
					String part = p.detail().contains("unit") ? "eenheid" : "naam";
					return new FieldError("p-" + i + "-" + part, "file", p.detail());
				}
			}
		}
		if (p.code().equals("file")) {
			return new FieldError(general, "file", (p.line() > 0 ? p.line() + ": " : "") + p.detail());
		}
		return new FieldError(general, p.code(), p.detail() + (p.path() == null ? "" : " (" + p.path() + ")"));
	}

	// ------------------------------------------------------------------ YAML

	@GetMapping("/beheer/regelingen/{id}/yaml")
	String yaml(@AuthenticationPrincipal SchakelUser user, @PathVariable String id, Model model) {
		StoredScheme current = visible(user, id);
		model.addAttribute("yaml", schemes.exportYaml(id).orElseThrow());
		return yamlPage(model, current, List.of());
	}

	@PostMapping("/beheer/regelingen/{id}/yaml")
	String saveYaml(@AuthenticationPrincipal SchakelUser user, @PathVariable String id,
			@RequestParam(name = "yaml", defaultValue = "") String yaml,
			@RequestParam(name = "versie", required = false) @Nullable String version,
			@RequestParam(name = "toelichting", required = false) @Nullable String note, Model model) {
		StoredScheme current = visible(user, id);
		List<FieldError> errors = new ArrayList<>();
		Draft draft = propose(user, yaml, "yaml", note, parseVersion(version), id, "yaml", errors);
		if (draft != null) {
			return "redirect:/beheer/regelingen/concepten/" + draft.id() + "?opgeslagen";
		}
		model.addAttribute("yaml", yaml);
		return yamlPage(model, current, errors);
	}

	private String yamlPage(Model model, StoredScheme current, List<FieldError> errors) {
		model.addAttribute("current", current);
		model.addAttribute("errors", errors);
		return "schemeeditor/yaml";
	}

	@GetMapping("/beheer/regelingen/{id}/export.yaml")
	ResponseEntity<String> exportYaml(@AuthenticationPrincipal SchakelUser user, @PathVariable String id) {
		visible(user, id);
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(id + ".yaml").build()
				.toString())
			.body(schemes.exportYaml(id).orElseThrow());
	}

	// ------------------------------------------------------------------ parameter sheets

	@GetMapping("/beheer/regelingen/{id}/parameters.xlsx")
	ResponseEntity<byte[]> exportSheet(@AuthenticationPrincipal SchakelUser user, @PathVariable String id) {
		StoredScheme current = visible(user, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(id + "-parameters.xlsx")
				.build().toString())
			.body(ParameterSheets.export(current.document()));
	}

	@PostMapping("/beheer/regelingen/{id}/parameters")
	String importSheet(@AuthenticationPrincipal SchakelUser user, @PathVariable String id,
			@RequestParam(name = "bestand", required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		StoredScheme current = visible(user, id);
		List<FieldError> errors = new ArrayList<>();
		if (file == null || file.isEmpty() || file.getSize() > MAX_UPLOAD) {
			errors.add(new FieldError("bestand", "file-missing", ""));
			return schemePage(user, current, model, errors);
		}
		String yaml;
		try {
			yaml = SchemeDrafts.yaml(ParameterSheets.apply(current.document(), file.getBytes()));
		}
		catch (SchemeEditException ex) {
			for (SchemeProblem p : ex.problems()) {
				errors.add(new FieldError("bestand", p.code(), p.detail(), String.valueOf(p.line()),
						p.path() == null ? "" : p.path()));
			}
			return schemePage(user, current, model, errors);
		}
		Draft draft = propose(user, yaml, "xlsx", null, current.version(), id, "bestand", errors);
		if (draft == null) {
			return schemePage(user, current, model, errors);
		}
		return "redirect:/beheer/regelingen/concepten/" + draft.id() + "?opgeslagen";
	}

	// ------------------------------------------------------------------ one scheme: drafts, history

	@GetMapping("/beheer/regelingen/{id}")
	String scheme(@AuthenticationPrincipal SchakelUser user, @PathVariable String id, Model model) {
		return schemePage(user, visible(user, id), model, List.of());
	}

	private String schemePage(SchakelUser user, StoredScheme current, Model model, List<FieldError> errors) {
		model.addAttribute("current", current);
		model.addAttribute("name", name(current.document()));
		model.addAttribute("versions", schemes.versions(current.id()).reversed());
		model.addAttribute("drafts", drafts.of(current.id()));
		model.addAttribute("history", drafts.history(current.id()));
		model.addAttribute("today", today());
		model.addAttribute("errors", errors);
		return "schemeeditor/scheme";
	}

	// ------------------------------------------------------------------ review

	@GetMapping("/beheer/regelingen/concepten/{draft}")
	String draft(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID draft, Model model) {
		return review(user, visibleDraft(user, draft), model, List.of());
	}

	@PostMapping("/beheer/regelingen/concepten/{draft}/goedkeuren")
	String approve(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID draft,
			@RequestParam(name = "opmerking", required = false) @Nullable String comment, Model model) {
		return decide(user, draft, comment, true, model);
	}

	@PostMapping("/beheer/regelingen/concepten/{draft}/afwijzen")
	String reject(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID draft,
			@RequestParam(name = "opmerking", required = false) @Nullable String comment, Model model) {
		return decide(user, draft, comment, false, model);
	}

	private String decide(SchakelUser user, UUID id, @Nullable String comment, boolean approve, Model model) {
		Draft draft = visibleDraft(user, id);
		try {
			transactions.executeWithoutResult(status -> {
				if (approve) {
					drafts.approve(id, author(user), comment, scope(user));
				}
				else {
					drafts.reject(id, author(user), comment, scope(user));
				}
				audit.record(new AuditEntry(AuditAction.UPDATE, "local-scheme", draft.schemeId(),
						approve ? "schemes.editor.approve" : "schemes.editor.reject"));
			});
		}
		catch (SchemeEditException ex) {
			model.addAttribute("comment", comment);
			return review(user, draft, model, List.of(new FieldError("opmerking", "edit-" + ex.code(), "")));
		}
		return "redirect:/beheer/regelingen/" + draft.schemeId() + (approve ? "?goedgekeurd" : "?afgewezen");
	}

	private String review(SchakelUser user, Draft draft, Model model, List<FieldError> errors) {
		StoredScheme current = schemes.current(draft.schemeId()).orElse(null);
		LocalDate reference = previews.referenceDate(draft);
		model.addAttribute("draft", draft);
		model.addAttribute("name", name(draft.document()));
		model.addAttribute("current", current);
		model.addAttribute("stale", current == null ? draft.baseVersion() != null
				: !Integer.valueOf(current.version()).equals(draft.baseVersion()));
		model.addAttribute("own", draft.author().id().equals(user.accountId().value()));
		model.addAttribute("changes", SchemeDiff.between(current == null ? null : current.document(), draft.document()));
		model.addAttribute("reference", reference);
		if (draft.status() == SchemeDrafts.DraftStatus.OPEN) {
			model.addAttribute("personas", previews.personas(draft, reference));
			model.addAttribute("impact", previews.impact(draft, reference));
		}
		model.addAttribute("errors", errors);
		return "schemeeditor/draft";
	}

	// ------------------------------------------------------------------ shared

	/** Stores a draft, or adds the reasons it was refused to errors and returns null. */
	private @Nullable Draft propose(SchakelUser user, String yaml, String origin, @Nullable String note,
			@Nullable Integer base, @Nullable String expectedId, String field, List<FieldError> errors) {
		try {
			return transactions.execute(status -> {
				Draft draft = drafts.propose(yaml, origin, note, author(user), base, scope(user), expectedId);
				audit.record(new AuditEntry(AuditAction.CREATE, "local-scheme", draft.schemeId(),
						"schemes.editor.draft"));
				return draft;
			});
		}
		catch (SchemeEditException ex) {
			if (ex.problems().isEmpty()) {
				errors.add(new FieldError(field, "edit-" + ex.code(), ""));
			}
			for (SchemeProblem p : ex.problems()) {
				errors.add(toField(p, null, field));
			}
			return null;
		}
	}

	/** The version a YAML file would replace: the newest version of the scheme it names, if that exists. */
	private @Nullable Integer baseOf(String yaml) {
		Object id = SchemeForm.parse(yaml) instanceof Map<?, ?> map ? map.get("id") : null;
		return id == null ? null : schemes.current(id.toString()).map(StoredScheme::version).orElse(null);
	}

	private static @Nullable Integer parseVersion(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private StoredScheme visible(SchakelUser user, String id) {
		return schemes.current(id)
			.filter(s -> visible(scope(user), s.municipality()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Draft visibleDraft(SchakelUser user, UUID id) {
		return drafts.find(id)
			.filter(d -> visible(scope(user), d.municipality()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static boolean visible(@Nullable Set<String> scope, String municipality) {
		return scope == null || scope.contains(municipality);
	}

	/** The municipalities whose schemes this person maintains; null for a system administrator (all). */
	private @Nullable Set<String> scope(SchakelUser user) {
		if (user.systemAdmin()) {
			return null;
		}
		Set<String> codes = new HashSet<>();
		user.memberships().stream()
			.filter(m -> m.role() == Role.MUNICIPAL_STAFF && m.kind() == OrganisationKind.MUNICIPALITY)
			.forEach(m -> organisations.byId(m.organisationId())
				.ifPresent(o -> o.municipalities().stream().map(MunicipalityCode::value).forEach(codes::add)));
		return codes;
	}

	private static SchemeDrafts.Author author(SchakelUser user) {
		return new SchemeDrafts.Author(user.accountId().value(), user.displayName());
	}

	private static String name(Map<String, Object> document) {
		return document.get("naam") instanceof Map<?, ?> name ? String.valueOf(name.get("nl")) : "";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Amsterdam")));
	}

}
