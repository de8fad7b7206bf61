// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.region;

import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A neighbourhood (wijk) of a served municipality: the four-digit postcode areas it covers. {@code cbsCode} is the
 * CBS wijkcode when the neighbourhood is a CBS wijk; configured neighbourhoods need not be.
 */
public record Neighbourhood(String id, MunicipalityCode municipality, String name, @Nullable String cbsCode,
		Set<Integer> postcodeAreas) {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern CBS_CODE = Pattern.compile("WK[0-9]{6}");

	public Neighbourhood {
		if (id == null || id.length() > 60 || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("A neighbourhood id is lower-case letters, digits and dashes: " + id);
		}
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new IllegalArgumentException("A neighbourhood needs a name of at most 100 characters: " + id);
		}
		if (cbsCode != null && !CBS_CODE.matcher(cbsCode).matches()) {
			throw new IllegalArgumentException("A CBS wijkcode is WK followed by 6 digits: " + cbsCode);
		}
		if (cbsCode != null && !cbsCode.startsWith("WK" + municipality.value())) {
			throw new IllegalArgumentException("CBS wijkcode " + cbsCode + " is not in municipality " + municipality);
		}
		if (postcodeAreas == null || postcodeAreas.isEmpty()) {
			throw new IllegalArgumentException("A neighbourhood covers at least one postcode area: " + id);
		}
		for (int pc4 : postcodeAreas) {
			if (pc4 < 1000 || pc4 > 9999) {
				throw new IllegalArgumentException("Not a four-digit postcode area: " + pc4);
			}
		}
		postcodeAreas = Set.copyOf(postcodeAreas);
	}

	public boolean covers(Postcode postcode) {
		return postcodeAreas.contains(postcode.digits());
	}

}
