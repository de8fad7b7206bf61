// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

/**
 * One condition of a scheme and how it came out for this household.
 *
 * @param id stable id within the scheme, e.g. "vermogen"
 * @param outcome TRUE when it holds, FALSE when it fails, UNKNOWN when it depends on an open question
 * @param explanation why it fails (or may fail), in B1 Dutch and English, with the amounts filled in
 * @param source the article it comes from
 */
public record ConditionResult(String id, Tri outcome, Text explanation, Source source) {
}
