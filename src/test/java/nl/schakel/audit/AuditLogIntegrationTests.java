// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schakel.SchakelIntegrationTest;

@SchakelIntegrationTest
class AuditLogIntegrationTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private AuditEntry readOf(String subject) {
		return new AuditEntry(AuditAction.READ, "test-subject", subject, "test.read");
	}

	@Test
	void refusesToRecordOutsideTheTransactionOfTheAccess() {
		assertThatThrownBy(() -> audit.record(readOf("x"))).isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void recordsAreChainedAndTheChainVerifies() {
		String subject = UUID.randomUUID().toString();
		transactions.executeWithoutResult(s -> {
			audit.record(Actor.SYSTEM, readOf(subject));
			audit.record(Actor.account(UUID.randomUUID()), readOf(subject));
		});
		var records = audit.recent(new AuditQuery("test-subject", subject, null, null, 10));
		assertThat(records).hasSize(2);
		assertThat(records.get(0).prevHash()).isEqualTo(records.get(1).hash());
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void aRolledBackAccessLeavesNoTraceAndBreaksNothing() {
		String subject = UUID.randomUUID().toString();
		transactions.executeWithoutResult(s -> {
			audit.record(Actor.SYSTEM, readOf(subject));
			s.setRollbackOnly();
		});
		assertThat(audit.recent(new AuditQuery(null, subject, null, null, 10))).isEmpty();
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void theDatabaseRefusesUpdatesAndDeletes() {
		String subject = UUID.randomUUID().toString();
		transactions.executeWithoutResult(s -> audit.record(Actor.SYSTEM, readOf(subject)));
		assertThatThrownBy(() -> jdbc.sql("update audit_event set purpose = 'changed' where subject_id = ?")
			.param(subject)
			.update()).hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where subject_id = ?").param(subject).update())
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).hasStackTraceContaining("append-only");
	}

	/**
	 * Someone with full database rights could switch the trigger off and edit a row; the chain still shows it. The
	 * test restores the row afterwards so that other tests see an intact chain.
	 */
	@Test
	void verificationFindsTheFirstTamperedEvent() {
		String subject = UUID.randomUUID().toString();
		transactions.executeWithoutResult(s -> {
			audit.record(Actor.SYSTEM, readOf(subject));
			audit.record(Actor.SYSTEM, readOf(subject));
		});
		long tampered = audit.recent(new AuditQuery(null, subject, null, null, 10)).getLast().seq();
		transactions.executeWithoutResult(s -> {
			jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
			jdbc.sql("update audit_event set purpose = 'looked for fun' where seq = ?").param(tampered).update();
			jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
		});
		try {
			ChainVerification verification = audit.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenSeq()).isEqualTo(tampered);
		}
		finally {
			transactions.executeWithoutResult(s -> {
				jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
				jdbc.sql("update audit_event set purpose = 'test.read' where seq = ?").param(tampered).update();
				jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
			});
		}
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void aDeletedEventBreaksTheChain() {
		String subject = UUID.randomUUID().toString();
		transactions.executeWithoutResult(s -> {
			audit.record(Actor.SYSTEM, readOf(subject));
			audit.record(Actor.SYSTEM, readOf(subject));
		});
		var records = audit.recent(new AuditQuery(null, subject, null, null, 10));
		AuditRecord first = records.getLast();
		transactions.executeWithoutResult(s -> {
			jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
			jdbc.sql("delete from audit_event where seq = ?").param(first.seq()).update();
			jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
		});
		try {
			assertThat(audit.verify().firstBrokenSeq()).isEqualTo(first.seq() + 1);
		}
		finally {
			transactions.executeWithoutResult(s -> {
				jdbc.sql("""
						insert into audit_event (seq, occurred_at, actor_kind, actor_id, organisation_id, action,
						  subject_kind, subject_id, purpose, request_id, prev_hash, hash)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(first.seq(), java.sql.Timestamp.from(first.occurredAt()), first.actorKind().name(),
							first.actorId(), first.organisationId(), first.action().name(), first.subjectKind(),
							first.subjectId(), first.purpose(), first.requestId(), first.prevHash(), first.hash())
					.update();
			});
		}
		assertThat(audit.verify().intact()).isTrue();
	}

}
