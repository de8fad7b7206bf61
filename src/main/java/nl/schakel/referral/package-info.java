// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** Warme overdracht: referrals of a resident between organisations, only with recorded consent, that close the loop. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "consent", "socialmap", "audit", "organisation", "privacy", "region" })
@org.jspecify.annotations.NullMarked
package nl.schakel.referral;
