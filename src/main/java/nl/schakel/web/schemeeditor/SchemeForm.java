// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web.schemeeditor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import nl.schakel.schemes.SchemeDrafts;
import nl.schakel.schemes.SchemeDrafts.VocabularyTerm;

/**
 * The edit form of a local scheme. It reads and writes the same document as the scheme's YAML file, so the strict
 * reader checks the result; its own checks only name the field, in plain words, before the reader is asked.
 */
record SchemeForm(String id, String municipality, String template, String validFrom, String validUntil, String nameNl,
		String nameEn, String descriptionNl, String descriptionEn, String sourceTitle, String sourceUrl, String applyLink,
		String applyForm, String applyOrganisation, String countsAsIncome, List<Doc> documents, List<Param> parameters,
		List<Cond> conditions, List<Amount> amounts, String extra) {

	record Doc(String nl, String en) {

		boolean blank() {
			return nl.isBlank() && en.isBlank();
		}

	}

	record Param(String name, String unit, String description, List<Value> values) {

		boolean blank() {
			return name.isBlank() && description.isBlank() && values.stream().allMatch(Value::blank);
		}

	}

	record Value(String from, String value, String sourceTitle, String sourceUrl) {

		boolean blank() {
			return from.isBlank() && value.isBlank() && sourceTitle.isBlank() && sourceUrl.isBlank();
		}

	}

	/** A condition: terms combined by een (one term), alle or een_van; or, when deeper, its text in YAML flow style. */
	record Cond(String id, String combine, List<TermRow> terms, String raw, String sourceTitle, String sourceUrl,
			String explainNl, String explainEn) {

		boolean blank() {
			return id.isBlank() && raw.isBlank() && sourceTitle.isBlank() && sourceUrl.isBlank() && explainNl.isBlank()
					&& explainEn.isBlank() && terms.stream().allMatch(TermRow::blank);
		}

	}

	record TermRow(boolean not, String term, String arg, String arg2) {

		boolean blank() {
			return term.isBlank();
		}

	}

	/** An amount rule of vast_bedrag: per_jaar, per_maand or per_kind with a parameter, and an optional condition. */
	record Amount(String kind, String parameter, String childFrom, String childBelow, TermRow when) {

		boolean blank() {
			return kind.isBlank() && parameter.isBlank();
		}

	}

	/**
	 * A problem with one field of the form (or of an uploaded sheet: then with its row and column).
	 *
	 * @param code the message key suffix under {@code schemes.editor.problem.}
	 */
	record FieldError(String field, String code, String argument, String row, String column) {

		FieldError(String field, String code, String argument) {
			this(field, code, argument, "", "");
		}

	}

	static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

	static final Pattern EURO = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,2})?");

	static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,6}(\\.[0-9]{1,6})?");

	static final Pattern MONTHS = Pattern.compile("[0-9]{1,4}");

	static final List<String> UNITS = List.of("euro", "procent", "maanden", "getal");

	static final List<String> COMBINATIONS = List.of("een", "alle", "een_van");

	static final List<String> AMOUNT_KINDS = List.of("per_jaar", "per_maand", "per_kind");

	/** Keys the form edits itself; any other top-level key is kept as it was (see {@link #extra()}). */
	static final Set<String> KNOWN = Set.of("id", "gemeente", "sjabloon", "naam", "uitleg", "bron", "geldig_vanaf",
			"geldig_tot", "aanvragen", "documenten", "telt_als_inkomen", "parameters", "voorwaarden", "bedrag");

	/** The value written for a parameter value that ends validity ({@code waarde: null} in the file). */
	static final String NONE = "geen";

	// ---------------------------------------------------------------- from a document

	@SuppressWarnings("unchecked")
	static SchemeForm of(Map<String, Object> d) {
		Map<String, Object> name = map(d.get("naam"));
		Map<String, Object> description = map(d.get("uitleg"));
		Map<String, Object> source = map(d.get("bron"));
		Map<String, Object> apply = map(d.get("aanvragen"));
		List<Doc> documents = new ArrayList<>();
		for (Object o : list(d.get("documenten"))) {
			documents.add(new Doc(text(map(o).get("nl")), text(map(o).get("en"))));
		}
		List<Param> parameters = new ArrayList<>();
		map(d.get("parameters")).forEach((key, value) -> {
			Map<String, Object> p = map(value);
			List<Value> values = new ArrayList<>();
			for (Object o : list(p.get("waarden"))) {
				Map<String, Object> v = map(o);
				Map<String, Object> s = map(v.get("bron"));
				values.add(new Value(text(v.get("vanaf")), v.get("waarde") == null ? NONE : text(v.get("waarde")),
						text(s.get("titel")), text(s.get("url"))));
			}
			parameters.add(new Param(key, text(p.get("eenheid")), text(p.get("omschrijving")), values));
		});
		List<Cond> conditions = new ArrayList<>();
		map(d.get("voorwaarden")).forEach((key, value) -> {
			Map<String, Object> c = map(value);
			Map<String, Object> s = map(c.get("bron"));
			Map<String, Object> explain = map(c.get("uitleg_niet"));
			conditions.add(condition(key, c.get("voorwaarde"), text(s.get("titel")), text(s.get("url")),
					text(explain.get("nl")), text(explain.get("en"))));
		});
		List<Amount> amounts = new ArrayList<>();
		for (Object o : list(d.get("bedrag"))) {
			Map<String, Object> a = map(o);
			String kind = a.containsKey("per_kind") ? "per_kind" : a.containsKey("per_maand") ? "per_maand" : "per_jaar";
			TermRow when = a.get("als") == null ? new TermRow(false, "", "", "") : term(a.get("als"));
			amounts.add(new Amount(kind, text(a.get(kind)), text(a.get("kind_vanaf")), text(a.get("kind_onder")),
					when == null ? new TermRow(false, "", "", "") : when));
		}
		Map<String, Object> extra = new LinkedHashMap<>();
		d.forEach((k, v) -> {
			if (!KNOWN.contains(k)) {
				extra.put(k, v);
			}
		});
		return new SchemeForm(text(d.get("id")), text(d.get("gemeente")), text(d.get("sjabloon")),
				text(d.get("geldig_vanaf")), text(d.get("geldig_tot")), text(name.get("nl")), text(name.get("en")),
				text(description.get("nl")), text(description.get("en")), text(source.get("titel")),
				text(source.get("url")), text(apply.get("link")), text(apply.get("formulier")),
				text(apply.get("organisatie")), text(d.get("telt_als_inkomen")).isEmpty() ? "nee"
						: text(d.get("telt_als_inkomen")),
				documents, parameters, conditions, amounts, extra.isEmpty() ? "" : flow(extra));
	}

	private static Cond condition(String id, @Nullable Object clause, String title, String url, String nl, String en) {
		TermRow single = term(clause);
		if (single != null) {
			return new Cond(id, "een", List.of(single), "", title, url, nl, en);
		}
		Map<String, Object> c = map(clause);
		if (c.size() == 1 && (c.containsKey("alle") || c.containsKey("een_van"))) {
			String combine = c.containsKey("alle") ? "alle" : "een_van";
			List<TermRow> terms = new ArrayList<>();
			for (Object part : list(c.get(combine))) {
				TermRow t = term(part);
				if (t == null) {
					return new Cond(id, "", List.of(), flow(clause), title, url, nl, en);
				}
				terms.add(t);
			}
			return new Cond(id, combine, terms, "", title, url, nl, en);
		}
		return new Cond(id, "", List.of(), flow(clause), title, url, nl, en);
	}

	/** One term, possibly under niet; null when the clause is anything else. */
	private static @Nullable TermRow term(@Nullable Object clause) {
		Map<String, Object> c = map(clause);
		if (c.size() != 1) {
			return null;
		}
		Map.Entry<String, Object> e = c.entrySet().iterator().next();
		if (e.getKey().equals("niet")) {
			TermRow inner = term(e.getValue());
			return inner == null || inner.not() ? null : new TermRow(true, inner.term(), inner.arg(), inner.arg2());
		}
		if (e.getKey().equals("alle") || e.getKey().equals("een_van")) {
			return null;
		}
		if (e.getValue() instanceof Map<?, ?> range) {
			return new TermRow(false, e.getKey(), text(range.get("vanaf")), text(range.get("onder")));
		}
		return new TermRow(false, e.getKey(), text(e.getValue()), "");
	}

	// ---------------------------------------------------------------- from a request

	static SchemeForm read(MultiValueMap<String, String> in) {
		List<Doc> documents = new ArrayList<>();
		for (int i = 0; i < count(in, "documenten"); i++) {
			documents.add(new Doc(get(in, "doc-" + i + "-nl"), get(in, "doc-" + i + "-en")));
		}
		List<Param> parameters = new ArrayList<>();
		for (int i = 0; i < count(in, "parameters"); i++) {
			String p = "p-" + i + "-";
			List<Value> values = new ArrayList<>();
			for (int j = 0; j < count(in, p + "waarden"); j++) {
				String v = p + "w-" + j + "-";
				values.add(new Value(get(in, v + "vanaf"), get(in, v + "waarde"), get(in, v + "bron_titel"),
						get(in, v + "bron_url")));
			}
			parameters.add(new Param(get(in, p + "naam"), get(in, p + "eenheid"), get(in, p + "omschrijving"), values));
		}
		List<Cond> conditions = new ArrayList<>();
		for (int i = 0; i < count(in, "voorwaarden"); i++) {
			String c = "c-" + i + "-";
			List<TermRow> terms = new ArrayList<>();
			for (int k = 0; k < count(in, c + "termen"); k++) {
				terms.add(termRow(in, c + "t-" + k + "-"));
			}
			conditions.add(new Cond(get(in, c + "id"), get(in, c + "combinatie"), terms, get(in, c + "yaml"),
					get(in, c + "bron_titel"), get(in, c + "bron_url"), get(in, c + "uitleg_nl"),
					get(in, c + "uitleg_en")));
		}
		List<Amount> amounts = new ArrayList<>();
		for (int i = 0; i < count(in, "bedragen"); i++) {
			String a = "a-" + i + "-";
			amounts.add(new Amount(get(in, a + "soort"), get(in, a + "parameter"), get(in, a + "kind_vanaf"),
					get(in, a + "kind_onder"), termRow(in, a + "als-")));
		}
		return new SchemeForm(get(in, "id"), get(in, "gemeente"), get(in, "sjabloon"), get(in, "geldig_vanaf"),
				get(in, "geldig_tot"), get(in, "naam_nl"), get(in, "naam_en"), get(in, "uitleg_nl"),
				get(in, "uitleg_en"), get(in, "bron_titel"), get(in, "bron_url"), get(in, "aanvragen_link"),
				get(in, "aanvragen_formulier"), get(in, "aanvragen_organisatie"), get(in, "telt_als_inkomen"),
				documents, parameters, conditions, amounts, get(in, "extra"));
	}

	private static TermRow termRow(MultiValueMap<String, String> in, String prefix) {
		return new TermRow("ja".equals(get(in, prefix + "niet")), get(in, prefix + "term"), get(in, prefix + "arg"),
				get(in, prefix + "arg2"));
	}

	private static int count(MultiValueMap<String, String> in, String name) {
		try {
			return Math.max(0, Math.min(50, Integer.parseInt(get(in, name))));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static String get(MultiValueMap<String, String> in, String name) {
		String value = in.getFirst(name);
		return value == null ? "" : value.strip();
	}

	/** The form without its empty rows, so that showing it again after an error adds no rows. */
	SchemeForm compact() {
		List<Param> params = parameters.stream().filter(p -> !p.blank())
			.map(p -> new Param(p.name(), p.unit(), p.description(), p.values().stream().filter(v -> !v.blank()).toList()))
			.toList();
		List<Cond> conds = conditions.stream().filter(c -> !c.blank())
			.map(c -> new Cond(c.id(), c.combine(), c.terms().stream().filter(t -> !t.blank()).toList(), c.raw(),
					c.sourceTitle(), c.sourceUrl(), c.explainNl(), c.explainEn()))
			.toList();
		return new SchemeForm(id, municipality, template, validFrom, validUntil, nameNl, nameEn, descriptionNl,
				descriptionEn, sourceTitle, sourceUrl, applyLink, applyForm, applyOrganisation, countsAsIncome,
				documents.stream().filter(d -> !d.blank()).toList(), params, conds,
				amounts.stream().filter(a -> !a.blank()).toList(), extra);
	}

	/** The form with one empty row at the end of every list, so that a row can be added without JavaScript. */
	SchemeForm withBlankRows() {
		List<Param> params = new ArrayList<>();
		for (Param p : parameters) {
			List<Value> values = new ArrayList<>(p.values());
			values.add(new Value("", "", "", ""));
			params.add(new Param(p.name(), p.unit(), p.description(), values));
		}
		params.add(new Param("", "", "", List.of(new Value("", "", "", ""))));
		List<Cond> conds = new ArrayList<>();
		for (Cond c : conditions) {
			List<TermRow> terms = new ArrayList<>(c.terms());
			if (c.raw().isEmpty()) {
				terms.add(new TermRow(false, "", "", ""));
			}
			conds.add(new Cond(c.id(), c.combine(), terms, c.raw(), c.sourceTitle(), c.sourceUrl(), c.explainNl(),
					c.explainEn()));
		}
		conds.add(new Cond("", "een", List.of(new TermRow(false, "", "", "")), "", "", "", "", ""));
		List<Doc> docs = new ArrayList<>(documents);
		docs.add(new Doc("", ""));
		List<Amount> amts = new ArrayList<>(amounts);
		if ("vast_bedrag".equals(template)) {
			amts.add(new Amount("", "", "", "", new TermRow(false, "", "", "")));
		}
		return new SchemeForm(id, municipality, template, validFrom, validUntil, nameNl, nameEn, descriptionNl,
				descriptionEn, sourceTitle, sourceUrl, applyLink, applyForm, applyOrganisation, countsAsIncome, docs,
				params, conds, amts, extra);
	}

	// ---------------------------------------------------------------- checks

	/** Field by field, in the order of the form; an empty list means the document can go to the strict reader. */
	List<FieldError> check(List<VocabularyTerm> vocabulary) {
		List<FieldError> errors = new ArrayList<>();
		if (!ID.matcher(id).matches()) {
			errors.add(new FieldError("id", "id", id));
		}
		required(errors, "naam_nl", nameNl);
		required(errors, "naam_en", nameEn);
		required(errors, "uitleg_nl", descriptionNl);
		required(errors, "uitleg_en", descriptionEn);
		source(errors, "bron", sourceTitle, sourceUrl);
		date(errors, "geldig_vanaf", validFrom, true);
		date(errors, "geldig_tot", validUntil, false);
		if (applyLink.isEmpty() && applyForm.isEmpty() && applyOrganisation.isEmpty()) {
			errors.add(new FieldError("aanvragen_link", "apply", ""));
		}
		link(errors, "aanvragen_link", applyLink);
		link(errors, "aanvragen_formulier", applyForm);
		for (int i = 0; i < documents.size(); i++) {
			Doc doc = documents.get(i);
			if (!doc.blank()) {
				required(errors, "doc-" + i + "-nl", doc.nl());
				required(errors, "doc-" + i + "-en", doc.en());
			}
		}
		for (int i = 0; i < parameters.size(); i++) {
			Param p = parameters.get(i);
			if (p.blank()) {
				continue;
			}
			String f = "p-" + i + "-";
			if (!NAME.matcher(p.name()).matches()) {
				errors.add(new FieldError(f + "naam", "name", p.name()));
			}
			if (!UNITS.contains(p.unit())) {
				errors.add(new FieldError(f + "eenheid", "unit", p.unit()));
			}
			if (p.values().stream().allMatch(Value::blank)) {
				errors.add(new FieldError(f + "w-0-vanaf", "values", p.name()));
			}
			for (int j = 0; j < p.values().size(); j++) {
				Value v = p.values().get(j);
				if (v.blank()) {
					continue;
				}
				String w = f + "w-" + j + "-";
				date(errors, w + "vanaf", v.from(), true);
				value(errors, w + "waarde", p.unit(), v.value());
				source(errors, w + "bron", v.sourceTitle(), v.sourceUrl());
			}
		}
		Set<String> terms = new java.util.HashSet<>();
		vocabulary.forEach(t -> terms.add(t.key()));
		for (int i = 0; i < conditions.size(); i++) {
			Cond c = conditions.get(i);
			if (c.blank()) {
				continue;
			}
			String f = "c-" + i + "-";
			if (!NAME.matcher(c.id()).matches()) {
				errors.add(new FieldError(f + "id", "name", c.id()));
			}
			if (c.raw().isEmpty()) {
				List<TermRow> used = c.terms().stream().filter(t -> !t.blank()).toList();
				if (used.isEmpty()) {
					errors.add(new FieldError(f + "t-0-term", "term-missing", c.id()));
				}
				if (!COMBINATIONS.contains(c.combine()) || c.combine().equals("een") && used.size() > 1) {
					errors.add(new FieldError(f + "combinatie", "combine", c.id()));
				}
				for (int k = 0; k < c.terms().size(); k++) {
					term(errors, f + "t-" + k + "-", c.terms().get(k), terms);
				}
			}
			else if (parse(c.raw()) == null) {
				errors.add(new FieldError(f + "yaml", "yaml", c.id()));
			}
			source(errors, f + "bron", c.sourceTitle(), c.sourceUrl());
			required(errors, f + "uitleg_nl", c.explainNl());
			required(errors, f + "uitleg_en", c.explainEn());
		}
		for (int i = 0; i < amounts.size(); i++) {
			Amount a = amounts.get(i);
			if (a.blank()) {
				continue;
			}
			String f = "a-" + i + "-";
			if (!AMOUNT_KINDS.contains(a.kind())) {
				errors.add(new FieldError(f + "soort", "amount-kind", ""));
			}
			required(errors, f + "parameter", a.parameter());
			term(errors, f + "als-", a.when(), terms);
		}
		if (!extra.isEmpty() && parse(extra) == null) {
			errors.add(new FieldError("id", "yaml", "extra"));
		}
		return errors;
	}

	private static void term(List<FieldError> errors, String f, TermRow t, Set<String> known) {
		if (t.blank()) {
			return;
		}
		if (!known.contains(t.term())) {
			errors.add(new FieldError(f + "term", "term", t.term()));
		}
	}

	private static void required(List<FieldError> errors, String field, String value) {
		if (value.isBlank()) {
			errors.add(new FieldError(field, "required", ""));
		}
		else if (value.length() > 2000) {
			errors.add(new FieldError(field, "length", "2000"));
		}
	}

	private static void source(List<FieldError> errors, String prefix, String title, String url) {
		if (title.isBlank()) {
			errors.add(new FieldError(prefix + "_titel", "source-title", ""));
		}
		if (url.isBlank()) {
			errors.add(new FieldError(prefix + "_url", "source-url", ""));
		}
		else {
			link(errors, prefix + "_url", url);
		}
	}

	private static void link(List<FieldError> errors, String field, String url) {
		if (!url.isEmpty() && (!url.startsWith("https://") || url.length() < 12 || url.contains(" "))) {
			errors.add(new FieldError(field, "link", url));
		}
	}

	private static void date(List<FieldError> errors, String field, String value, boolean required) {
		if (value.isEmpty()) {
			if (required) {
				errors.add(new FieldError(field, "date", value));
			}
			return;
		}
		try {
			LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "date", value));
		}
	}

	private static void value(List<FieldError> errors, String field, String unit, String value) {
		if (value.equals(NONE)) {
			return;
		}
		boolean ok = switch (unit) {
			case "euro" -> EURO.matcher(value).matches();
			case "procent", "getal" -> NUMBER.matcher(value).matches();
			case "maanden" -> MONTHS.matcher(value).matches();
			default -> true;
		};
		if (!ok) {
			errors.add(new FieldError(field, "value-" + (UNITS.contains(unit) ? unit : "getal"), value));
		}
	}

	// ---------------------------------------------------------------- to a document

	/** The document this form describes; call after {@link #check} found nothing. */
	Map<String, Object> toDocument() {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("id", id);
		d.put("gemeente", municipality);
		d.put("sjabloon", template);
		d.put("naam", pair(nameNl, nameEn));
		d.put("uitleg", pair(descriptionNl, descriptionEn));
		d.put("bron", source(sourceTitle, sourceUrl));
		d.put("geldig_vanaf", validFrom);
		if (!validUntil.isEmpty()) {
			d.put("geldig_tot", validUntil);
		}
		Map<String, Object> apply = new LinkedHashMap<>();
		putIfPresent(apply, "link", applyLink);
		putIfPresent(apply, "formulier", applyForm);
		putIfPresent(apply, "organisatie", applyOrganisation);
		d.put("aanvragen", apply);
		d.put("documenten", documents.stream().filter(x -> !x.blank()).map(x -> (Object) pair(x.nl(), x.en())).toList());
		d.put("telt_als_inkomen", "ja".equals(countsAsIncome) ? "ja" : "nee");
		Map<String, Object> params = new LinkedHashMap<>();
		for (Param p : parameters) {
			if (p.blank()) {
				continue;
			}
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("eenheid", p.unit());
			putIfPresent(out, "omschrijving", p.description());
			List<Object> values = new ArrayList<>();
			for (Value v : p.values()) {
				if (v.blank()) {
					continue;
				}
				Map<String, Object> value = new LinkedHashMap<>();
				value.put("vanaf", v.from());
				value.put("waarde", v.value().equals(NONE) ? null : v.value());
				value.put("bron", source(v.sourceTitle(), v.sourceUrl()));
				values.add(value);
			}
			out.put("waarden", values);
			params.put(p.name(), out);
		}
		d.put("parameters", params);
		Map<String, Object> conds = new LinkedHashMap<>();
		for (Cond c : conditions) {
			if (c.blank()) {
				continue;
			}
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("voorwaarde", clause(c));
			out.put("bron", source(c.sourceTitle(), c.sourceUrl()));
			out.put("uitleg_niet", pair(c.explainNl(), c.explainEn()));
			conds.put(c.id(), out);
		}
		d.put("voorwaarden", conds);
		if ("vast_bedrag".equals(template)) {
			List<Object> rules = new ArrayList<>();
			for (Amount a : amounts) {
				if (a.blank()) {
					continue;
				}
				Map<String, Object> out = new LinkedHashMap<>();
				if (!a.when().blank()) {
					out.put("als", leaf(a.when()));
				}
				out.put(a.kind(), a.parameter());
				if (a.kind().equals("per_kind")) {
					putIfPresent(out, "kind_vanaf", a.childFrom());
					putIfPresent(out, "kind_onder", a.childBelow());
				}
				rules.add(out);
			}
			d.put("bedrag", rules);
		}
		Object more = extra.isEmpty() ? null : parse(extra);
		if (more instanceof Map<?, ?> map) {
			map.forEach((k, v) -> {
				if (!KNOWN.contains(String.valueOf(k))) {
					d.put(String.valueOf(k), strings(v));
				}
			});
		}
		return d;
	}

	private static Object clause(Cond c) {
		if (!c.raw().isEmpty()) {
			return strings(parse(c.raw()));
		}
		List<Object> parts = c.terms().stream().filter(t -> !t.blank()).map(t -> (Object) leaf(t)).toList();
		return c.combine().equals("een") ? parts.getFirst() : Map.of(c.combine(), parts);
	}

	private static Map<String, Object> leaf(TermRow t) {
		Object argument;
		if (t.term().equals("kind_in_leeftijd")) {
			Map<String, Object> range = new LinkedHashMap<>();
			range.put("vanaf", t.arg());
			range.put("onder", t.arg2());
			argument = range;
		}
		else {
			argument = t.arg().isEmpty() ? "ja" : t.arg();
		}
		Map<String, Object> term = new LinkedHashMap<>();
		term.put(t.term(), argument);
		if (!t.not()) {
			return term;
		}
		Map<String, Object> not = new LinkedHashMap<>();
		not.put("niet", term);
		return not;
	}

	// ---------------------------------------------------------------- small conversions

	private static Map<String, Object> pair(String nl, String en) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("nl", nl);
		m.put("en", en);
		return m;
	}

	private static Map<String, Object> source(String title, String url) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("titel", title);
		m.put("url", url);
		return m;
	}

	private static void putIfPresent(Map<String, Object> map, String key, String value) {
		if (!value.isEmpty()) {
			map.put(key, value);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(@Nullable Object o) {
		return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
	}

	private static List<?> list(@Nullable Object o) {
		return o instanceof List<?> l ? l : List.of();
	}

	private static String text(@Nullable Object o) {
		return o == null ? "" : o.toString();
	}

	/** A small value in YAML flow style, for a condition the form cannot show as terms. */
	static String flow(@Nullable Object value) {
		org.yaml.snakeyaml.DumperOptions options = new org.yaml.snakeyaml.DumperOptions();
		options.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW);
		options.setWidth(10_000);
		return new Yaml(options).dump(value).strip();
	}

	static @Nullable Object parse(String text) {
		try {
			Object value = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
			return value instanceof Map<?, ?> ? value : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** Every scalar as text, as in the stored document. */
	private static @Nullable Object strings(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> out = new LinkedHashMap<>();
			map.forEach((k, v) -> out.put(String.valueOf(k), strings(v)));
			return out;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(SchemeForm::strings).toList();
		}
		return value == null ? null : value.toString();
	}

	/** The YAML document of this form. */
	String yaml() {
		return SchemeDrafts.yaml(toDocument());
	}

}
