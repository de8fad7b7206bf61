// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One row for PostgreSQL's {@code COPY ... (format csv)}: every value quoted, a null as an unquoted empty field.
 */
final class CopyLine {

	private CopyLine() {
	}

	static String of(@Nullable Object... values) {
		var line = new StringBuilder(512);
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			Object value = values[i];
			if (value != null) {
				String text = value instanceof LocalDate date ? date.toString() : value.toString();
				line.append('"').append(text.replace("\"", "\"\"")).append('"');
			}
		}
		return line.append('\n').toString();
	}

	/** The lines as one character stream, without joining them into one large string first. */
	static final class Reader extends java.io.Reader {

		private final String[] lines;

		private int line;

		private int offset;

		Reader(String[] lines) {
			this.lines = lines;
		}

		@Override
		public int read(char[] buffer, int start, int length) {
			if (line >= lines.length) {
				return -1;
			}
			int written = 0;
			while (written < length && line < lines.length) {
				String current = lines[line];
				int n = Math.min(length - written, current.length() - offset);
				current.getChars(offset, offset + n, buffer, start + written);
				written += n;
				offset += n;
				if (offset == current.length()) {
					line++;
					offset = 0;
				}
			}
			return written;
		}

		@Override
		public void close() {
			// Nothing to release: the lines are in memory.
		}

	}

}
