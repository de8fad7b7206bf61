// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import nl.schakel.schemes.About;
import nl.schakel.schemes.Source;
import nl.schakel.schemes.Text;
import nl.schakel.schemes.Theme;
import nl.schakel.schemes.rules.LocalSchemeDefinition.AmountRule;
import nl.schakel.schemes.rules.LocalSchemeDefinition.HowToApply;
import nl.schakel.schemes.rules.LocalSchemeDefinition.Template;

/**
 * Reads a local scheme file as strictly as a national one: an unknown key or term, a parameter that does not exist
 * or has the wrong unit, a missing source or text stops the load with the file, the line and the reason.
 */
public final class LocalSchemeFileReader {

	private static final Set<String> TOP = Set.of("id", "gemeente", "sjabloon", "naam", "uitleg", "bron",
			"geldig_vanaf", "geldig_tot", "aanvragen", "documenten", "telt_als_inkomen", "parameters", "voorwaarden",
			"bedrag", "thema", "doorlooptijd", "hulp");

	private static final Set<String> REQUIRED = Set.of("id", "gemeente", "sjabloon", "naam", "uitleg", "bron",
			"geldig_vanaf", "aanvragen", "documenten", "telt_als_inkomen", "parameters", "voorwaarden");

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{4}");

	/** The parameters the bijzondere-bijstand template reads, by name. */
	static final Map<String, Unit> DRAAGKRACHT = Map.of("kosten", Unit.EURO, "draagkrachtgrens", Unit.PROCENT,
			"draagkrachtpercentage", Unit.PROCENT);

	private final String file;

	private final SchemeFileReader reader;

	private Map<String, Parameter> parameters = Map.of();

	private final Map<String, Unit> referenced = new LinkedHashMap<>();

	private LocalSchemeFileReader(String file) {
		this.file = file;
		this.reader = new SchemeFileReader(file);
	}

	public static LocalSchemeDefinition read(String file, byte[] content) {
		return new LocalSchemeFileReader(file).read(content);
	}

