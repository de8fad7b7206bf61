// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.util.List;
import java.util.Locale;

/**
 * A field of a signal that a column of a CSV/XLSX file can be mapped to, with header names that suggest it. The
 * headers of the matching platforms' exports are not public (see docs/signals.md), so these are common Dutch and
 * English names; an organisation saves its own mapping.
 */
public enum SignalColumn {

	REFERENCE("kenmerk", "referentie", "signaal id", "signaalnummer", "dossiernummer", "klantnummer", "reference", "id"),
	CREDITOR("schuldeiser", "leverancier", "naam schuldeiser", "creditor"),
	CREDITOR_TYPE("soort schuldeiser", "type vaste last", "soort vaste last", "type schuldeiser", "creditor type"),
	KIND("soort signaal", "type signaal", "signaal", "kind"),
	NAME("naam", "volledige naam", "name"),
	INITIALS("voorletters", "initialen", "initials"),
	INFIX("tussenvoegsel", "tussenvoegsels", "infix"),
	SURNAME("achternaam", "geslachtsnaam", "surname", "last name"),
	BIRTH_DATE("geboortedatum", "birth date", "date of birth"),
	BSN("bsn", "burgerservicenummer"),
	POSTCODE("postcode", "postal code"),
	HOUSE_NUMBER("huisnummer", "huisnr", "house number"),
	ADDITION("toevoeging", "huisnummertoevoeging", "huisletter", "addition"),
	MUNICIPALITY("gemeentecode", "cbs-code gemeente", "municipality code"),
	PHONE("telefoon", "telefoonnummer", "mobiel", "phone"),
	EMAIL("e-mail", "email", "e-mailadres", "mail"),
	AMOUNT("achterstand", "bedrag", "achterstand (eur)", "bedrag achterstand", "hoogte achterstand", "amount"),
	ARREARS_SINCE("achterstand sinds", "datum oudste achterstand", "sinds", "arrears since"),
	ARREARS_MONTHS("aantal maanden", "maanden achterstand", "aantal maanden achterstand", "months in arrears"),
	SIGNAL_DATE("datum signaal", "signaaldatum", "aanleverdatum", "datum", "signal date"),
	END_OF_SUPPLY_DATE("datum einde levering", "einde levering", "eindedatum levering", "end of supply"),
	PRIOR_CONTACT("persoonlijk contact", "contact geprobeerd", "personal contact"),
	PRIOR_DEBT_HELP("gewezen op schuldhulp", "schuldhulp genoemd", "pointed to debt help"),
	PRIOR_REMINDER_DATE("datum herinnering", "herinnering", "datum aanmaning", "written reminder"),
	PRIOR_OFFER("aanbod gegevens delen", "aanbod doorgeven", "offered to share"),
	TENANT_OBJECTED("bezwaar huurder", "bezwaar", "tenant objected");

	private final List<String> headers;

	SignalColumn(String... headers) {
		this.headers = List.of(headers);
	}

	List<String> headers() {
		return headers;
	}

	/** The form field and message key part: "house-number". */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Whether the field only exists in a platform export, where one file holds several creditors. */
	public boolean platformOnly() {
		return this == CREDITOR;
	}

}
