// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

/** One text in plain Dutch (B1) and in English. */
public record Text(String nl, String en) {

	/** Fills {@code {name}} placeholders; plain string replacement, so no regular expression in the hot path. */
	public Text fill(String name, String value) {
		String token = "{" + name + "}";
		return new Text(nl.replace(token, value), en.replace(token, value));
	}

}
