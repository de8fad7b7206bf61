// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** Regelingen: every income-support scheme as dated, sourced rules that explain what a household may get and why. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "paper", "region" })
@org.jspecify.annotations.NullMarked
package nl.schakel.schemes;
