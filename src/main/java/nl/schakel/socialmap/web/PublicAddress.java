// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address at which residents reach this site, for links and QR codes that leave the screen (paper, e-mail).
 * {@code schakel.public-url} sets it for an installation behind a proxy; without it, the address of the request is
 * used.
 */
@Component
class PublicAddress {

	private final String configured;

	PublicAddress(@Value("${schakel.public-url:}") String configured) {
		this.configured = configured.strip().replaceAll("/+$", "");
	}

	/** Scheme, host and context path, without a trailing slash. Call it while handling a request. */
	String base() {
		return configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : configured;
	}

}
