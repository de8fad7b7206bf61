// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** The back-office page where municipal staff run a household file through bulk screening. */
@org.jspecify.annotations.NullMarked
package nl.schakel.web.screening;
