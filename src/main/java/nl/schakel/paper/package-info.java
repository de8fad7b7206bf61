// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** Paper: tagged PDF (PDF/UA) rendering with the bundled font, QR codes and the public address for every printed output. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package nl.schakel.paper;
