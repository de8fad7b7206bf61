// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/**
 * Bulk screening: a file of households through a list of schemes, streaming, to find households that probably miss
 * a scheme. No Spring in the per-row path, so the same classes can run inside a distributed engine later.
 */
@org.springframework.modulith.NamedInterface("bulk")
@org.jspecify.annotations.NullMarked
package nl.schakel.schemes.bulk;
