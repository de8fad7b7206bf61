// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.takeup;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up as its questions page shows it; without the e-mail address, which never leaves the module.
 *
 * @param schemeIds the schemes to ask about
 * @param municipality CBS code of the municipality the resident chose, if any
 * @param language the language of the e-mail and the page
 */
public record FollowUp(List<String> schemeIds, @Nullable String municipality, String language) {

	public FollowUp {
		schemeIds = List.copyOf(schemeIds);
	}

}
