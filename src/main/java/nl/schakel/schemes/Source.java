// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

/** A legal source: the title of an article or publication and where to read it (wetten.overheid.nl and the like). */
public record Source(String title, String url) {
}
