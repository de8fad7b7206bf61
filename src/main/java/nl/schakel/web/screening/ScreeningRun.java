// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web.screening;

import java.time.Instant;
import java.util.UUID;

/** What the pages show of one screening run: a snapshot, public so that the templates can read it. */
public record ScreeningRun(UUID id, Instant createdAt, String period, String state, int percent, long households,
		long errors, boolean finished, String failure, Instant deletedAt) {

	static ScreeningRun of(ScreeningJobs.Job job) {
		String failure = job.failure();
		return new ScreeningRun(job.id(), job.createdAt(), job.period().toString(), job.state().name(), job.percent(),
				job.households(), job.errors(), job.finished(), failure == null ? "" : failure, job.deletedAt());
	}

}
