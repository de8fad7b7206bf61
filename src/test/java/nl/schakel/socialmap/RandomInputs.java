// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Generated values for the property tests. Plain uniform values would almost never reach the interesting cases, so
 * each generator leans towards them: empty and longest lengths, separators and quotes, control characters, letters
 * outside ASCII, byte-order marks and text with one bad byte.
 */
final class RandomInputs {

	private static final String SEPARATORS = ",;\"'\n\r\t -:.%<>&=/\\";

	private static final String ACCENTED = "éëèüöïçßñÉ€–’";

	private static final List<byte[]> MARKS = List.of(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
			new byte[] { (byte) 0xFE, (byte) 0xFF }, new byte[] { (byte) 0xFF, (byte) 0xFE });

	private final RandomGenerator random;

	RandomInputs(RandomGenerator random) {
		this.random = random;
	}

	/** A whole number from {@code min} to {@code max}, both included. */
	int between(int min, int max) {
		return random.nextInt(min, max + 1);
	}

	@SafeVarargs
	final <T> T oneOf(T... values) {
		return values[random.nextInt(values.length)];
	}

	/** One of the generators, each equally likely. */
	@SafeVarargs
	final <T> T anyOf(Supplier<? extends T>... generators) {
		return generators[random.nextInt(generators.length)].get();
	}

	<T> List<T> list(int min, int max, Supplier<T> element) {
		int size = min + length(max - min);
		List<T> list = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			list.add(element.get());
		}
		return list;
	}

	/** Any text of at most {@code maxLength} chars, mixing ASCII, separators, control characters and Unicode. */
	String text(int maxLength) {
		int length = length(maxLength);
		StringBuilder text = new StringBuilder(length);
		while (text.length() < length) {
			int codePoint = switch (random.nextInt(20)) {
				case 0, 1, 2, 3, 4, 5, 6, 7 -> random.nextInt(0x20, 0x7F);
				case 8, 9, 10 -> SEPARATORS.charAt(random.nextInt(SEPARATORS.length()));
				case 11 -> random.nextBoolean() ? random.nextInt(0x20) : 0x7F;
				case 12, 13 -> ACCENTED.charAt(random.nextInt(ACCENTED.length()));
				case 14 -> random.nextInt(0x1F600, 0x1F650);
				case 15 -> random.nextInt(0x10000, 0x110000);
				default -> bmpOutsideSurrogates();
			};
			if (text.length() + Character.charCount(codePoint) <= length) {
				text.appendCodePoint(codePoint);
			}
		}
		return text.toString();
	}

	/** Text of at most {@code maxLength} chars taken from {@code alphabet} only. */
	String text(int maxLength, String alphabet) {
		int length = length(maxLength);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	/** Text glued together from the given pieces, at most {@code maxPieces} of them: near-valid input for parsers. */
	String pieces(int maxPieces, String... pieces) {
		StringBuilder text = new StringBuilder();
		int count = length(maxPieces);
		for (int i = 0; i < count; i++) {
			text.append(pieces[random.nextInt(pieces.length)]);
		}
		return text.toString();
	}

	/** A number as text: any int or long, or an edge such as an overflow, NaN or nothing at all. */
	String number() {
		return switch (random.nextInt(3)) {
			case 0 -> String.valueOf(random.nextInt());
			case 1 -> String.valueOf(random.nextLong());
			default -> oneOf("0", "1", "-1", "1e9", "NaN", "", "abc", "2147483647", "2147483648", "-2147483649",
					String.valueOf(random.nextInt(-5, 200)));
		};
	}

	/** At most {@code maxLength} bytes: random, UTF-8 text, text after a byte-order mark, or text with one bad byte. */
	byte[] bytes(int maxLength) {
		byte[] bytes = switch (random.nextInt(4)) {
			case 0 -> {
				byte[] any = new byte[length(maxLength)];
				random.nextBytes(any);
				yield any;
			}
			case 1 -> text(maxLength).getBytes(StandardCharsets.UTF_8);
			case 2 -> {
				byte[] mark = MARKS.get(random.nextInt(MARKS.size()));
				byte[] text = text(maxLength).getBytes(StandardCharsets.UTF_8);
				byte[] marked = Arrays.copyOf(mark, mark.length + text.length);
				System.arraycopy(text, 0, marked, mark.length, text.length);
				yield marked;
			}
			default -> {
				byte[] text = text(maxLength).getBytes(StandardCharsets.UTF_8);
				if (text.length > 0) {
					text[random.nextInt(text.length)] = (byte) random.nextInt(0x80, 0x100);
				}
				yield text;
			}
		};
		return bytes.length > maxLength ? Arrays.copyOf(bytes, maxLength) : bytes;
	}

	/** A length up to {@code max}, often 0, 1 or {@code max} and more often short than long. */
	private int length(int max) {
		if (max <= 0) {
			return 0;
		}
		return switch (random.nextInt(10)) {
			case 0 -> 0;
			case 1 -> 1;
			case 2 -> max;
			case 3, 4, 5 -> random.nextInt(Math.min(max, 8) + 1);
			default -> random.nextInt(max + 1);
		};
	}

	private int bmpOutsideSurrogates() {
		int c = random.nextInt(0x80, 0x10000 - 0x800);
		return c >= 0xD800 ? c + 0x800 : c;
	}

}
