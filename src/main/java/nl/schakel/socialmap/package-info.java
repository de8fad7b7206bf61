// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** Sociale kaart: one map of all help offered in the region, searchable, printable and exchangeable as Open Referral HSDS. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "organisation", "paper", "region" })
@org.jspecify.annotations.NullMarked
package nl.schakel.socialmap;
