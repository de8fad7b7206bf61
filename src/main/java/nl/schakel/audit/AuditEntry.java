// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.audit;

import java.util.Objects;

/**
 * One access to personal data: what was done, to whose data (by kind and id, never the data itself) and why.
 * The purpose is a short code such as {@code organisation.members} so that it can be reported on.
 */
public record AuditEntry(AuditAction action, String subjectKind, String subjectId, String purpose) {

	public AuditEntry {
		Objects.requireNonNull(action);
		requireCode(subjectKind, "subjectKind");
		requireCode(subjectId, "subjectId");
		requireCode(purpose, "purpose");
	}

	private static void requireCode(String value, String name) {
		if (value == null || value.isBlank() || value.length() > 200) {
			throw new IllegalArgumentException(name + " must be a short, non-empty code");
		}
	}

}
