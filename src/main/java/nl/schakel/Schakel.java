// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Schakel: one place where a municipality and its sociale basis fight poverty together. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Schakel {

	public static void main(String[] args) {
		SpringApplication.run(Schakel.class, args);
	}

	/** Dutch law counts days in Dutch time; rules still take their reference date explicitly. */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/Amsterdam"));
	}

}
