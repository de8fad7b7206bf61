// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a resident needs besides the rules: what the scheme is for, how to apply, what to bring and how long it
 * usually takes. Kept in the scheme file, so the check, the catalogue and the booklet say the same.
 *
 * @param theme the booklet chapter
 * @param description what the scheme is for, in B1 Dutch and English
 * @param apply where and how to apply
 * @param documents what to bring or send
 * @param processingTime how long a decision usually takes; null when the file does not say
 * @param help codes in the sociale kaart's needs taxonomy of help that fits (e.g. geld-schulden.toeslagen-regelingen)
 */
public record About(Theme theme, Text description, Apply apply, List<Text> documents, @Nullable Text processingTime,
		List<String> help) {

	public About {
		documents = List.copyOf(documents);
		help = List.copyOf(help);
	}

	/**
	 * Where to apply: a web page, a form, an organisation in the sociale kaart, and what to do in words.
	 *
	 * @param link the page where one applies
	 * @param form a form to download
	 * @param organisation an organisation id in the sociale kaart that helps with the application
	 * @param howTo the steps in words, when a link alone does not say it (e.g. "you need not apply")
	 */
	public record Apply(@Nullable String link, @Nullable String form, @Nullable String organisation,
			@Nullable Text howTo) {
	}

}
