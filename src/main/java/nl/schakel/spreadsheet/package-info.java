// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** Uploaded CSV and XLSX files read as numbered rows of text, with size, encoding and ZIP limits. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package nl.schakel.spreadsheet;