	private LocalSchemeDefinition read(byte[] content) {
		Node root = reader.compose(content);
		Map<String, Node> top = reader.mapping(root, TOP, REQUIRED);
		String id = reader.scalar(top.get("id"));
		if (!ID.matcher(id).matches()) {
			throw reader.fail(top.get("id"), "id '" + id + "' must be lower case words joined by '-'");
		}
		String municipality = reader.scalar(top.get("gemeente"));
		if (!MUNICIPALITY.matcher(municipality).matches()) {
			throw reader.fail(top.get("gemeente"), "gemeente is a CBS code of 4 digits, such as \"0268\"");
		}
		Template template = template(top.get("sjabloon"));
		Text name = reader.text(top.get("naam"));
		Text description = reader.text(top.get("uitleg"));
		Source source = reader.source(top.get("bron"));
		LocalDate from = reader.date(top.get("geldig_vanaf"));
		LocalDate until = top.containsKey("geldig_tot") ? reader.date(top.get("geldig_tot")) : null;
		if (until != null && until.isBefore(from)) {
			throw reader.fail(top.get("geldig_tot"), "geldig_tot " + until + " is before geldig_vanaf " + from);
		}
		HowToApply apply = apply(top.get("aanvragen"));
		List<Text> documents = new ArrayList<>();
		for (Node item : list(top.get("documenten"), "documenten", true)) {
			documents.add(reader.text(item));
		}
		boolean countsAsIncome = yesNo(top.get("telt_als_inkomen"));
		parameters = reader.parameters(top.get("parameters"));
		Map<String, Clause> clauses = new LinkedHashMap<>();
		List<ConditionDefinition> conditions = new ArrayList<>();
		for (Map.Entry<String, Node> e : reader.entries(top.get("voorwaarden")).entrySet()) {
			Map<String, Node> c = reader.mapping(e.getValue(), Set.of("voorwaarde", "bron", "uitleg_niet"),
					Set.of("voorwaarde", "bron", "uitleg_niet"));
			Clause clause = clause(c.get("voorwaarde"), true, template);
			clauses.put(e.getKey(), clause);
			conditions.add(new ConditionDefinition(e.getKey(), reader.source(c.get("bron")),
					reader.text(c.get("uitleg_niet"))));
		}
		if (conditions.isEmpty()) {
			throw reader.fail(top.get("voorwaarden"), "a local scheme needs at least one condition");
		}
		List<AmountRule> amounts = new ArrayList<>();
		if (template == Template.VAST_BEDRAG) {
			if (!top.containsKey("bedrag")) {
				throw reader.fail(root, "the template vast_bedrag needs 'bedrag'");
			}
			for (Node item : list(top.get("bedrag"), "bedrag", false)) {
				amounts.add(amount(item));
			}
		}
		else {
			if (top.containsKey("bedrag")) {
				throw reader.fail(top.get("bedrag"),
						"the template bijzondere_bijstand calculates the amount from the parameters kosten, "
								+ "draagkrachtgrens and draagkrachtpercentage; leave out 'bedrag'");
			}
			DRAAGKRACHT.forEach((parameter, unit) -> reference(parameter, unit, top.get("parameters")));
			if (clauses.values().stream().noneMatch(c -> c instanceof Clause.Leaf l
					&& l.term() == Term.KOSTEN_BOVEN_DRAAGKRACHT)) {
				throw reader.fail(top.get("voorwaarden"),
						"the template bijzondere_bijstand needs a condition 'kosten_boven_draagkracht: ja'");
			}
		}
		for (Map.Entry<String, Parameter> p : parameters.entrySet()) {
			if (!referenced.containsKey(p.getKey())) {
				throw new RuleFileException(file, p.getValue().values().getFirst().line(),
						"parameter '" + p.getKey() + "' is not used by any condition or amount");
			}
		}
		List<StepDefinition> steps = steps(template, source, clauses);
		// Most local schemes are income support; the file names another theme when it has one.
		Theme theme = top.containsKey("thema") ? reader.theme(top.get("thema")) : Theme.INKOMEN;
		About about = new About(theme, description, new About.Apply(apply.link(), apply.form(), apply.organisation(),
				null), documents, top.containsKey("doorlooptijd") ? reader.text(top.get("doorlooptijd")) : null,
				reader.help(top.get("hulp")));
		SchemeDefinition definition = new SchemeDefinition(file, SchemeFileReader.sha256(content), id, name, source,
				Map.copyOf(parameters), List.copyOf(conditions), steps, about);
		return new LocalSchemeDefinition(definition, municipality, template, description, from, until, apply,
				documents, countsAsIncome, clauses, amounts);
	}

	/** The parameter names the rules read, with their units. */
	static Map<String, Unit> parameterUnits(LocalSchemeDefinition scheme) {
		Map<String, Unit> units = new LinkedHashMap<>();
		scheme.definition().parameters().forEach((name, p) -> units.put(name, p.unit()));
		return units;
	}

	private Template template(Node node) {
		String key = reader.scalar(node);
		for (Template t : Template.values()) {
			if (t.key().equals(key)) {
				return t;
			}
		}
		throw reader.fail(node, "unknown sjabloon '" + key + "'; use vast_bedrag or bijzondere_bijstand");
	}

	private HowToApply apply(Node node) {
		Map<String, Node> a = reader.mapping(node, Set.of("link", "formulier", "organisatie"), Set.of());
		if (a.isEmpty()) {
			throw reader.fail(node, "aanvragen needs a link, a formulier or an organisatie (an id in the sociale kaart)");
		}
		return new HowToApply(url(a.get("link")), url(a.get("formulier")),
				a.containsKey("organisatie") ? reader.scalar(a.get("organisatie")) : null);
	}

	private @Nullable String url(@Nullable Node node) {
		if (node == null) {
			return null;
		}
		String url = reader.scalar(node);
		if (!url.startsWith("https://")) {
			throw reader.fail(node, "a link starts with https:// (got '" + url + "')");
		}
		return url;
	}

