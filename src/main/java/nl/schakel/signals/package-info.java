// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** Vroegsignalering: early-warning signals of arrears from creditors, their triage, outreach and legal retention. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "consent", "socialmap", "schemes", "paper", "audit", "organisation", "privacy", "region" })
@org.jspecify.annotations.NullMarked
package nl.schakel.signals;
