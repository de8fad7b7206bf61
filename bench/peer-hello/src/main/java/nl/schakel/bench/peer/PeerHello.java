// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.bench.peer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The framework floor: a Spring Boot webmvc app that does nothing but answer / with a short HTML page. */
@SpringBootApplication
@RestController
public class PeerHello {

	public static void main(String[] args) {
		SpringApplication.run(PeerHello.class, args);
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String hello() {
		return "<!doctype html><html lang=\"en\"><title>Hello</title><p>Hello</p></html>";
	}

}
