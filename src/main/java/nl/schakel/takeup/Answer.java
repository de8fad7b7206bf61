// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.takeup;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A resident's answer about one scheme, four weeks after the check. It carries no personal data.
 *
 * @param schemeId the scheme
 * @param applied whether they applied
 * @param received whether they got it; null when they did not apply
 * @param obstacle what stood in the way, one of {@link #OBSTACLES}; null when not answered
 * @param remark an optional short remark, at most 300 characters
 */
public record Answer(String schemeId, boolean applied, @Nullable Received received, @Nullable String obstacle,
		@Nullable String remark) {

	/** The choices for "Wat stond in de weg?", in the order the page shows them. */
	public static final List<String> OBSTACLES = List.of("geen", "niet_geweten", "moeilijk", "papieren", "terugbetalen",
			"schaamte", "tijd", "niet_nodig", "anders");

	public static final int MAX_REMARK = 300;

	/** "Kreeg u het?" */
	public enum Received {

		JA, NEE, WACHT;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public Answer {
		if (!applied && received != null) {
			throw new IllegalArgumentException("Only an application can be received");
		}
		if (obstacle != null && !OBSTACLES.contains(obstacle)) {
			throw new IllegalArgumentException("Unknown obstacle");
		}
		if (remark != null && remark.length() > MAX_REMARK) {
			throw new IllegalArgumentException("Remark too long");
		}
	}

}
