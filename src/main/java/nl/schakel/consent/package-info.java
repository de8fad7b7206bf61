// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** Toestemming: consent a resident gives for sharing their data, recorded, dated and revocable. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "organisation", "privacy" })
@org.jspecify.annotations.NullMarked
package nl.schakel.consent;
