// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import org.jspecify.annotations.Nullable;

/**
 * The themes a municipality's booklet groups its regelingen by, as Groningen's "Mooi Meegenomen" and most local
 * booklets do: a resident looks for "something for the children", not for a law.
 */
public enum Theme {

	INKOMEN("inkomen"), WONEN("wonen"), ZORG("zorg"), KINDEREN("kinderen"), MEEDOEN("meedoen"), SCHULDEN("schulden");

	private final String key;

	Theme(String key) {
		this.key = key;
	}

	/** The word used in scheme files and URLs. */
	public String key() {
		return key;
	}

	public static @Nullable Theme of(String key) {
		for (Theme t : values()) {
			if (t.key.equals(key)) {
				return t;
			}
		}
		return null;
	}

}
