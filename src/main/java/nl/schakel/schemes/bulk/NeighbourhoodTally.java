// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.bulk;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.schakel.schemes.Status;

/**
 * Counts per neighbourhood and scheme: households, RECHT, MOGELIJK, already receiving, and probably missed (RECHT or
 * MOGELIJK and not already receiving it). Memory grows with the number of neighbourhoods, never with the households.
 */
final class NeighbourhoodTally {

	private static final int RECHT = 1;

	private static final int MOGELIJK = 2;

	private static final int RECEIVES = 4;

	private final List<String> ids;

	private final Map<String, long[]> counts = new TreeMap<>();

	NeighbourhoodTally(List<String> ids) {
		this.ids = ids;
	}

	static byte outcome(Status status, boolean receives) {
		int bits = switch (status) {
			case RECHT -> RECHT;
			case MOGELIJK -> MOGELIJK;
			default -> 0;
		};
		return (byte) (bits | (receives ? RECEIVES : 0));
	}

	void add(String[] neighbourhoods, byte[] outcomes, int rows) {
		int n = ids.size();
		for (int row = 0; row < rows; row++) {
			long[] c = counts.computeIfAbsent(neighbourhoods[row], k -> new long[n * 5]);
			for (int s = 0; s < n; s++) {
				byte o = outcomes[row * n + s];
				int at = s * 5;
				c[at]++;
				if ((o & RECHT) != 0) {
					c[at + 1]++;
				}
				if ((o & MOGELIJK) != 0) {
					c[at + 2]++;
				}
				if ((o & RECEIVES) != 0) {
					c[at + 3]++;
				}
				else if ((o & (RECHT | MOGELIJK)) != 0) {
					c[at + 4]++;
				}
			}
		}
	}

	/** The count of one cell, for tests and the progress page. */
	long count(String neighbourhood, String schemeId, int column) {
		long[] c = counts.get(neighbourhood);
		return c == null ? 0 : c[ids.indexOf(schemeId) * 5 + column];
	}

	static final int PROBABLY_MISSED = 4;

	void write(Writer out) throws IOException {
		out.write("neighbourhood,scheme,households,recht,mogelijk,already_receiving,probably_missed\n");
		StringBuilder b = new StringBuilder();
		for (Map.Entry<String, long[]> e : counts.entrySet()) {
			for (int s = 0; s < ids.size(); s++) {
				b.setLength(0);
				ResultCsv.cell(b, e.getKey());
				b.append(',').append(ids.get(s));
				for (int k = 0; k < 5; k++) {
					b.append(',').append(e.getValue()[s * 5 + k]);
				}
				out.write(b.append('\n').toString());
			}
		}
	}

}
