// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

/**
 * Why a claim, an edit or a review of a listing cannot go ahead, as a message key the web layer shows. Nothing has
 * changed when it is thrown.
 */
public final class ListingRefused extends RuntimeException {

	private final String code;

	ListingRefused(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return code;
	}

}
