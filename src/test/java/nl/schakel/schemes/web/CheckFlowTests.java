// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.schakel.schemes.Evaluation;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.Schemes;
import nl.schakel.schemes.Status;

/** The check asks what the engine ranks highest, and a typical household is done within 10 screens. */
class CheckFlowTests {

	private static final Schemes ENGINE = Schemes.bundled();

	private static final LocalDate DATE = LocalDate.of(2026, 3, 1);

	private static final Period PERIOD = Period.month(2026, 3);

	/** Walks the flow, answering every screen from the persona's answers, and returns the screens in order. */
	static List<CheckStep> walk(Map<String, String> persona, List<CheckAnswers> end) {
		CheckAnswers answers = CheckAnswers.none().with(CheckAnswers.MUNICIPALITY, persona.get(CheckAnswers.MUNICIPALITY));
		List<CheckStep> screens = new ArrayList<>();
		screens.add(CheckStep.POSTCODE);
		for (int i = 0; i < 20; i++) {
			Evaluation e = ENGINE.evaluate(CheckHousehold.of(answers), DATE, PERIOD);
			Optional<CheckStep> next = CheckStep.next(answers, e);
			if (next.isEmpty()) {
				break;
			}
			screens.add(next.get());
			for (String key : next.get().keys()) {
				answers = answers.with(key, persona.getOrDefault(key, key.equals(next.get().key()) ? "?" : null));
			}
		}
		end.add(answers);
		return screens;
	}

	private static Evaluation evaluate(CheckAnswers answers) {
		return ENGINE.evaluate(CheckHousehold.of(answers), DATE, PERIOD);
	}

	@Test
	void aSingleResidentOnBijstandIsDoneWithinTenScreensAndMayGetBijstandAndHuurtoeslag() {
		var end = new ArrayList<CheckAnswers>();
		List<CheckStep> screens = walk(Map.ofEntries(Map.entry("g", "0268"), Map.entry("p", "n"), Map.entry("k", "-"),
				Map.entry("h", "-"), Map.entry("a", "35"), Map.entry("i", "e:110000:m:n"), Map.entry("j", "r0"),
				Map.entry("v", "r0"), Map.entry("z", "y"), Map.entry("r", "60000:4000"), Map.entry("w", "n"),
				Map.entry("o", "n"), Map.entry("t", "40000"), Map.entry("l", "5")), end);
		assertThat(screens).hasSizeLessThanOrEqualTo(11).startsWith(CheckStep.POSTCODE).doesNotHaveDuplicates();
		Evaluation e = evaluate(end.getFirst());
		assertThat(e.result("huurtoeslag").orElseThrow().status()).isEqualTo(Status.RECHT);
		assertThat(e.result("zorgtoeslag").orElseThrow().status()).isEqualTo(Status.RECHT);
		assertThat(e.result("algemene-bijstand").orElseThrow().status()).isIn(Status.RECHT, Status.MOGELIJK);
	}

	@Test
	void aWorkingCoupleWithTwoChildrenIsAskedAboutChildrenAndPartnerOnOneScreenEach() {
		var end = new ArrayList<CheckAnswers>();
		List<CheckStep> screens = walk(Map.ofEntries(Map.entry("g", "0268"), Map.entry("p", "y"), Map.entry("pa", "38"),
				Map.entry("k", "4,9"), Map.entry("h", "-"), Map.entry("a", "40"), Map.entry("i", "r4"),
				Map.entry("j", "r4"), Map.entry("v", "r1"), Map.entry("z", "y"), Map.entry("r", "85000:3000"),
				Map.entry("w", "y"), Map.entry("wp", "y"), Map.entry("o", "n"), Map.entry("t", "?"), Map.entry("l", "0")),
				end);
		assertThat(screens).hasSizeLessThanOrEqualTo(11).contains(CheckStep.CHILDREN).doesNotHaveDuplicates();
		Evaluation e = evaluate(end.getFirst());
		assertThat(e.result("kindgebonden-budget").orElseThrow().status()).isIn(Status.RECHT, Status.MOGELIJK);
	}

	@Test
	void theFirstScreenAfterThePostcodeIsTheQuestionThatSettlesTheMostSchemes() {
		CheckAnswers answers = CheckAnswers.none().with(CheckAnswers.MUNICIPALITY, "0268");
		Evaluation e = evaluate(answers);
		assertThat(CheckStep.next(answers, e)).contains(CheckStep.forQuestion(e.questions().getFirst().question(), answers));
	}

	@Test
	void withoutAMunicipalityTheCheckStartsWithThePostcode() {
		assertThat(CheckStep.next(CheckAnswers.none(), evaluate(CheckAnswers.none()))).contains(CheckStep.POSTCODE);
	}

}
