// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Converts a local scheme file between YAML and a tree of maps, lists, strings and nulls (the shape stored as JSON).
 * Every scalar stays a string, so no amount or date passes through a double or a date type; only {@code null} is
 * kept as null, because it ends a parameter's validity.
 */
public final class SchemeDocuments {

	/** Top-level keys in the order a person reads them; a database returns them in its own order. */
	private static final List<String> ORDER = List.of("id", "gemeente", "sjabloon", "naam", "uitleg", "bron",
			"geldig_vanaf", "geldig_tot", "aanvragen", "documenten", "telt_als_inkomen", "parameters", "voorwaarden",
			"bedrag");

	private SchemeDocuments() {
	}

	/** The YAML as a tree; the file must also be a valid local scheme (checked first, with file, line and reason). */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> toTree(String file, byte[] yaml) {
		LocalSchemeFileReader.read(file, yaml);
		try {
			Object tree = yaml().load(new InputStreamReader(new ByteArrayInputStream(yaml), StandardCharsets.UTF_8));
			return (Map<String, Object>) tree;
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + 1;
			throw new RuleFileException(file, line, "not valid YAML: " + ex.getProblem());
		}
	}

	/** The tree as YAML in block style, top-level keys in reading order. */
	public static String toYaml(Map<String, Object> tree) {
		Map<String, Object> ordered = new LinkedHashMap<>();
		for (String key : ORDER) {
			if (tree.containsKey(key)) {
				ordered.put(key, tree.get(key));
			}
		}
		tree.forEach(ordered::putIfAbsent);
		// The standard resolver quotes every string that would otherwise read as a number, date or boolean.
		DumperOptions dump = new DumperOptions();
		dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		dump.setWidth(120);
		dump.setAllowUnicode(true);
		return new Yaml(dump).dump(ordered);
	}

	private static Yaml yaml() {
		DumperOptions dump = new DumperOptions();
		LoaderOptions load = new LoaderOptions();
		load.setAllowDuplicateKeys(false);
		return new Yaml(new SafeConstructor(load), new Representer(dump), dump, load, new Resolver() {

			@Override
			protected void addImplicitResolvers() {
				addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL| )$"), "~nN\0");
				addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
			}

		});
	}

	/** The document with its conditions in the given order (a database may return them in another). */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> withConditionOrder(Map<String, Object> document, List<String> order) {
		if (!(document.get("voorwaarden") instanceof Map<?, ?> conditions)) {
			return document;
		}
		Map<String, Object> ordered = new LinkedHashMap<>();
		for (String id : order) {
			if (conditions.containsKey(id)) {
				ordered.put(id, conditions.get(id));
			}
		}
		((Map<String, Object>) conditions).forEach(ordered::putIfAbsent);
		Map<String, Object> copy = new LinkedHashMap<>(document);
		copy.put("voorwaarden", ordered);
		return copy;
	}

	/** A deep copy with only maps, lists, strings and nulls; fails on anything else. */
	@SuppressWarnings("unchecked")
	public static @Nullable Object plain(@Nullable Object value) {
		if (value == null || value instanceof String) {
			return value;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> out = new LinkedHashMap<>();
			((Map<String, Object>) map).forEach((k, v) -> out.put(k, plain(v)));
			return out;
		}
		if (value instanceof List<?> list) {
			List<Object> out = new ArrayList<>();
			list.forEach(v -> out.add(plain(v)));
			return out;
		}
		throw new IllegalArgumentException("a scheme document holds only text, lists and mappings, not " + value);
	}

}
