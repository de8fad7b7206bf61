// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

/**
 * A scheme's outcome without its explanation: what {@link Schemes#decide} returns.
 *
 * @param schemeId the scheme
 * @param status RECHT, GEEN_RECHT, MOGELIJK or ONBEKEND, as the full evaluation would say
 * @param perYear the amount per year; zero without entitlement, unknown for ONBEKEND
 */
public record Decision(String schemeId, Status status, MoneyRange perYear) {
}
