// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

/**
 * One named step of a calculation, with its value (a range when inputs are unknown) and where the rule comes from.
 *
 * @param id stable id within the scheme, e.g. "normpremie"
 * @param label what the step is, in Dutch and English
 * @param value the amount
 * @param source the article or publication behind the step
 */
public record CalculationStep(String id, Text label, MoneyRange value, Source source) {
}
