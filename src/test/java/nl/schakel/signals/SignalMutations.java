// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import static nl.schakel.signals.SignalFixtures.JSON;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random damage to a signal for property tests: a seeded {@link Random} removes fields, swaps in values of the
 * wrong type, odd strings and extreme numbers, or replaces the whole signal, so that a failure can be replayed.
 */
final class SignalMutations {

	private static final List<String> ODD_TEXT = List.of("", " ", "null", "0", "-1", "2026-13-01", "9999-12-31",
			"0000-00-00", "ABCDEF", "6511", "6511 AB", "\u0000", "é€😀", "<script>", "'; drop table signal; --",
			"x".repeat(5_000), "111222333", "123456789", "eindelevering", "woningverhuurder");

	private SignalMutations() {
	}

	static JsonNode mutate(ObjectNode signal, Random random) {
		if (random.nextInt(40) == 0) {
			return oddValue(random);
		}
		int changes = 1 + random.nextInt(4);
		for (int i = 0; i < changes; i++) {
			ObjectNode target = pick(signal, random);
			List<String> names = new ArrayList<>(target.propertyNames());
			if (names.isEmpty()) {
				continue;
			}
			String field = names.get(random.nextInt(names.size()));
			if (random.nextBoolean()) {
				target.remove(field);
			}
			else {
				target.set(field, oddValue(random));
			}
		}
		return signal;
	}

	private static ObjectNode pick(ObjectNode signal, Random random) {
		List<ObjectNode> objects = new ArrayList<>();
		objects.add(signal);
		signal.forEach(child -> {
			if (child.isObject()) {
				objects.add((ObjectNode) child);
			}
		});
		return objects.get(random.nextInt(objects.size()));
	}

	static JsonNode oddValue(Random random) {
		var nodes = JSON.getNodeFactory();
		return switch (random.nextInt(10)) {
			case 0 -> nodes.nullNode();
			case 1 -> nodes.booleanNode(random.nextBoolean());
			case 2 -> nodes.numberNode(random.nextLong());
			case 3 -> nodes.numberNode(random.nextDouble() * 1e12 - 5e11);
			case 4 -> nodes.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
			case 5 -> {
				ArrayNode array = nodes.arrayNode();
				array.add(nodes.textNode(ODD_TEXT.get(random.nextInt(ODD_TEXT.size()))));
				yield array;
			}
			case 6 -> {
				ObjectNode object = nodes.objectNode();
				object.set("nested", nodes.objectNode().put("deeper", random.nextInt()));
				yield object;
			}
			default -> nodes.textNode(ODD_TEXT.get(random.nextInt(ODD_TEXT.size())));
		};
	}

}
