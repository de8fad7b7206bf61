// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
/**
 * The catalogue of regelingen for residents: the overview per municipality, a page per scheme, the printed booklet,
 * and the links between regelingen and the sociale kaart. It sits in the web shell because it joins the schemes, the
 * sociale kaart, the region and the paper modules.
 */
@org.jspecify.annotations.NullMarked
package nl.schakel.web.catalogue;
