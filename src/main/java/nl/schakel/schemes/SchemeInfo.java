// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A scheme as the catalogue, the check's result and the booklet present it.
 *
 * @param id the scheme id, stable in URLs
 * @param name its name
 * @param source the law or regulation it comes from
 * @param municipality CBS code of the municipality for a local scheme; null for a national one
 * @param validFrom first day a local scheme applies; null for national schemes (their parameters carry dates)
 * @param validUntil last day a local scheme applies, if it ends
 * @param about description, how to apply, documents, processing time
 */
public record SchemeInfo(String id, Text name, Source source, @Nullable String municipality,
		@Nullable LocalDate validFrom, @Nullable LocalDate validUntil, About about) {

	public boolean local() {
		return municipality != null;
	}

}