	private boolean yesNo(Node node) {
		return switch (reader.scalar(node)) {
			case "ja" -> true;
			case "nee" -> false;
			default -> throw reader.fail(node, "use ja or nee");
		};
	}

	private List<Node> list(Node node, String key, boolean mayBeEmpty) {
		if (!(node instanceof SequenceNode seq) || !mayBeEmpty && seq.getValue().isEmpty()) {
			throw reader.fail(node, "'" + key + "' must be a list" + (mayBeEmpty ? "" : " with at least one item"));
		}
		return seq.getValue();
	}

	private Clause clause(Node node, boolean whole, Template template) {
		if (!(node instanceof MappingNode map) || map.getValue().size() != 1) {
			throw reader.fail(node, "a condition is one term (such as 'heeft_partner: ja') or one of alle, een_van, niet");
		}
		String key = reader.scalar(map.getValue().getFirst().getKeyNode());
		Node value = map.getValue().getFirst().getValueNode();
		switch (key) {
			case "alle", "een_van" -> {
				List<Clause> parts = new ArrayList<>();
				for (Node part : list(value, key, false)) {
					parts.add(clause(part, false, template));
				}
				return key.equals("alle") ? new Clause.All(parts) : new Clause.Any(parts);
			}
			case "niet" -> {
				return new Clause.Not(clause(value, false, template));
			}
			default -> {
				return leaf(key, value, whole, template, map);
			}
		}
	}

	private Clause leaf(String key, Node value, boolean whole, Template template, Node at) {
		Term term = Term.of(key);
		if (term == null) {
			List<String> vocabulary = new ArrayList<>(List.of("alle", "een_van", "niet"));
			for (Term t : Term.values()) {
				vocabulary.add(t.key());
			}
			throw reader.fail(at, "unknown term '" + key + "'; the vocabulary is: " + String.join(", ", vocabulary));
		}
		if ((term == Term.BEOORDELING_GEMEENTE || term == Term.KOSTEN_BOVEN_DRAAGKRACHT) && !whole) {
			throw reader.fail(at, "'" + key + "' can only be a whole condition, not part of alle, een_van or niet");
		}
		if (term == Term.KOSTEN_BOVEN_DRAAGKRACHT && template != Template.BIJZONDERE_BIJSTAND) {
			throw reader.fail(at, "'" + key + "' belongs to the template bijzondere_bijstand");
		}
		return switch (term.argument) {
			case YES -> {
				if (!"ja".equals(reader.scalar(value))) {
					throw reader.fail(value, "write '" + key + ": ja' (use niet for the opposite)");
				}
				yield new Clause.Leaf(term, null, null, null);
			}
			case PARAMETER -> new Clause.Leaf(term, reference(reader.scalar(value), term.unit, value), null, null);
			case AGE_RANGE -> {
				Map<String, Node> range = reader.mapping(value, Set.of("vanaf", "onder"), Set.of("vanaf", "onder"));
				yield new Clause.Leaf(term, reference(reader.scalar(range.get("vanaf")), Unit.MAANDEN, range.get("vanaf")),
						reference(reader.scalar(range.get("onder")), Unit.MAANDEN, range.get("onder")), null);
			}
			case SCHEME -> {
				String scheme = reader.scalar(value);
				if (!ID.matcher(scheme).matches()) {
					throw reader.fail(value, "'" + scheme + "' is not a scheme id");
				}
				yield new Clause.Leaf(term, null, null, scheme);
			}
		};
	}

