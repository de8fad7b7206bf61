// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit log. {@link #record} must run inside the transaction that reads or writes the personal
 * data (AVG art. 5(2) accountability): if the access rolls back, so does its trace, and no access commits without
 * one. Appends are serialised by a transaction-scoped advisory lock so that each event hashes its predecessor.
 */
@Service
public class AuditLog {

	static final String GENESIS = "0".repeat(64);

	private static final long CHAIN_LOCK = 0x5343_4841_4B45_4CL;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEntry entry) {
		record(currentActor(), entry);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, AuditEntry entry) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
		var last = jdbc.sql("select seq, hash from audit_event order by seq desc limit 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		long seq = last.map(row -> (Long) row[0] + 1).orElse(1L);
		String prevHash = last.map(row -> (String) row[1]).orElse(GENESIS);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String requestId = MDC.get("requestId");
		var stored = new AuditRecord(seq, now, actor.kind(), actor.id(), actor.organisationId(), entry.action(),
				entry.subjectKind(), entry.subjectId(), entry.purpose(), requestId, prevHash, "");
		String hash = hashOf(stored);
		jdbc.sql("""
				insert into audit_event (seq, occurred_at, actor_kind, actor_id, organisation_id, action, subject_kind,
				                         subject_id, purpose, request_id, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(seq, Timestamp.from(now), actor.kind().name(), actor.id(), actor.organisationId(),
					entry.action().name(), entry.subjectKind(), entry.subjectId(), entry.purpose(), requestId, prevHash,
					hash)
			.update();
	}

	@Transactional(readOnly = true)
	public List<AuditRecord> recent(AuditQuery query) {
		return jdbc.sql("""
				select * from audit_event
				where (cast(:subjectKind as text) is null or subject_kind = :subjectKind)
				  and (cast(:subjectId as text) is null or subject_id = :subjectId)
				  and (cast(:actorId as text) is null or actor_id = :actorId)
				  and (cast(:beforeSeq as bigint) is null or seq < :beforeSeq)
				order by seq desc limit :limit""")
			.param("subjectKind", query.subjectKind())
			.param("subjectId", query.subjectId())
			.param("actorId", query.actorId())
			.param("beforeSeq", query.beforeSeq())
			.param("limit", query.limit())
			.query(AuditLog::toRecord)
			.list();
	}

	/** Recomputes every hash from the first event on; any edited, removed or reordered event breaks the chain. */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		var expectedPrev = new AtomicReference<>(GENESIS);
		var expectedSeq = new AtomicReference<>(1L);
		var broken = new AtomicReference<@Nullable Long>(null);
		var checked = new long[1];
		jdbc.sql("select * from audit_event order by seq").query(rs -> {
			if (broken.get() != null) {
				return;
			}
			AuditRecord row = toRecord(rs, 0);
			checked[0]++;
			boolean ok = row.seq() == expectedSeq.get() && row.prevHash().equals(expectedPrev.get())
					&& row.hash().equals(hashOf(row));
			if (!ok) {
				broken.set(row.seq());
			}
			expectedPrev.set(row.hash());
			expectedSeq.set(row.seq() + 1);
		});
		Long firstBroken = broken.get();
		return new ChainVerification(firstBroken == null, checked[0], firstBroken);
	}

	static String hashOf(AuditRecord r) {
		String canonical = String.join("\u001f", Long.toString(r.seq()), r.occurredAt().toString(),
				r.actorKind().name(), r.actorId(), String.valueOf(r.organisationId()), r.action().name(),
				r.subjectKind(), r.subjectId(), r.purpose(), String.valueOf(r.requestId()), r.prevHash());
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static AuditRecord toRecord(ResultSet rs, int rowNum) throws SQLException {
		return new AuditRecord(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
				Actor.Kind.valueOf(rs.getString("actor_kind")), rs.getString("actor_id"),
				rs.getObject("organisation_id", UUID.class), AuditAction.valueOf(rs.getString("action")),
				rs.getString("subject_kind"), rs.getString("subject_id"), rs.getString("purpose"),
				rs.getString("request_id"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static Actor currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AuditedPrincipal principal) {
			return principal.auditActor();
		}
		// Every web request carries a request id; without one (start-up, scheduled jobs) it is Schakel itself that acts.
		return MDC.get("requestId") == null ? Actor.SYSTEM : Actor.ANONYMOUS;
	}

}
