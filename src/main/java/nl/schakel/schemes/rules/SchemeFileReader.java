// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import nl.schakel.schemes.About;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Source;
import nl.schakel.schemes.Text;
import nl.schakel.schemes.Theme;

/**
 * Reads a scheme file strictly: an unknown key, a missing source, a value that does not fit its unit or dates out
 * of order is an error with the file, the line and the reason. Nothing is silently ignored (compare
 * policyengine-us #8905 in the design note).
 */
public final class SchemeFileReader {

	private final String file;

	SchemeFileReader(String file) {
		this.file = file;
	}

	public static SchemeDefinition read(String file, byte[] content) {
		return new SchemeFileReader(file).read(content);
	}

	private SchemeDefinition read(byte[] content) {
		Node root = compose(content);
		Map<String, Node> top = mapping(root,
				Set.of("id", "naam", "bron", "over", "parameters", "voorwaarden", "stappen"),
				Set.of("id", "naam", "bron", "over", "parameters", "voorwaarden", "stappen"));
		String id = scalar(top.get("id"));
		Text name = text(top.get("naam"));
		Source source = source(top.get("bron"));
		About about = about(top.get("over"));
		Map<String, Parameter> parameters = parameters(top.get("parameters"));
		List<ConditionDefinition> conditions = new ArrayList<>();
		for (Map.Entry<String, Node> e : entries(top.get("voorwaarden")).entrySet()) {
			Map<String, Node> c = mapping(e.getValue(), Set.of("bron", "uitleg_niet"), Set.of("bron", "uitleg_niet"));
			conditions.add(new ConditionDefinition(e.getKey(), source(c.get("bron")), text(c.get("uitleg_niet"))));
		}
		List<StepDefinition> steps = new ArrayList<>();
		for (Map.Entry<String, Node> e : entries(top.get("stappen")).entrySet()) {
			Map<String, Node> s = mapping(e.getValue(), Set.of("nl", "en", "bron"), Set.of("nl", "en", "bron"));
			steps.add(new StepDefinition(e.getKey(), new Text(scalar(s.get("nl")), scalar(s.get("en"))),
					source(s.get("bron"))));
		}
		return new SchemeDefinition(file, sha256(content), id, name, source, Map.copyOf(parameters),
				List.copyOf(conditions), List.copyOf(steps), about);
	}

	/** The resident-facing part of a national scheme file: description, how to apply, documents, time, help. */
	private About about(Node node) {
		Map<String, Node> o = mapping(node, Set.of("thema", "uitleg", "aanvragen", "documenten", "doorlooptijd", "hulp"),
				Set.of("thema", "uitleg", "aanvragen", "documenten"));
		Map<String, Node> a = mapping(o.get("aanvragen"), Set.of("link", "formulier", "organisatie", "uitleg"),
				Set.of());
		if (a.isEmpty()) {
			throw fail(o.get("aanvragen"), "aanvragen needs a link, a formulier, an organisatie or an uitleg");
		}
		About.Apply apply = new About.Apply(a.containsKey("link") ? url(a.get("link")) : null,
				a.containsKey("formulier") ? url(a.get("formulier")) : null,
				a.containsKey("organisatie") ? scalar(a.get("organisatie")) : null,
				a.containsKey("uitleg") ? text(a.get("uitleg")) : null);
		return new About(theme(o.get("thema")), text(o.get("uitleg")), apply, texts(o.get("documenten"), "documenten"),
				o.containsKey("doorlooptijd") ? text(o.get("doorlooptijd")) : null, help(o.get("hulp")));
	}

	Theme theme(Node node) {
		Theme theme = Theme.of(scalar(node));
		if (theme == null) {
			throw fail(node, "unknown thema '" + scalar(node) + "'; use inkomen, wonen, zorg, kinderen, meedoen or schulden");
		}
		return theme;
	}

