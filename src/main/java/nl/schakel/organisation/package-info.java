// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** Organisations of the sociale basis, the municipality and creditors, their members, roles and API clients. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "region" })
@org.jspecify.annotations.NullMarked
package nl.schakel.organisation;
