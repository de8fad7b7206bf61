// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Money;

/**
 * Reads the answer of one screen from the posted fields. A problem names the field and a message key, so the page can
 * show the error summary and the message next to the field; the other answers stay as they were.
 */
final class CheckForm {

	static final int MIN_AGE = 18;

	static final int MAX_AGE = 120;

	/** More people than this on one screen is almost surely a typing error; the page says where to get help. */
	static final int MAX_PEOPLE = 12;

	/** Above a million euros a month an amount is a typing error, not an income. */
	static final Money MAX_PER_MONTH = Money.euros(1_000_000);

	static final Money MAX_PER_YEAR = Money.euros(12_000_000);

	static final Money MAX_ASSETS = Money.euros(100_000_000);

	/** A problem with one field: its id in the page and the message key. */
	record Problem(String field, String message) {
	}

	/** The new answers, or the problems (never both). */
	record Outcome(CheckAnswers answers, List<Problem> problems) {

		boolean ok() {
			return problems.isEmpty();
		}

	}

	private final Map<String, String> fields;

	private final List<Problem> problems = new ArrayList<>();

	private CheckForm(Map<String, String> fields) {
		this.fields = fields;
	}

	/**
	 * Reads the answer to one screen (not the postcode, which needs the region). {@code unknown} is the "Weet ik
	 * niet" button.
	 */
	static Outcome read(CheckStep step, CheckAnswers answers, Map<String, String> fields, boolean unknown) {
		if (unknown) {
			CheckAnswers a = answers.with(step.key(), CheckAnswers.UNKNOWN);
			if (step == CheckStep.PARTNER) {
				a = a.with(CheckAnswers.PARTNER_AGE, null);
			}
			if (step == CheckStep.WORK) {
				a = a.with(CheckAnswers.PARTNER_WORK, CheckAnswers.UNKNOWN);
			}
			return new Outcome(a, List.of());
		}
		CheckForm form = new CheckForm(new LinkedHashMap<>(fields));
		CheckAnswers next = form.apply(step, answers);
		return new Outcome(form.problems.isEmpty() ? next : answers, List.copyOf(form.problems));
	}

	private CheckAnswers apply(CheckStep step, CheckAnswers a) {
		return switch (step) {
			case POSTCODE -> throw new IllegalArgumentException("the postcode screen is read by the controller");
			case PARTNER -> partner(a);
			case CHILDREN -> people(a, CheckAnswers.CHILDREN, "kinderen", 0, 17, "check.error.children");
			case HOUSEMATES -> people(a, CheckAnswers.HOUSEMATES, "huisgenoten", 0, MAX_AGE, "check.error.housemates");
			case AGE -> {
				Integer age = age("leeftijd", MIN_AGE, "check.error.age");
				yield age == null ? a : a.with(CheckAnswers.AGE, age.toString());
			}
			case INCOME -> income(a);
			case GROSS_INCOME -> bandOrAmount(a, CheckAnswers.GROSS_INCOME, "brutoinkomen", CheckHousehold.GROSS_YEAR_BANDS,
					MAX_PER_YEAR);
			case ASSETS -> bandOrAmount(a, CheckAnswers.ASSETS, "spaargeld", CheckHousehold.ASSET_BANDS, MAX_ASSETS);
			case INSURED -> choice(a, CheckAnswers.INSURED, "zorgverzekering");
			case RENT -> rent(a);
			case WORK -> {
				CheckAnswers w = choice(a, CheckAnswers.WORK, "werk");
				if (!"n".equals(a.value(CheckAnswers.PARTNER)) && a.has(CheckAnswers.PARTNER)) {
					w = choice(w, CheckAnswers.PARTNER_WORK, "werkpartner");
				}
				yield w;
			}
			case CHILDCARE -> choice(a, CheckAnswers.CHILDCARE, "kinderopvang");
			case TAX -> {
				Money tax = amount("belasting", MAX_PER_YEAR);
				yield tax == null ? a : a.with(CheckAnswers.TAX, Long.toString(tax.cents()));
			}
			case LOW_INCOME_YEARS -> {
				String v = field("laaginkomen");
				if (v == null || !v.matches("[0-5]")) {
					problem("laaginkomen-0", "check.error.choose");
					yield a;
				}
				yield a.with(CheckAnswers.LOW_INCOME_YEARS, v);
			}
		};
	}

	private CheckAnswers partner(CheckAnswers a) {
		String has = yesNo("partner");
		if (has == null) {
			problem("partner-ja", "check.error.choose");
			return a;
		}
		if (has.equals("n")) {
			return a.with(CheckAnswers.PARTNER, "n").with(CheckAnswers.PARTNER_AGE, null)
				.with(CheckAnswers.PARTNER_WORK, null);
		}
		String age = CheckAnswers.UNKNOWN;
		if (field("partnerleeftijd") != null) {
			Integer years = age("partnerleeftijd", MIN_AGE, "check.error.partnerAge");
			if (years == null) {
				return a;
			}
			age = years.toString();
		}
		return a.with(CheckAnswers.PARTNER, "y").with(CheckAnswers.PARTNER_AGE, age);
	}

