// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.paper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address at which residents reach this site, for links and QR codes that leave the screen (paper, e-mail).
 * {@code schakel.public-url} sets it for an installation behind a proxy; without it, the address of the request is
 * used.
 */
@Component
public class PublicAddress {

	private final String configured;

	private final String fallback;

	public PublicAddress(@Value("${schakel.public-url:}") String configured,
			@Value("${schakel.base-url:http://localhost:8080}") String fallback) {
		this.configured = configured.strip().replaceAll("/+$", "");
		this.fallback = fallback.strip().replaceAll("/+$", "");
	}

	/** Scheme, host and context path, without a trailing slash. Call it while handling a request. */
	public String base() {
		return configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : configured;
	}

	/** The same outside a request (a scheduled e-mail): the configured address, else {@code schakel.base-url}. */
	public String configuredBase() {
		return configured.isEmpty() ? fallback : configured;
	}

}
