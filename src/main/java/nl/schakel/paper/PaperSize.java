// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.paper;

/** The paper sizes Schakel prints on, with their CSS page size. */
public enum PaperSize {

	A5, A4, A3;

	/** The value of the CSS {@code @page size} property. */
	public String css() {
		return name();
	}

}