	private AmountRule amount(Node node) {
		Map<String, Node> a = reader.mapping(node,
				Set.of("als", "per_jaar", "per_maand", "per_kind", "kind_vanaf", "kind_onder"), Set.of());
		int set = (a.containsKey("per_jaar") ? 1 : 0) + (a.containsKey("per_maand") ? 1 : 0)
				+ (a.containsKey("per_kind") ? 1 : 0);
		if (set != 1) {
			throw reader.fail(node, "an amount rule has exactly one of per_jaar, per_maand and per_kind");
		}
		if (!a.containsKey("per_kind") && (a.containsKey("kind_vanaf") || a.containsKey("kind_onder"))) {
			throw reader.fail(node, "kind_vanaf and kind_onder go with per_kind");
		}
		Clause when = a.containsKey("als") ? clause(a.get("als"), false, Template.VAST_BEDRAG) : null;
		return new AmountRule(when, optional(a, "per_jaar", Unit.EURO), optional(a, "per_maand", Unit.EURO),
				optional(a, "per_kind", Unit.EURO), optional(a, "kind_vanaf", Unit.MAANDEN),
				optional(a, "kind_onder", Unit.MAANDEN));
	}

	private @Nullable String optional(Map<String, Node> map, String key, Unit unit) {
		Node node = map.get(key);
		return node == null ? null : reference(reader.scalar(node), unit, node);
	}

	private String reference(String name, @Nullable Unit unit, @Nullable Node at) {
		Parameter parameter = parameters.get(name);
		if (parameter == null) {
			throw reader.fail(at, "parameter '" + name + "' is not defined under 'parameters'");
		}
		if (unit != null && parameter.unit() != unit) {
			throw reader.fail(at, "parameter '" + name + "' must have unit " + unit.key() + ", not "
					+ parameter.unit().key());
		}
		referenced.put(name, parameter.unit());
		return name;
	}

	/** The calculation steps of the template; their labels are fixed, their source is the scheme's own. */
	private static List<StepDefinition> steps(Template template, Source source, Map<String, Clause> clauses) {
		List<StepDefinition> steps = new ArrayList<>();
		boolean norm = template == Template.BIJZONDERE_BIJSTAND || clauses.values().stream()
			.anyMatch(LocalSchemeFileReader::usesNorm);
		if (norm) {
			steps.add(new StepDefinition(LocalScheme.STEP_NORM, new Text("Bijstandsnorm per maand voor uw huishouden",
					"Bijstand norm per month for your household"), source));
		}
		if (template == Template.BIJZONDERE_BIJSTAND) {
			steps.add(new StepDefinition(LocalScheme.STEP_DRAAGKRACHTGRENS,
					new Text("Inkomen per maand dat u helemaal zelf mag houden", "Income per month you may keep in full"),
					source));
			steps.add(new StepDefinition(LocalScheme.STEP_DRAAGKRACHT,
					new Text("Wat u zelf betaalt over 12 maanden (draagkracht)", "What you pay yourself over 12 months"),
					source));
			steps.add(new StepDefinition(LocalScheme.STEP_KOSTEN,
					new Text("Kosten die de regeling vergoedt", "Costs the scheme covers"), source));
		}
		steps.add(new StepDefinition(LocalScheme.STEP_PER_JAAR, new Text("Bedrag per jaar", "Amount per year"), source));
		steps.add(new StepDefinition(LocalScheme.STEP_PER_MAAND,
				new Text("Bedrag per maand (een twaalfde, naar beneden afgerond op centen)",
						"Amount per month (one twelfth, rounded down to cents)"),
				source));
		return List.copyOf(steps);
	}

	static boolean usesNorm(Clause clause) {
		return switch (clause) {
			case Clause.All all -> all.parts().stream().anyMatch(LocalSchemeFileReader::usesNorm);
			case Clause.Any any -> any.parts().stream().anyMatch(LocalSchemeFileReader::usesNorm);
			case Clause.Not not -> usesNorm(not.part());
			case Clause.Leaf leaf -> leaf.term() == Term.INKOMEN_TOT_PROCENT_VAN_NORM
					|| leaf.term() == Term.INKOMEN_TOT_PROCENT_VAN_NORM_ZONDER_VAKANTIETOESLAG
					|| leaf.term() == Term.KOSTEN_BOVEN_DRAAGKRACHT;
		};
	}

}
