// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

/**
 * A likely duplicate: the organisation or service in an upload and the one it resembles, already stored
 * ({@code existing}) or earlier in the same upload; {@code reason} is name, similar-name or contact.
 */
public record DuplicateCandidate(String table, String id, String name, String otherId, String otherName,
		boolean existing, String reason) {
}
