// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads uploaded text as UTF-8, the only encoding HSDS allows. A UTF-8 byte-order mark is dropped; UTF-16 (what
 * some spreadsheet programs call "Unicode text") and bytes that are not UTF-8 (Latin-1 or Windows-1252, what Excel
 * writes for "CSV") are refused with the line where the problem starts, rather than guessed: a wrong guess turns
 * "Café" into "CafÃ©" in the public sociale kaart.
 */
final class TextDecoding {

	private TextDecoding() {
	}

	static String utf8(byte[] bytes, String file) {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
				|| (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
			throw new UnusableFileException(ImportProblem.ofFile(file, "utf16"));
		}
		int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
				? 3 : 0;
		for (int i = start; i < Math.min(bytes.length, 4096); i++) {
			if (bytes[i] == 0) {
				// Text has no NUL bytes; UTF-16 without a byte-order mark has one in every other byte.
				throw new UnusableFileException(ImportProblem.ofFile(file, "binary"));
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
			return chars.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnusableFileException(
					ImportProblem.at(file, lineOfFirstBadByte(bytes, start), null, "encoding"));
		}
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