	private CheckAnswers people(CheckAnswers a, String key, String name, int min, int max, String rangeMessage) {
		String has = yesNo(name);
		if (has == null) {
			problem(name + "-ja", "check.error.choose");
			return a;
		}
		if (has.equals("n")) {
			return a.with(key, "-");
		}
		String ages = field("leeftijden");
		if (ages == null) {
			problem("leeftijden", "check.error.ages.empty");
			return a;
		}
		String[] parts = ages.trim().split("\\s*[,;/ ]\\s*|\\s+en\\s+|\\s+and\\s+");
		List<String> out = new ArrayList<>();
		for (String part : parts) {
			if (part.isBlank()) {
				continue;
			}
			if (!part.matches("[0-9]{1,4}")) {
				problem("leeftijden", "check.error.ages.letters");
				return a;
			}
			int years = Integer.parseInt(part);
			if (years < min || years > max) {
				problem("leeftijden", rangeMessage);
				return a;
			}
			out.add(Integer.toString(years));
		}
		if (out.isEmpty()) {
			problem("leeftijden", "check.error.ages.empty");
			return a;
		}
		if (out.size() > MAX_PEOPLE) {
			problem("leeftijden", "check.error.ages.tooMany");
			return a;
		}
		return a.with(key, String.join(",", out));
	}

	private CheckAnswers income(CheckAnswers a) {
		String choice = field("inkomen");
		if (choice == null) {
			problem("inkomen-0", "check.error.choose");
			return a;
		}
		if (choice.matches("r[0-6]")) {
			return a.with(CheckAnswers.INCOME, choice).with(CheckAnswers.GROSS_INCOME, null);
		}
		if (!choice.equals("bedrag")) {
			problem("inkomen-0", "check.error.choose");
			return a;
		}
		String period = field("periode");
		String kind = field("soort");
		boolean monthly = !"jaar".equals(period);
		Money amount = amount("bedrag", monthly ? MAX_PER_MONTH : MAX_PER_YEAR);
		if (amount == null) {
			return a;
		}
		return a.with(CheckAnswers.INCOME, "e:" + amount.cents() + ":" + (monthly ? "m" : "y") + ":"
				+ ("bruto".equals(kind) ? "b" : "n")).with(CheckAnswers.GROSS_INCOME, null);
	}

	private CheckAnswers bandOrAmount(CheckAnswers a, String key, String name, long[] bands, Money highest) {
		String choice = field(name);
		if (choice != null && choice.matches("r[0-9]") && choice.charAt(1) - '0' < bands.length) {
			return a.with(key, choice);
		}
		if (!"bedrag".equals(choice)) {
			problem(name + "-0", "check.error.choose");
			return a;
		}
		Money amount = amount("bedrag", highest);
		return amount == null ? a : a.with(key, "e:" + amount.cents());
	}

	private CheckAnswers rent(CheckAnswers a) {
		String has = yesNo("huur");
		if (has == null) {
			problem("huur-ja", "check.error.choose");
			return a;
		}
		if (has.equals("n")) {
			return a.with(CheckAnswers.RENT, "-");
		}
		Money rent = amount("kalehuur", MAX_PER_MONTH);
		String service = CheckAnswers.UNKNOWN;
		if (field("servicekosten") != null) {
			Money s = amount("servicekosten", MAX_PER_MONTH);
			if (s == null) {
				return a;
			}
			service = Long.toString(s.cents());
		}
		return rent == null ? a : a.with(CheckAnswers.RENT, rent.cents() + ":" + service);
	}

	private CheckAnswers choice(CheckAnswers a, String key, String name) {
		String v = yesNo(name);
		if (v == null) {
			problem(name + "-ja", "check.error.choose");
			return a;
		}
		return a.with(key, v);
	}

	private @Nullable String yesNo(String name) {
		String v = field(name);
		return "ja".equals(v) ? "y" : "nee".equals(v) ? "n" : "onbekend".equals(v) ? CheckAnswers.UNKNOWN : null;
	}

	private @Nullable Integer age(String name, int min, String rangeMessage) {
		String v = field(name);
		if (v == null) {
			problem(name, "check.error.age.empty");
			return null;
		}
		String digits = v.trim();
		if (!digits.matches("[0-9]{1,6}")) {
			problem(name, digits.startsWith("-") ? "check.error.age.negative" : "check.error.age.letters");
			return null;
		}
		int years = Integer.parseInt(digits);
		if (years < min || years > MAX_AGE) {
			problem(name, rangeMessage);
			return null;
		}
		return years;
	}

	private @Nullable Money amount(String name, Money highest) {
		AmountInput.Read read = AmountInput.read(field(name), highest);
		if (read.problem() != null) {
			String suffix = highest.equals(MAX_PER_YEAR) ? ".year" : highest.equals(MAX_ASSETS) ? ".assets" : "";
			problem(name, "check.error.amount." + read.problem().name().toLowerCase(java.util.Locale.ROOT)
					+ (read.problem() == AmountInput.Problem.TOO_HIGH ? suffix : ""));
			return null;
		}
		return read.amount();
	}

	private @Nullable String field(String name) {
		String v = fields.get(name);
		return v == null || v.isBlank() ? null : v;
	}

	private void problem(String field, String message) {
		if (problems.stream().noneMatch(p -> p.field().equals(field))) {
			problems.add(new Problem(field, message));
		}
	}

}
