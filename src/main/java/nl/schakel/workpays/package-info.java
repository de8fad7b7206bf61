// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** Werken loont: net household income against hours worked, asking the schemes module what is gained or lost. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "schemes" })
@org.jspecify.annotations.NullMarked
package nl.schakel.workpays;
