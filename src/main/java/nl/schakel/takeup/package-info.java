// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** Gebruik van regelingen: the optional follow-up e-mail after four weeks and the anonymous take-up figures it feeds. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "paper", "privacy", "region", "schemes" })
@org.jspecify.annotations.NullMarked
package nl.schakel.takeup;
