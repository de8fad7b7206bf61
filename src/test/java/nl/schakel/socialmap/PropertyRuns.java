// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs a property over many inputs from a fixed seed, the same way {@code SignalMutations} feeds the signal tests:
 * every run checks the same inputs, so a failure can be replayed. A failure names the property, the try, the seed
 * and the input. {@code -Dproperties.seed=N} explores other inputs; {@code -Dproperties.tries=N} sets the number
 * of inputs for every property (for a longer hunt, or a quick run).
 */
final class PropertyRuns {

	static final long SEED = Long.getLong("properties.seed", 20_261_125L);

	private static final Integer TRIES = Integer.getInteger("properties.tries");

	private PropertyRuns() {
	}

	@FunctionalInterface
	interface Property<T> {

		void check(T input) throws Exception;

	}

	/**
	 * Checks the property for {@code tries} inputs (or {@code properties.tries}). The name of the calling test
	 * method is mixed into the seed, so that the properties do not all see the same sequence of inputs.
	 */
	static <T> void forAll(int tries, Function<RandomInputs, T> generator, Property<T> property) {
		String name = StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst()).orElseThrow().getMethodName();
		int count = TRIES != null ? TRIES : tries;
		RandomInputs inputs = new RandomInputs(new SplittableRandom(SEED ^ name.hashCode()));
		for (int run = 1; run <= count; run++) {
			T input = generator.apply(inputs);
			try {
				property.check(input);
			}
			catch (Exception | AssertionError ex) {
				throw new AssertionError("Property %s failed at try %d of %d with seed %d (replay: -Dproperties.seed=%d)%n"
						.formatted(name, run, count, SEED, SEED) + "Input: " + describe(input) + System.lineSeparator()
						+ ex, ex);
			}
		}
	}

	/** Input as a reader can retype it: bytes in hex, strings with control characters escaped, records by field. */
	static String describe(Object value) {
		return switch (value) {
			case null -> "null";
			case byte[] bytes -> "byte[" + bytes.length + "] " + HexFormat.ofDelimiter(" ").formatHex(bytes);
			case String text -> quoted(text);
			case List<?> list -> list.stream().map(PropertyRuns::describe).collect(Collectors.joining(", ", "[", "]"));
			case Map<?, ?> map -> map.entrySet()
				.stream()
				.map(e -> describe(e.getKey()) + "=" + describe(e.getValue()))
				.collect(Collectors.joining(", ", "{", "}"));
			case Record row -> describeRecord(row);
			default -> String.valueOf(value);
		};
	}

	private static String describeRecord(Record row) {
		StringBuilder out = new StringBuilder(row.getClass().getSimpleName()).append('[');
		var components = row.getClass().getRecordComponents();
		for (int i = 0; i < components.length; i++) {
			try {
				Object field = components[i].getAccessor().invoke(row);
				out.append(i > 0 ? ", " : "").append(components[i].getName()).append('=').append(describe(field));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot read " + components[i].getName(), ex);
			}
		}
		return out.append(']').toString();
	}

	private static String quoted(String text) {
		StringBuilder out = new StringBuilder("\"");
		text.chars().forEach(c -> {
			if (c == '"' || c == '\\') {
				out.append('\\').append((char) c);
			}
			else if (c < 0x20 || c == 0x7F || Character.isSurrogate((char) c) || !Character.isDefined(c)) {
				out.append("\\u%04x".formatted(c));
			}
			else {
				out.append((char) c);
			}
		});
		return out.append('"').toString();
	}

}
