// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Conditional;

/**
 * Zero-setup PostgreSQL: when no {@code spring.datasource.url} is configured, Schakel starts an embedded
 * PostgreSQL 17 whose data lives under {@code schakel.data-dir} and survives a restart. With a URL set, this
 * configuration is skipped entirely and the embedded server never starts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrl.class)
class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	static final String DATABASE = "schakel";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${schakel.data-dir}") Path dataDir,
			@Value("${schakel.embedded-db.port}") int port,
			@Value("${schakel.embedded-db.ephemeral:false}") boolean ephemeral) throws IOException {
		var builder = EmbeddedPostgres.builder()
			.setServerConfig("default_text_search_config", "pg_catalog.dutch")
			.setServerConfig("max_connections", "100")
			.setPGStartupWait(java.time.Duration.ofSeconds(30));
		if (!ephemeral) {
			Path pgData = dataDir.resolve("postgres").toAbsolutePath();
			Files.createDirectories(pgData.getParent());
			builder.setDataDirectory(pgData).setCleanDataDirectory(false).setPort(port);
			log.info("Starting embedded PostgreSQL on port {} with data in {}", port, pgData);
		}
		EmbeddedPostgres postgres = builder.start();
		createDatabaseIfMissing(postgres);
		return postgres;
	}

	@Bean
	@Primary
	@ConfigurationProperties("spring.datasource.hikari")
	HikariConfig hikariConfig(EmbeddedPostgres postgres) {
		var config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		config.setUsername("postgres");
		config.setPoolName("schakel-embedded");
		return config;
	}

	@Bean(destroyMethod = "close")
	@Primary
	DataSource dataSource(HikariConfig hikariConfig) {
		return new HikariDataSource(hikariConfig);
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			check.setString(1, DATABASE);
			try (var rows = check.executeQuery()) {
				if (!rows.next()) {
					try (var create = connection.createStatement()) {
						create.execute("create database " + DATABASE + " encoding 'UTF8'");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not prepare the embedded database", ex);
		}
	}

}
