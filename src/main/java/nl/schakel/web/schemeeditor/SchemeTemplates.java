// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web.schemeeditor;

import java.time.LocalDate;
import java.util.List;

import nl.schakel.web.schemeeditor.SchemeForm.Amount;
import nl.schakel.web.schemeeditor.SchemeForm.Cond;
import nl.schakel.web.schemeeditor.SchemeForm.Param;
import nl.schakel.web.schemeeditor.SchemeForm.TermRow;
import nl.schakel.web.schemeeditor.SchemeForm.Value;

/**
 * The starting points for a new local scheme: the parameters, conditions and amount rules every scheme of a template
 * needs. Texts, values and sources are left empty on purpose: the author must fill them in with their source.
 */
final class SchemeTemplates {

	static final List<String> KEYS = List.of("vast_bedrag", "bijzondere_bijstand");

	private SchemeTemplates() {
	}

	static SchemeForm of(String template, String municipality, LocalDate from) {
		TermRow none = new TermRow(false, "", "", "");
		Cond residence = new Cond("woonplaats", "een", List.of(new TermRow(false, "woont_in_gemeente", "ja", "")), "", "",
				"", "Deze regeling is alleen voor inwoners van onze gemeente.",
				"This scheme is only for residents of our municipality.");
		Cond income = new Cond("inkomen", "een", List.of(new TermRow(false, "inkomen_tot_procent_van_norm",
				"inkomensgrens", "")), "", "", "", "Uw netto inkomen van {waarde} per maand is hoger dan de grens van {grens}.",
				"Your net income of {waarde} a month is above the limit of {grens}.");
		Value empty = new Value(from.toString(), "", "", "");
		if (template.equals("bijzondere_bijstand")) {
			return form(template, municipality, from, List.of(new Param("kosten", "euro", "", List.of(empty)),
					new Param("draagkrachtgrens", "procent", "", List.of(empty)),
					new Param("draagkrachtpercentage", "procent", "", List.of(empty))),
					List.of(residence,
							new Cond("draagkracht", "een", List.of(new TermRow(false, "kosten_boven_draagkracht", "ja", "")),
									"", "", "", "Met uw inkomen kunt u deze kosten zelf betalen.",
									"With your income you can pay these costs yourself."),
							new Cond("noodzakelijk", "een", List.of(new TermRow(false, "beoordeling_gemeente", "ja", "")), "",
									"", "", "De gemeente kijkt of de kosten nodig zijn.",
									"The municipality checks whether the costs are necessary.")),
					List.of());
		}
		return form("vast_bedrag", municipality, from, List.of(new Param("inkomensgrens", "procent", "", List.of(empty)),
				new Param("bijdrage", "euro", "", List.of(empty))), List.of(residence, income),
				List.of(new Amount("per_jaar", "bijdrage", "", "", none)));
	}

	private static SchemeForm form(String template, String municipality, LocalDate from, List<Param> parameters,
			List<Cond> conditions, List<Amount> amounts) {
		return new SchemeForm("", municipality, template, from.toString(), "", "", "", "", "", "", "", "", "", "", "nee",
				List.of(), parameters, conditions, amounts, "");
	}

}
