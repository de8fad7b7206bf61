// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: objects created, changed and left alone because they were already the same, and warnings
 * about data that was kept but cannot be used as given (such as coordinates outside the globe).
 */
public record ImportReport(int created, int updated, int unchanged, List<String> warnings) {

	static final ImportReport NONE = new ImportReport(0, 0, 0, List.of());

	public ImportReport {
		warnings = List.copyOf(warnings);
	}

	ImportReport plus(Stored outcome) {
		return switch (outcome) {
			case CREATED -> new ImportReport(created + 1, updated, unchanged, warnings);
			case UPDATED -> new ImportReport(created, updated + 1, unchanged, warnings);
			case UNCHANGED -> new ImportReport(created, updated, unchanged + 1, warnings);
		};
	}

	ImportReport plus(ImportReport other) {
		List<String> all = new ArrayList<>(warnings);
		all.addAll(other.warnings);
		return new ImportReport(created + other.created, updated + other.updated, unchanged + other.unchanged, all);
	}

	ImportReport warn(String warning) {
		List<String> all = new ArrayList<>(warnings);
		all.add(warning);
		return new ImportReport(created, updated, unchanged, all);
	}

	/** The outcome of storing one object. */
	enum Stored {

		CREATED, UPDATED, UNCHANGED

	}

}
