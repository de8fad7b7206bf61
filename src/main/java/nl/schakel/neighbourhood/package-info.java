// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** Wijk: neighbourhood life, lending and helping, events and the shared workspace. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "socialmap", "organisation", "region" })
@org.jspecify.annotations.NullMarked
package nl.schakel.neighbourhood;
