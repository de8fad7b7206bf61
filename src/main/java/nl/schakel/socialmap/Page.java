// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.util.List;

/** One page of results, numbered from 1 as in the HSDS API. */
public record Page<T>(List<T> contents, long totalItems, int pageNumber, int size) {

	public int totalPages() {
		return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
	}

	public boolean firstPage() {
		return pageNumber == 1;
	}

	public boolean lastPage() {
		return pageNumber >= totalPages();
	}

}
