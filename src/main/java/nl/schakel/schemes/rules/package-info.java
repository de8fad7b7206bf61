// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** The rules: scheme files and their parameters, the national schemes, and how they are evaluated. */
@org.jspecify.annotations.NullMarked
package nl.schakel.schemes.rules;
