// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of a local scheme, field by field: every text per language, every dated
 * parameter value by its date, and every condition and amount rule as one line. A reviewer reads this instead of two
 * YAML files.
 */
public final class SchemeDiff {

	/**
	 * One changed field.
	 *
	 * @param path where, such as {@code naam.en} or {@code parameters.bijdrage.waarden[2026-01-01].waarde}
	 * @param before the old value; null when the field is new
	 * @param after the new value; null when the field was removed
	 */
	public record Change(String path, @Nullable String before, @Nullable String after) {
	}

	private SchemeDiff() {
	}

	/** The changes from one document to another; an empty before (a new scheme) lists every field as new. */
	public static List<Change> between(@Nullable Map<String, Object> before, Map<String, Object> after) {
		Map<String, String> old = new LinkedHashMap<>();
		if (before != null) {
			flatten("", before, old);
		}
		Map<String, String> current = new LinkedHashMap<>();
		flatten("", after, current);
		Set<String> paths = new LinkedHashSet<>(old.keySet());
		paths.addAll(current.keySet());
		List<Change> changes = new ArrayList<>();
		for (String path : paths) {
			String a = old.get(path);
			String b = current.get(path);
			if (!Objects.equals(a, b)) {
				changes.add(new Change(path, a, b));
			}
		}
		return changes;
	}

	@SuppressWarnings("unchecked")
	private static void flatten(String path, @Nullable Object value, Map<String, String> out) {
		// A condition or amount rule is a small formula; it reads best whole.
		if (path.matches("voorwaarden\\.[^.]+\\.voorwaarde") || path.matches("bedrag\\[\\d+]")) {
			out.put(path, inline(value));
			return;
		}
		if (value instanceof Map<?, ?> map) {
			((Map<String, Object>) map).forEach((k, v) -> flatten(path.isEmpty() ? k : path + "." + k, v, out));
		}
		else if (value instanceof List<?> list) {
			boolean dated = path.matches("parameters\\.[^.]+\\.waarden");
			for (int i = 0; i < list.size(); i++) {
				Object item = list.get(i);
				String key = dated && item instanceof Map<?, ?> m && m.get("vanaf") != null ? String.valueOf(m.get("vanaf"))
						: String.valueOf(i);
				flatten(path + "[" + key + "]", item, out);
			}
		}
		else {
			out.put(path, value == null ? "null" : value.toString());
		}
	}

	/** A compact one-line form, like YAML's flow style. */
	@SuppressWarnings("unchecked")
	static String inline(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			List<String> parts = new ArrayList<>();
			((Map<String, Object>) map).forEach((k, v) -> parts.add(k + ": " + inline(v)));
			return "{" + String.join(", ", parts) + "}";
		}
		if (value instanceof List<?> list) {
			return "[" + String.join(", ", list.stream().map(SchemeDiff::inline).toList()) + "]";
		}
		return String.valueOf(value);
	}

}
