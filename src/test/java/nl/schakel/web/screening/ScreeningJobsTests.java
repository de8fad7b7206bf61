// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.schakel.schemes.Period;
import nl.schakel.schemes.Schemes;

class ScreeningJobsTests {

	@Test
	void filesLeftByAStoppedInstanceAreDeletedAtStartAndOwnFilesAreForTheOwnerOnly(@TempDir Path tmp) throws Exception {
		Path leftover = Files.createDirectories(tmp.resolve("schakel-screening-999999998").resolve("run"));
		Files.writeString(leftover.resolve("results.csv"), "id\n");
		ScreeningJobs jobs = new ScreeningJobs(Schemes.national(), Clock.systemUTC(), tmp);
		try {
			assertThat(leftover.getParent()).doesNotExist();
			ScreeningJobs.Job job = jobs.start(UUID.randomUUID(), Period.month(2026, 3),
					new ByteArrayInputStream("id\na\n".getBytes(StandardCharsets.UTF_8)));
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(job.dir))).isEqualTo("rwx------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(job.dir.getParent())))
				.isEqualTo("rwx------");
		}
		finally {
			jobs.destroy();
		}
		assertThat(tmp).isEmptyDirectory();
	}

}
