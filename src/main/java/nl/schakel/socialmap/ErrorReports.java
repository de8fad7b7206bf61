// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Residents' reports that a listing is wrong, and the curators' queue of them. */
@Service
@Transactional
public class ErrorReports {

	public static final Set<String> REASONS = Set.of("closed", "address", "hours", "phone", "other");

	public static final int MAX_MESSAGE = 1000;

	/** An open report as the curator sees it. */
	public record Report(UUID id, UUID serviceId, String serviceName, String reason, String message, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ErrorReports(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public UUID report(UUID serviceId, String reason, String message) {
		if (!REASONS.contains(reason) || message.length() > MAX_MESSAGE) {
			throw new IllegalArgumentException("reason must be one of " + REASONS + " and the message short");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into sm_report (id, service_id, reason, message, created_at) values (?, ?, ?, ?, ?)")
			.params(id, serviceId, reason, message.strip(), Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	@Transactional(readOnly = true)
	public List<Report> open() {
		return jdbc.sql("""
				select r.id, r.service_id, s.name, r.reason, r.message, r.created_at
				from sm_report r join sm_service s on s.id = r.service_id
				where r.handled_at is null order by r.created_at""")
			.query((rs, n) -> new Report(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	public void handle(UUID reportId, UUID curatorAccountId) {
		jdbc.sql("update sm_report set handled_at = ?, handled_by = ? where id = ? and handled_at is null")
			.params(Timestamp.from(clock.instant()), curatorAccountId, reportId)
			.update();
	}

}
