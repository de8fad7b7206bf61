// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.util.Optional;

import nl.schakel.schemes.Evaluation;
import nl.schakel.schemes.Question;
import nl.schakel.schemes.QuestionRank;

/**
 * One screen of the check. After the postcode, the next screen is the one for the first open question in the
 * engine's ranking (the one that settles the most schemes) that was not asked yet; questions that belong together
 * share a screen (partner and partner's age, children and their ages, rent and service costs).
 */
enum CheckStep {

	POSTCODE("postcode", "home"), PARTNER("partner", "couple"), CHILDREN("kinderen", "child"),
	HOUSEMATES("huisgenoten", "people"), AGE("leeftijd", "person"), INCOME("inkomen", "wallet"),
	GROSS_INCOME("bruto-inkomen", "payslip"), ASSETS("spaargeld", "piggy-bank"), INSURED("zorgverzekering", "health"),
	RENT("huur", "key"), WORK("werk", "work"), CHILDCARE("kinderopvang", "blocks"), TAX("gemeentebelasting", "letter"),
	LOW_INCOME_YEARS("laag-inkomen", "calendar");

	/** More screens than this and the check shows the result: the rest stays open ("misschien"). */
	static final int MAX_QUESTIONS = 10;

	final String slug;

	final String icon;

	CheckStep(String slug, String icon) {
		this.slug = slug;
		this.icon = icon;
	}

	/** The part of the message keys of this screen: {@code check.step.<messageKey>.title}. */
	String messageKey() {
		String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
		StringBuilder key = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return key.toString();
	}

	/** Every answer key this screen writes. */
	java.util.List<String> keys() {
		return switch (this) {
			case PARTNER -> java.util.List.of(CheckAnswers.PARTNER, CheckAnswers.PARTNER_AGE);
			case WORK -> java.util.List.of(CheckAnswers.WORK, CheckAnswers.PARTNER_WORK);
			default -> java.util.List.of(key());
		};
	}

	static Optional<CheckStep> bySlug(String slug) {
		for (CheckStep s : values()) {
			if (s.slug.equals(slug)) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}

	/** The key in {@link CheckAnswers} this screen writes first. */
	String key() {
		return switch (this) {
			case POSTCODE -> CheckAnswers.MUNICIPALITY;
			case PARTNER -> CheckAnswers.PARTNER;
			case CHILDREN -> CheckAnswers.CHILDREN;
			case HOUSEMATES -> CheckAnswers.HOUSEMATES;
			case AGE -> CheckAnswers.AGE;
			case INCOME -> CheckAnswers.INCOME;
			case GROSS_INCOME -> CheckAnswers.GROSS_INCOME;
			case ASSETS -> CheckAnswers.ASSETS;
			case INSURED -> CheckAnswers.INSURED;
			case RENT -> CheckAnswers.RENT;
			case WORK -> CheckAnswers.WORK;
			case CHILDCARE -> CheckAnswers.CHILDCARE;
			case TAX -> CheckAnswers.TAX;
			case LOW_INCOME_YEARS -> CheckAnswers.LOW_INCOME_YEARS;
		};
	}

	boolean answered(CheckAnswers answers) {
		if (this == GROSS_INCOME) {
			// No need to ask the yearly gross income of someone who does not know their income, or who gave it.
			String income = answers.value(CheckAnswers.INCOME);
			return answers.has(key()) || CheckAnswers.UNKNOWN.equals(income)
					|| (income != null && income.startsWith("e:") && income.endsWith(":y:b"));
		}
		return answers.has(key());
	}

	static CheckStep forQuestion(Question question, CheckAnswers answers) {
		return switch (question) {
			case PARTNER, PARTNER_AGE -> PARTNER;
			case INCOME -> answers.has(CheckAnswers.INCOME) ? GROSS_INCOME : INCOME;
			case NET_INCOME -> INCOME;
			case ASSETS -> ASSETS;
			case APPLICANT_AGE -> AGE;
			case HEALTH_INSURED -> INSURED;
			case RENT, SERVICE_COSTS -> RENT;
			case CHILDREN -> CHILDREN;
			case HOUSEMATES -> HOUSEMATES;
			case CHILDCARE -> CHILDCARE;
			case WORK -> WORK;
			case MUNICIPAL_TAX -> TAX;
			case LOW_INCOME_YEARS -> LOW_INCOME_YEARS;
		};
	}

	/** The screen to show next, or empty when the result can be shown. */
	static Optional<CheckStep> next(CheckAnswers answers, Evaluation evaluation) {
		if (!POSTCODE.answered(answers)) {
			return Optional.of(POSTCODE);
		}
		if (questionsAsked(answers) >= MAX_QUESTIONS) {
			return Optional.empty();
		}
		for (QuestionRank rank : evaluation.questions()) {
			CheckStep step = forQuestion(rank.question(), answers);
			if (!step.answered(answers)) {
				return Optional.of(step);
			}
		}
		return Optional.empty();
	}

	static int questionsAsked(CheckAnswers answers) {
		int n = 0;
		for (CheckStep s : values()) {
			if (s != POSTCODE && answers.has(s.key())) {
				n++;
			}
		}
		return n;
	}

}
