// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong in a local scheme document.
 *
 * @param code what is wrong, for the message bundle ({@code schemes.editor.problem.<code>}): {@code file} for an
 * error of the strict reader (the reason is then in {@code detail}), or a plausibility check such as
 * {@code percentage}
 * @param path where in the document, such as {@code parameters.inkomensgrens.waarden.0.waarde}; null when only the
 * line is known
 * @param line the line in the YAML text, 0 when not known
 * @param detail the reader's reason or the value concerned
 */
public record SchemeProblem(String code, @Nullable String path, int line, String detail) {

}
