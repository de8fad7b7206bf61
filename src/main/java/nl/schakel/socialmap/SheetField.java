// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.util.List;
import java.util.Locale;

/** Our fields that a column of a partner's spreadsheet can be mapped to, with header names that suggest them. */
public enum SheetField {

	ORGANISATION_NAME("organisatie", "organisation", "organization", "aanbieder", "provider"),
	ORGANISATION_WEBSITE("website organisatie", "organisation website"),
	ORGANISATION_EMAIL("e-mail organisatie", "organisation email"),
	SERVICE_NAME("naam", "dienst", "activiteit", "service", "name", "aanbod"),
	SERVICE_DESCRIPTION("omschrijving", "beschrijving", "description"),
	SERVICE_EMAIL("e-mail", "email", "mail"), SERVICE_URL("website", "url", "link", "site"),
	PHONE("telefoon", "telefoonnummer", "phone", "tel"), ADDRESS("adres", "straat", "address", "street"),
	POSTCODE("postcode", "postal code", "zip"), CITY("plaats", "woonplaats", "city", "town"),
	LATITUDE("latitude", "breedtegraad", "lat"), LONGITUDE("longitude", "lengtegraad", "lon", "lng"),
	OPENING_HOURS("openingstijden", "open", "opening hours", "tijden"), FEES("kosten", "prijs", "fees", "costs"),
	ELIGIBILITY("voor wie", "doelgroep", "eligibility", "who"), REFERENCE("id", "kenmerk", "code", "reference");

	private final List<String> headers;

	SheetField(String... headers) {
		this.headers = List.of(headers);
	}

	List<String> headers() {
		return headers;
	}

	public boolean required() {
		return this == ORGANISATION_NAME || this == SERVICE_NAME;
	}

	/** The form field and message key part: "organisation-name". */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
