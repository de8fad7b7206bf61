// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

/**
 * How far the household is from entitlement: with an income up to {@code limit} (everything else the same) it
 * would be entitled.
 *
 * @param question which income is meant (yearly toetsingsinkomen or monthly net income)
 * @param limit the highest income that would still give entitlement
 * @param text "Bij een inkomen tot en met € X zou u recht hebben", in Dutch and English
 */
public record IncomeDistance(Question question, Money limit, Text text) {
}
