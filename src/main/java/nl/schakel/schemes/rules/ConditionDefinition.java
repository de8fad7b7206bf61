// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import nl.schakel.schemes.Source;
import nl.schakel.schemes.Text;

/**
 * The texts of one condition, from the scheme file.
 *
 * @param id the condition's id
 * @param source the article it comes from
 * @param whenFailing the explanation when it fails; may hold {grens} and {waarde}
 */
public record ConditionDefinition(String id, Source source, Text whenFailing) {
}
