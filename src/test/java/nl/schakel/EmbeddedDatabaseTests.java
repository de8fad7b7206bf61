// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedDatabaseTests {

	@Test
	void neverStartsWhenAnExternalDatabaseIsConfigured() {
		new ApplicationContextRunner().withUserConfiguration(EmbeddedDatabase.class)
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none", "schakel.data-dir=target/x",
					"schakel.embedded-db.port=0")
			.run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
	}

	@Test
	void keepsItsDataAcrossARestart(@TempDir Path dataDir) throws Exception {
		var config = new EmbeddedDatabase();
		int port = 56000 + (int) (ProcessHandle.current().pid() % 1000);
		try (EmbeddedPostgres first = config.embeddedPostgres(dataDir, port, false)) {
			var jdbc = JdbcClient.create(first.getDatabase("postgres", EmbeddedDatabase.DATABASE));
			jdbc.sql("create table kept (word text)").update();
			jdbc.sql("insert into kept values ('schakel')").update();
		}
		try (EmbeddedPostgres second = config.embeddedPostgres(dataDir, port, false)) {
			var jdbc = JdbcClient.create(second.getDatabase("postgres", EmbeddedDatabase.DATABASE));
			assertThat(jdbc.sql("select word from kept").query(String.class).single()).isEqualTo("schakel");
		}
	}

}
