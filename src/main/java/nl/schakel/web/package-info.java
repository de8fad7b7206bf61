// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/** The thin web shell: layout, home page, language, errors and security; capability pages live in their modules. */
@org.jspecify.annotations.NullMarked
package nl.schakel.web;
