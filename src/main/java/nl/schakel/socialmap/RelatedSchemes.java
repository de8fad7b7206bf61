// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Regelingen that fit help in the sociale kaart ("Regelingen die hierbij passen"). The web shell, which knows the
 * regelingen, supplies it; the sociale kaart only asks, so it does not depend on the schemes module.
 */
public interface RelatedSchemes {

	/** A scheme to link to, named in the reader's language. */
	record Link(String name, String href) {
	}

	/**
	 * The schemes whose related help includes one of these needs or a narrower need under one of them.
	 *
	 * @param needCodes codes of the needs taxonomy, such as {@code geld-schulden.toeslagen-regelingen}
	 * @param municipality CBS code whose local schemes count too; null for the reader's own municipality, if known
	 */
	List<Link> forNeeds(Collection<String> needCodes, @Nullable String municipality, Locale locale);

}