	/** Codes of the sociale kaart's needs taxonomy; a code that is not there fails the taxonomy's own check. */
	List<String> help(@Nullable Node node) {
		if (node == null) {
			return List.of();
		}
		List<String> codes = new ArrayList<>();
		for (Node item : sequence(node, "hulp")) {
			String code = scalar(item);
			if (!code.matches("[a-z-]+(\\.[a-z-]+)?")) {
				throw fail(item, "hulp is a code of the needs taxonomy, such as geld-schulden.schuldhulp");
			}
			codes.add(code);
		}
		return codes;
	}

	List<Text> texts(Node node, String key) {
		List<Text> out = new ArrayList<>();
		for (Node item : sequence(node, key)) {
			out.add(text(item));
		}
		return out;
	}

	private List<Node> sequence(Node node, String key) {
		if (!(node instanceof SequenceNode seq)) {
			throw fail(node, "'" + key + "' must be a list");
		}
		return seq.getValue();
	}

	String url(Node node) {
		String url = scalar(node);
		if (!url.startsWith("https://")) {
			throw fail(node, "a link starts with https:// (got '" + url + "')");
		}
		return url;
	}

	/** Parses the YAML into nodes that keep their line numbers; a syntax error names its line. */
	Node compose(byte[] content) {
		Node root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			root = new Yaml(options).compose(new InputStreamReader(new ByteArrayInputStream(content),
					StandardCharsets.UTF_8));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + 1;
			throw new RuleFileException(file, line, "not valid YAML: " + ex.getProblem());
		}
		if (root == null) {
			throw new RuleFileException(file, 1, "the file is empty");
		}
		return root;
	}

	Map<String, Parameter> parameters(@Nullable Node node) {
		Map<String, Parameter> parameters = new LinkedHashMap<>();
		for (Map.Entry<String, Node> e : entries(node).entrySet()) {
			parameters.put(e.getKey(), parameter(e.getKey(), e.getValue()));
		}
		return parameters;
	}

	private Parameter parameter(String name, Node node) {
		Map<String, Node> p = mapping(node, Set.of("eenheid", "omschrijving", "waarden"), Set.of("eenheid", "waarden"));
		Unit unit;
		try {
			unit = Unit.of(scalar(p.get("eenheid")));
		}
		catch (IllegalArgumentException ex) {
			throw fail(p.get("eenheid"), "parameter " + name + ": " + ex.getMessage());
		}
		if (!(p.get("waarden") instanceof SequenceNode list) || list.getValue().isEmpty()) {
			throw fail(p.get("waarden"), "parameter " + name + ": 'waarden' must be a list with at least one value");
		}
		List<Parameter.Value> values = new ArrayList<>();
		for (Node item : list.getValue()) {
			Map<String, Node> v = mapping(item, Set.of("vanaf", "waarde", "bron"), Set.of("vanaf", "waarde", "bron"));
			LocalDate from = date(v.get("vanaf"));
			if (!values.isEmpty() && !from.isAfter(values.getLast().from())) {
				throw fail(v.get("vanaf"), "parameter " + name + ": dates must go up; " + from + " is not after "
						+ values.getLast().from());
			}
			Node raw = v.get("waarde");
			Object value = null;
			if (unit == Unit.TABEL && raw instanceof SequenceNode rows) {
				value = table(name, rows);
			}
			else if (!(raw instanceof ScalarNode s && Tag.NULL.equals(s.getTag()))) {
				try {
					value = unit.read(scalar(raw));
				}
				catch (RuntimeException ex) {
					throw fail(raw, "parameter " + name + ": '" + scalar(raw) + "' is not a valid " + unit.key()
							+ " value (" + ex.getMessage() + ")");
				}
			}
			values.add(new Parameter.Value(from, value, source(v.get("bron")), line(item)));
		}
		return new Parameter(name, unit, List.copyOf(values));
	}

	/** Rows of [income up to and including (or "meer" for the last row), percentage, percentage, ...]. */
	private IncomeTable table(String name, SequenceNode rows) {
		List<Money> bounds = new ArrayList<>();
		List<List<BigDecimal>> columns = new ArrayList<>();
		int width = -1;
		for (int r = 0; r < rows.getValue().size(); r++) {
			Node row = rows.getValue().get(r);
			if (!(row instanceof SequenceNode cells) || cells.getValue().size() < 2) {
				throw fail(row, "parameter " + name + ": a table row is [income, percentage, ...]");
			}
			if (width >= 0 && cells.getValue().size() != width) {
				throw fail(row, "parameter " + name + ": every row needs " + width + " cells");
			}
			width = cells.getValue().size();
			boolean last = r == rows.getValue().size() - 1;
			String bound = scalar(cells.getValue().getFirst());
			if (last != "meer".equals(bound)) {
				throw fail(row, "parameter " + name + ": only the last row has 'meer' as its income, and it must");
			}
			try {
				Money upTo = last ? MoneyRange.CEILING : Money.parse(bound);
				if (!bounds.isEmpty() && !upTo.greaterThan(bounds.getLast())) {
					throw fail(row, "parameter " + name + ": incomes must go up");
				}
				bounds.add(upTo);
				for (int c = 1; c < width; c++) {
					if (columns.size() < c) {
						columns.add(new ArrayList<>());
					}
					columns.get(c - 1).add(new BigDecimal(scalar(cells.getValue().get(c))).movePointLeft(2));
				}
			}
			catch (NumberFormatException | ArithmeticException ex) {
				throw fail(row, "parameter " + name + ": not a number in this row (" + ex.getMessage() + ")");
			}
		}
		return new IncomeTable(bounds, columns);
	}

	Map<String, Node> entries(@Nullable Node node) {
		if (!(node instanceof MappingNode map)) {
			throw fail(node, "expected a mapping of names");
		}
		Map<String, Node> out = new LinkedHashMap<>();
		for (NodeTuple t : map.getValue()) {
			out.put(scalar(t.getKeyNode()), t.getValueNode());
		}
		return out;
	}

	Map<String, Node> mapping(Node node, Set<String> allowed, Set<String> required) {
		Map<String, Node> out = entries(node);
		for (NodeTuple t : ((MappingNode) node).getValue()) {
			String key = scalar(t.getKeyNode());
			if (!allowed.contains(key)) {
				throw fail(t.getKeyNode(),
						"unknown key '" + key + "'; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
			}
		}
		for (String key : required) {
			if (!out.containsKey(key)) {
				throw fail(node, "missing key '" + key + "'");
			}
		}
		return out;
	}

	Source source(@Nullable Node node) {
		Map<String, Node> s = mapping(node == null ? missing() : node, Set.of("titel", "url"), Set.of("titel", "url"));
		String url = scalar(s.get("url"));
		if (!url.startsWith("https://")) {
			throw fail(s.get("url"), "a source url starts with https:// (got '" + url + "')");
		}
		return new Source(scalar(s.get("titel")), url);
	}

	Text text(@Nullable Node node) {
		Map<String, Node> t = mapping(node == null ? missing() : node, Set.of("nl", "en"), Set.of("nl", "en"));
		return new Text(scalar(t.get("nl")), scalar(t.get("en")));
	}

	LocalDate date(Node node) {
		try {
			return LocalDate.parse(scalar(node));
		}
		catch (DateTimeParseException ex) {
			throw fail(node, "'" + scalar(node) + "' is not a date like 2026-01-01");
		}
	}

	String scalar(@Nullable Node node) {
		if (!(node instanceof ScalarNode s)) {
			throw fail(node, "expected a single value");
		}
		if (s.getValue().isBlank()) {
			throw fail(node, "empty value");
		}
		return s.getValue();
	}

	private Node missing() {
		throw new RuleFileException(file, 0, "missing mapping");
	}

	RuleFileException fail(@Nullable Node node, String reason) {
		return new RuleFileException(file, line(node), reason);
	}

	static int line(@Nullable Node node) {
		return node == null ? 0 : node.getStartMark().getLine() + 1;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
