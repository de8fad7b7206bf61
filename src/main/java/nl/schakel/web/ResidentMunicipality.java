// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import nl.schakel.region.Municipalities;
import nl.schakel.region.MunicipalityCode;

/**
 * Remembers the resident's municipality in a functional cookie: anonymous, no account, only a CBS code, so that
 * pages can show local help and local schemes. The resident can change or clear it at any time.
 */
@Component
public class ResidentMunicipality {

	static final String COOKIE = "schakel-gemeente";

	private final Municipalities municipalities;

	ResidentMunicipality(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	public Optional<MunicipalityCode> of(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies)
			.filter(c -> COOKIE.equals(c.getName()) && c.getValue().matches("[0-9]{4}"))
			.findFirst()
			.map(c -> new MunicipalityCode(c.getValue()));
	}

	public Optional<String> nameOf(HttpServletRequest request) {
		return of(request).flatMap(municipalities::nameOf);
	}

	public void remember(HttpServletResponse response, MunicipalityCode code) {
		response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, code.value())
			.path("/")
			.maxAge(Duration.ofDays(365))
			.httpOnly(true)
			.sameSite("Lax")
			.build()
			.toString());
	}

}
