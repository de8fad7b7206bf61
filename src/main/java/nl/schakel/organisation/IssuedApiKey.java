// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

/** A freshly issued key: the only moment the plain key exists; show it once, never log it. */
public record IssuedApiKey(ApiClientId clientId, String key) {

	@Override
	public String toString() {
		return "IssuedApiKey[" + clientId + "]";
	}

}
