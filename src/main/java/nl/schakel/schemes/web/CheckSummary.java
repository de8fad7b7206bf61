// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Money;

/**
 * The answers as short statements for the result page ("Uw antwoorden"), each with a "Wijzig" link to its screen.
 *
 * @param lines one line per answered screen, in the order of the screens
 */
record CheckSummary(List<Line> lines) {

	/**
	 * One answer.
	 *
	 * @param step the screen's slug, for the "Wijzig" link
	 * @param label message key of the short question
	 * @param answer message key of the answer
	 * @param args the values the answer message shows
	 */
	record Line(String step, String label, String answer, Object[] args) {
	}

	static CheckSummary of(CheckAnswers a, @Nullable String municipalityName) {
		List<Line> lines = new ArrayList<>();
		for (CheckStep step : CheckStep.values()) {
			String v = a.value(step.key());
			if (v == null) {
				continue;
			}
			String label = "check.step." + step.messageKey() + ".short";
			if (v.equals(CheckAnswers.UNKNOWN)) {
				lines.add(new Line(step.slug, label, "check.summary.unknown", new Object[0]));
				continue;
			}
			lines.add(switch (step) {
				case POSTCODE -> v.equals("-") || municipalityName == null
						? new Line(step.slug, label, "check.summary.municipality.other", new Object[0])
						: new Line(step.slug, label, "check.summary.municipality", new Object[] { municipalityName });
				case PARTNER -> {
					String age = a.value(CheckAnswers.PARTNER_AGE);
					yield v.equals("n") ? new Line(step.slug, label, "check.summary.no", new Object[0])
							: age == null || age.equals(CheckAnswers.UNKNOWN)
									? new Line(step.slug, label, "check.summary.yes", new Object[0])
									: new Line(step.slug, label, "check.summary.partner.age", new Object[] { age });
				}
				case CHILDREN, HOUSEMATES -> v.equals("-") ? new Line(step.slug, label, "check.summary.none", new Object[0])
						: new Line(step.slug, label, "check.summary.ages", new Object[] { v.replace(",", ", ") });
				case AGE -> new Line(step.slug, label, "check.summary.age", new Object[] { v });
				case INCOME -> {
					if (v.startsWith("r")) {
						yield new Line(step.slug, label, "check.step.income.band." + v.substring(1), new Object[0]);
					}
					String[] p = v.split(":");
					yield new Line(step.slug, label, "check.summary.income." + p[2] + p[3],
							new Object[] { money(p[1]) });
				}
				case GROSS_INCOME, ASSETS -> v.startsWith("r")
						? new Line(step.slug, label, "check.step." + step.messageKey() + ".band." + v.substring(1),
								new Object[0])
						: new Line(step.slug, label, "check.summary.amount", new Object[] { money(v.substring(2)) });
				case RENT -> {
					if (v.equals("-")) {
						yield new Line(step.slug, label, "check.summary.rent.none", new Object[0]);
					}
					String[] p = v.split(":");
					yield p[1].equals(CheckAnswers.UNKNOWN)
							? new Line(step.slug, label, "check.summary.rent", new Object[] { money(p[0]) })
							: new Line(step.slug, label, "check.summary.rent.service",
									new Object[] { money(p[0]), money(p[1]) });
				}
				case INSURED, CHILDCARE -> new Line(step.slug, label,
						v.equals("y") ? "check.summary.yes" : "check.summary.no", new Object[0]);
				case WORK -> {
					String partner = a.value(CheckAnswers.PARTNER_WORK);
					String own = v.equals("y") ? "y" : "n";
					yield partner == null ? new Line(step.slug, label, own.equals("y") ? "check.summary.yes" : "check.summary.no", new Object[0])
							: new Line(step.slug, label, "check.summary.work." + own + (partner.equals("y") ? "y" : partner.equals("n") ? "n" : "u"),
									new Object[0]);
				}
				case TAX -> new Line(step.slug, label, "check.summary.amount", new Object[] { money(v) });
				case LOW_INCOME_YEARS -> new Line(step.slug, label, "check.step.lowIncomeYears.option." + v,
						new Object[0]);
			});
		}
		return new CheckSummary(List.copyOf(lines));
	}

	private static String money(String cents) {
		return cents.matches("[0-9]+") ? Money.cents(Long.parseLong(cents)).toString() : "";
	}

}
