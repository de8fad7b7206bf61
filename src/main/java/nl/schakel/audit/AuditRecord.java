// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A stored audit event with its place in the hash chain. */
public record AuditRecord(long seq, Instant occurredAt, Actor.Kind actorKind, String actorId,
		@Nullable UUID organisationId, AuditAction action, String subjectKind, String subjectId, String purpose,
		@Nullable String requestId, String prevHash, String hash) {

}
