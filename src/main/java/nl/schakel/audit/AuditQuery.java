// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.audit;

import org.jspecify.annotations.Nullable;

/** A filter on the audit log for the staff viewer; paging goes backwards from {@code beforeSeq}. */
public record AuditQuery(@Nullable String subjectKind, @Nullable String subjectId, @Nullable String actorId,
		@Nullable Long beforeSeq, int limit) {

	public AuditQuery {
		if (limit < 1 || limit > 500) {
			throw new IllegalArgumentException("limit must be between 1 and 500");
		}
	}

	public static AuditQuery latest(int limit) {
		return new AuditQuery(null, null, null, null, limit);
	}

}
