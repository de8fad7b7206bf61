// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import java.util.List;

/** Who may call an endpoint: everyone, anyone logged in, or holders of one of the given authorities. */
public sealed interface Access {

	record Public() implements Access {
	}

	record Authenticated() implements Access {
	}

	record AnyOf(List<String> authorities) implements Access {
	}

	Access PUBLIC = new Public();

	Access AUTHENTICATED = new Authenticated();

	static Access anyOf(String... authorities) {
		return new AnyOf(List.of(authorities));
	}

}
