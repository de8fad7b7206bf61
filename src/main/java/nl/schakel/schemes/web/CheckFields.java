// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Money;

/** The form fields of a screen filled in from earlier answers, so that "Wijzig" and "Terug" show what was given. */
final class CheckFields {

	private CheckFields() {
	}

	static Map<String, String> of(CheckStep step, CheckAnswers a) {
		Map<String, String> f = new HashMap<>();
		String v = a.value(step.key());
		if (v == null) {
			return f;
		}
		switch (step) {
			case POSTCODE -> f.put("gemeente", v.equals("-") ? "anders" : v);
			case PARTNER -> {
				f.put("partner", yesNo(v));
				String age = a.value(CheckAnswers.PARTNER_AGE);
				if (age != null && !age.equals(CheckAnswers.UNKNOWN)) {
					f.put("partnerleeftijd", age);
				}
			}
			case CHILDREN, HOUSEMATES -> {
				String name = step == CheckStep.CHILDREN ? "kinderen" : "huisgenoten";
				f.put(name, v.equals("-") ? "nee" : v.equals(CheckAnswers.UNKNOWN) ? "onbekend" : "ja");
				if (v.matches("[0-9,]+")) {
					f.put("leeftijden", v.replace(",", ", "));
				}
			}
			case AGE -> f.put("leeftijd", v.equals(CheckAnswers.UNKNOWN) ? "" : v);
			case INCOME -> {
				if (v.startsWith("r")) {
					f.put("inkomen", v);
				}
				else if (v.startsWith("e:")) {
					String[] p = v.split(":");
					f.put("inkomen", "bedrag");
					f.put("bedrag", euros(p[1]));
					f.put("periode", p[2].equals("y") ? "jaar" : "maand");
					f.put("soort", p[3].equals("b") ? "bruto" : "netto");
				}
			}
			case GROSS_INCOME, ASSETS -> {
				String name = step == CheckStep.ASSETS ? "spaargeld" : "brutoinkomen";
				if (v.startsWith("r")) {
					f.put(name, v);
				}
				else if (v.startsWith("e:")) {
					f.put(name, "bedrag");
					f.put("bedrag", euros(v.substring(2)));
				}
			}
			case INSURED -> f.put("zorgverzekering", yesNo(v));
			case RENT -> {
				f.put("huur", v.equals("-") ? "nee" : v.equals(CheckAnswers.UNKNOWN) ? "onbekend" : "ja");
				if (v.contains(":")) {
					String[] p = v.split(":");
					f.put("kalehuur", euros(p[0]));
					if (!p[1].equals(CheckAnswers.UNKNOWN)) {
						f.put("servicekosten", euros(p[1]));
					}
				}
			}
			case WORK -> {
				f.put("werk", yesNo(v));
				String partner = a.value(CheckAnswers.PARTNER_WORK);
				if (partner != null) {
					f.put("werkpartner", yesNo(partner));
				}
			}
			case CHILDCARE -> f.put("kinderopvang", yesNo(v));
			case TAX -> f.put("belasting", v.equals(CheckAnswers.UNKNOWN) ? "" : euros(v));
			case LOW_INCOME_YEARS -> f.put("laaginkomen", v);
		}
		return f;
	}

	private static String yesNo(String v) {
		return v.equals("y") ? "ja" : v.equals("n") ? "nee" : "onbekend";
	}

	/** Cents as a resident would type them: "1250" or "1250,50". */
	static String euros(@Nullable String cents) {
		if (cents == null || !cents.matches("[0-9]+")) {
			return "";
		}
		Money m = Money.cents(Long.parseLong(cents));
		long rest = m.cents() % 100;
		return m.cents() / 100 + (rest == 0 ? "" : "," + (rest < 10 ? "0" : "") + rest);
	}

}
