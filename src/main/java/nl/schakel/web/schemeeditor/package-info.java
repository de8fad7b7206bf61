// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/**
 * The back-office editor of local schemes: municipal staff draft changes and a second member of staff approves them.
 */
@NullMarked
package nl.schakel.web.schemeeditor;

import org.jspecify.annotations.NullMarked;
