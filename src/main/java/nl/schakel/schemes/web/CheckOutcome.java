// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.About;
import nl.schakel.schemes.ConditionResult;
import nl.schakel.schemes.Evaluation;
import nl.schakel.schemes.Household;
import nl.schakel.schemes.IncomeDistance;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Question;
import nl.schakel.schemes.RelatedHelp;
import nl.schakel.schemes.SchemeInfo;
import nl.schakel.schemes.SchemeResult;
import nl.schakel.schemes.Schemes;
import nl.schakel.schemes.Source;
import nl.schakel.schemes.Status;
import nl.schakel.schemes.Text;

/**
 * What the result page shows: per scheme the verdict, the amount, why (or why not), and how to apply; the schemes the
 * check could not calculate; and what changed after the resident changed an answer.
 *
 * @param date the day the rules were read
 * @param schemes the schemes with RECHT, MOGELIJK or GEEN_RECHT, most valuable first within each status
 * @param unknown the schemes the check could not calculate
 * @param changes what changed compared with the answers before the last change; empty without one
 * @param help related help from the sociale kaart
 */
record CheckOutcome(LocalDate date, List<SchemeView> schemes, List<SchemeView> unknown, List<Change> changes,
		List<RelatedHelp.Service> help) {

	/** A text in the resident's language, or in Dutch when it has no translation (the page says so). */
	record LocalText(String text, String lang, boolean translated) {

		static LocalText of(Text text, Locale locale) {
			return switch (locale.getLanguage()) {
				case "nl" -> new LocalText(text.nl(), "nl", true);
				case "en" -> new LocalText(text.en(), "en", true);
				default -> new LocalText(text.nl(), "nl", false);
			};
		}

	}

	/**
	 * An amount for the page in whole euros, Dutch notation in every language: exact, a range, or open-ended.
	 *
	 * @param low the lower end ("€ 0")
	 * @param high the upper end; null when there is none
	 */
	record Amount(String low, @Nullable String high) {

		static Amount of(MoneyRange range) {
			String low = euros(range.min());
			if (range.isUnbounded() || range.max().greaterThan(Money.euros(10_000_000))) {
				return new Amount(low, null);
			}
			String high = euros(range.max());
			return new Amount(low, high.equals(low) ? low : high);
		}

		public boolean exact() {
			return low.equals(high);
		}

		/** "€ 129" or "€ 98 – € 129"; an open-ended amount shows its lower end. */
		public String text() {
			return high == null || exact() ? low : low + " – " + high;
		}

		public boolean open() {
			return high == null;
		}

	}

	/** One scheme on the page. */
	record SchemeView(String id, Status status, LocalText name, @Nullable LocalText description, Amount perMonth,
			Amount perYear, boolean yearly, List<LocalText> reasons, @Nullable String distanceKey,
			@Nullable String distanceAmount, List<LocalText> unsure, List<Question> open, Source source,
			About.@Nullable Apply apply, @Nullable LocalText howTo, List<LocalText> documents,
			@Nullable LocalText processingTime, long value) {

		public boolean allTranslated() {
			return name.translated();
		}

	}

	/** What changed for one scheme after the resident changed an answer. */
	record Change(LocalText name, Status before, Status after, Amount amountBefore, Amount amountAfter,
			boolean yearly) {
	}

	/** Schemes shown per month first; these are paid once a year or are a yearly budget, and show per year. */
	private static final Set<String> YEARLY_NATIONAL = Set.of("kwijtschelding");

	static CheckOutcome of(Map<String, SchemeInfo> infos, Evaluation evaluation, Household household,
			@Nullable Evaluation before, List<RelatedHelp.Service> help, Locale locale) {
		List<SchemeView> shown = new ArrayList<>();
		List<SchemeView> unknown = new ArrayList<>();
		for (SchemeResult r : evaluation.results()) {
			SchemeView view = view(infos, r, household, locale);
			(r.status() == Status.ONBEKEND ? unknown : shown).add(view);
		}
		Comparator<SchemeView> order = Comparator.comparing((SchemeView v) -> rank(v.status()))
			.thenComparing(Comparator.comparingLong(SchemeView::value).reversed());
		shown.sort(order);
		List<Change> changes = new ArrayList<>();
		if (before != null) {
			for (SchemeResult now : evaluation.results()) {
				SchemeResult then = before.result(now.schemeId()).orElse(null);
				if (then == null) {
					continue;
				}
				boolean yearly = yearly(infos, now.schemeId());
				MoneyRange a = yearly ? then.perYear() : then.perMonth();
				MoneyRange b = yearly ? now.perYear() : now.perMonth();
				if (then.status() != now.status() || !Amount.of(a).equals(Amount.of(b))) {
					changes.add(new Change(LocalText.of(now.name(), locale), then.status(), now.status(), Amount.of(a),
							Amount.of(b), yearly));
				}
			}
		}
		return new CheckOutcome(evaluation.referenceDate(), shown, unknown, changes, help);
	}

	/** A status and its schemes, for the page's sections. */
	record Group(Status status, List<SchemeView> schemes) {
	}

	/** The schemes by status, in the order RECHT, MOGELIJK, GEEN_RECHT; empty groups left out. */
	public List<Group> groups() {
		List<Group> groups = new ArrayList<>();
		for (Status status : List.of(Status.RECHT, Status.MOGELIJK, Status.GEEN_RECHT)) {
			List<SchemeView> in = schemes.stream().filter(s -> s.status() == status).toList();
			if (!in.isEmpty()) {
				groups.add(new Group(status, in));
			}
		}
		return groups;
	}

	/** The needs of the sociale kaart that fit the schemes the resident may get, then the others. */
	static List<String> needs(Map<String, SchemeInfo> infos, Evaluation evaluation) {
		Set<String> first = new LinkedHashSet<>();
		Set<String> then = new LinkedHashSet<>();
		for (SchemeResult r : evaluation.results()) {
			SchemeInfo info = infos.get(r.schemeId());
			if (info != null) {
				(r.status() == Status.RECHT || r.status() == Status.MOGELIJK ? first : then).addAll(info.about().help());
			}
		}
		first.addAll(then);
		// One search per need: six needs fill the six places and keep the result page fast.
		return first.stream().limit(6).toList();
	}

	private static int rank(Status status) {
		return switch (status) {
			case RECHT -> 0;
			case MOGELIJK -> 1;
			case GEEN_RECHT -> 2;
			case ONBEKEND -> 3;
		};
	}

	static boolean yearly(Map<String, SchemeInfo> infos, String id) {
		SchemeInfo info = infos.get(id);
		return YEARLY_NATIONAL.contains(id) || (info != null && info.local());
	}

	/** What the catalogue says about every scheme of an engine, by id; built once per engine. */
	static Map<String, SchemeInfo> infos(Schemes engine) {
		Map<String, SchemeInfo> infos = new java.util.HashMap<>();
		for (String id : engine.ids()) {
			engine.info(id).ifPresent(info -> infos.put(id, info));
		}
		return Map.copyOf(infos);
	}

	private static SchemeView view(Map<String, SchemeInfo> infos, SchemeResult r, Household household, Locale locale) {
		SchemeInfo info = infos.get(r.schemeId());
		About about = info == null ? null : info.about();
		List<LocalText> reasons = r.failing().stream().map(c -> LocalText.of(c.explanation(), locale)).toList();
		List<LocalText> unsure = r.undecided().stream().map(ConditionResult::explanation)
			.map(t -> LocalText.of(t, locale)).distinct().toList();
		String distanceKey = null;
		String distanceAmount = null;
		IncomeDistance d = r.distance();
		if (d != null && r.status() == Status.GEEN_RECHT) {
			boolean monthly = d.question() == Question.NET_INCOME;
			MoneyRange income = monthly ? household.applicant().monthlyNetIncome() : household.applicant().yearlyIncome();
			if (income.isKnown() && income.min().greaterThan(d.limit())) {
				Money gap = income.min().minus(d.limit());
				// "Met € 40 per maand minder inkomen": a yearly gap is told per month too, as people budget per month.
				Money perMonth = monthly ? gap : Money.ofEuros(gap.euros().divide(java.math.BigDecimal.valueOf(12), 2,
						RoundingMode.UP), RoundingMode.UNNECESSARY);
				distanceKey = "check.result.distance.less";
				distanceAmount = euros(perMonth.max(Money.euros(1)), RoundingMode.UP);
			}
			else {
				distanceKey = monthly ? "check.result.distance.limit.month" : "check.result.distance.limit.year";
				distanceAmount = euros(d.limit(), RoundingMode.DOWN);
			}
		}
		boolean yearly = yearly(infos, r.schemeId());
		MoneyRange value = r.perYear();
		long sort = value.isUnbounded() ? value.min().cents() : value.max().cents();
		Source source = info != null ? info.source() : r.sources().isEmpty() ? new Source("", "") : r.sources().getFirst();
		return new SchemeView(r.schemeId(), r.status(), LocalText.of(r.name(), locale),
				about == null ? null : LocalText.of(about.description(), locale), Amount.of(r.perMonth()),
				Amount.of(r.perYear()), yearly, reasons, distanceKey, distanceAmount, unsure,
				r.open().stream().sorted().toList(), source, about == null ? null : about.apply(),
				about == null || about.apply().howTo() == null ? null : LocalText.of(about.apply().howTo(), locale),
				about == null ? List.of() : about.documents().stream().map(t -> LocalText.of(t, locale)).toList(),
				about == null || about.processingTime() == null ? null : LocalText.of(about.processingTime(), locale),
				sort);
	}

	static String euros(Money money) {
		return euros(money, RoundingMode.HALF_UP);
	}

	/** Whole euros in Dutch notation: "€ 1.234". */
	static String euros(Money money, RoundingMode rounding) {
		return money.toWholeEuros(rounding).toString();
	}

}
