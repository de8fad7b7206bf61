// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/** One line of the authorisation matrix: a path pattern (and optionally a method) and who may call it. */
public record AccessRule(@Nullable HttpMethod method, String pattern, Access access) {

	static AccessRule any(String pattern, Access access) {
		return new AccessRule(null, pattern, access);
	}

	static AccessRule get(String pattern, Access access) {
		return new AccessRule(HttpMethod.GET, pattern, access);
	}

	static AccessRule post(String pattern, Access access) {
		return new AccessRule(HttpMethod.POST, pattern, access);
	}

}
