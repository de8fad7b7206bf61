// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads uploaded text. UTF-8 is checked strictly and a byte-order mark is dropped; UTF-16 (what some spreadsheet
 * programs call "Unicode text") and binary files are refused with the line where the problem starts, rather than
 * guessed: a wrong guess turns "Café" into "CafÃ©". Where a caller accepts it, text that is not UTF-8 is read as
 * Windows-1252, what Excel writes for "CSV" on a Dutch Windows, and the caller is told so.
 */
public final class TextDecoding {

	/** Windows-1252 leaves five bytes undefined; a file with one of them is neither of the two encodings. */
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** The text of a file and the encoding it was read in. */
	public record Decoded(String text, Charset charset) {
	}

	private TextDecoding() {
	}

	/** Strict UTF-8: anything else is an {@link UnreadableFileException}. */
	public static String utf8(byte[] bytes, String file) {
		int start = checkText(bytes, file);
		try {
			return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableFileException(file, lineOfFirstBadByte(bytes, start), "encoding");
		}
	}

	/**
	 * UTF-8 when the bytes are valid UTF-8 (they almost never are by accident when they hold accented letters),
	 * otherwise Windows-1252; bytes that are neither are an {@link UnreadableFileException}.
	 */
	public static Decoded utf8OrWindows1252(byte[] bytes, String file) {
		int start = checkText(bytes, file);
		try {
			CharBuffer chars = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
			return new Decoded(chars.toString(), StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException ex) {
			try {
				return new Decoded(strict(WINDOWS_1252).decode(ByteBuffer.wrap(bytes)).toString(), WINDOWS_1252);
			}
			catch (CharacterCodingException again) {
				throw new UnreadableFileException(file, lineOfFirstBadByte(bytes, start), "encoding");
			}
		}
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/** Refuses UTF-16 and binary files; returns where the text starts after a UTF-8 byte-order mark. */
	private static int checkText(byte[] bytes, String file) {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
				|| (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
			throw new UnreadableFileException(file, null, "utf16");
		}
		int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
				? 3 : 0;
		for (int i = start; i < Math.min(bytes.length, 4096); i++) {
			if (bytes[i] == 0) {
				// Text has no NUL bytes; UTF-16 without a byte-order mark has one in every other byte.
				throw new UnreadableFileException(file, null, "binary");
			}
		}
		return start;
	}

	private static int lineOfFirstBadByte(byte[] bytes, int start) {
		int line = 1;
		int i = start;
		while (i < bytes.length) {
			int b = bytes[i] & 0xFF;
			int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
			if (length == 0 || i + length > bytes.length) {
				return line;
			}
			for (int k = 1; k < length; k++) {
				if ((bytes[i + k] & 0xC0) != 0x80) {
					return line;
				}
			}
			if (b == '\n') {
				line++;
			}
			i += length;
		}
		return line;
	}

}
