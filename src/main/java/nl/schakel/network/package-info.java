// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** Netwerk: the professionals' question board, experience experts and volunteer matching. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "socialmap", "organisation", "region" })
@org.jspecify.annotations.NullMarked
package nl.schakel.network;
