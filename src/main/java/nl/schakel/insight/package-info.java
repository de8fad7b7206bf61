// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** Inzicht: privacy-safe indicators per neighbourhood, built only from events of other modules. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "region" })
@org.jspecify.annotations.NullMarked
package nl.schakel.insight;
