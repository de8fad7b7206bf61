// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;

/**
 * When PostgreSQL is away, pages that need it say so in plain words (503), the API answers with problem details,
 * health says DOWN, and everything recovers by itself when the database returns. The outage is real: the database
 * stops accepting connections and the existing ones are ended.
 */
@SchakelIntegrationTest
class DatabaseOutageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@LocalServerPort
	int port;

	@Test
	void aDatabaseOutageGivesAClearPageAndTheAppRecovers() throws Exception {
		var hikari = (HikariDataSource) dataSource;
		String url = hikari.getJdbcUrl();
		String database = url.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
		String adminUrl = url.replace("/" + database, "/postgres");
		try (Connection admin = DriverManager.getConnection(adminUrl, hikari.getUsername(), hikari.getPassword())) {
			try {
				setAllowConnections(admin, database, false);
				var http = new Http(port);
				var page = http.get("/organisaties", "text/html");
				assertThat(page.statusCode()).isEqualTo(503);
				assertThat(page.body()).contains("Schakel is even niet bereikbaar").doesNotContain("Exception");
				var api = http.get("/api/v1/organisations", "application/json");
				assertThat(api.statusCode()).isEqualTo(503);
				assertThat(api.body()).contains("\"status\":503");
				mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable());
				mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
			}
			finally {
				try (var statement = admin.createStatement()) {
					statement.execute("alter database \"" + database + "\" with allow_connections true");
				}
			}
		}
		// The pool replaces its broken connections by itself; give it a few seconds, as a user retrying would.
		var http = new Http(port);
		int status = 0;
		for (int attempt = 0; attempt < 30 && status != 200; attempt++) {
			status = http.get("/organisaties", "text/html").statusCode();
			if (status != 200) {
				Thread.sleep(500);
			}
		}
		assertThat(status).as("recovered after the database returned").isEqualTo(200);
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	private static void setAllowConnections(Connection admin, String database, boolean allow) throws SQLException {
		try (var statement = admin.createStatement()) {
			statement.execute("alter database \"" + database + "\" with allow_connections " + allow);
			statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
					+ "' and pid <> pg_backend_pid()");
		}
	}

}
