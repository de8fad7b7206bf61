// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files in an uploaded ZIP (a datapackage, or the inside of an XLSX), read with limits: a small ZIP can unpack
 * to gigabytes ("zip bomb"), so reading stops at {@link #MAX_UNPACKED} bytes or {@link #MAX_ENTRIES} files.
 */
public final class ZipContents {

	public static final long MAX_UNPACKED = 256L * 1024 * 1024;

	public static final int MAX_ENTRIES = 200;

	private ZipContents() {
	}

	/** File name (path inside the ZIP) to its bytes; directories are left out. */
	public static Map<String, byte[]> read(byte[] zip, String file) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		long total = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			byte[] buffer = new byte[8192];
			while ((entry = in.getNextEntry()) != null) {
				if (entry.isDirectory()) {
					continue;
				}
				if (entries.size() >= MAX_ENTRIES) {
					throw new UnreadableFileException(file, null, "zip-too-big");
				}
				var out = new ByteArrayOutputStream();
				int n;
				while ((n = in.read(buffer)) > 0) {
					total += n;
					if (total > MAX_UNPACKED) {
						throw new UnreadableFileException(file, null, "zip-too-big");
					}
					out.write(buffer, 0, n);
				}
				entries.put(entry.getName(), out.toByteArray());
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new UnreadableFileException(file, null, "not-a-zip");
		}
		if (entries.isEmpty()) {
			throw new UnreadableFileException(file, null, "not-a-zip");
		}
		return entries;
	}

	public static boolean looksLikeZip(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

}
