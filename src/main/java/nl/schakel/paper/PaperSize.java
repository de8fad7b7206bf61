// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.paper;

/** Paper sizes booklets and posters come in, with the CSS page size. */
public enum PaperSize {

	A5, A4, A3;

	/** The CSS {@code @page} size. */
	public String css() {
		return name();
	}

}
