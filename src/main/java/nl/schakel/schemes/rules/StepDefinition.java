// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import nl.schakel.schemes.Source;
import nl.schakel.schemes.Text;

/** The label and source of one calculation step, from the scheme file. */
public record StepDefinition(String id, Text label, Source source) {
}
