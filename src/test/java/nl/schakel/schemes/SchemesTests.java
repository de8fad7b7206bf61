// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SchemesTests {

	private static final Schemes SCHEMES = Schemes.national();

	private static final Period MARCH_2026 = Period.month(2026, 3);

	@Test
	void everyResultCarriesTheEngineVersionAndAStableHashOfTheRules() {
		Evaluation e = SCHEMES.evaluate(Household.unknown(), MARCH_2026);
		assertThat(e.engineVersion()).isEqualTo(Schemes.ENGINE_VERSION);
		assertThat(e.ruleSetHash()).matches("[0-9a-f]{64}").isEqualTo(Schemes.national().ruleSetHash());
		assertThat(e.referenceDate()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(SCHEMES.ids()).containsExactly("zorgtoeslag", "algemene-bijstand", "kindgebonden-budget", "huurtoeslag",
				"kwijtschelding", "kinderopvangtoeslag");
	}

	@Test
	void anEngineForSomeSchemesEvaluatesOnlyThoseInTheGivenOrderWithTheSameResults() {
		Schemes two = SCHEMES.only(List.of("huurtoeslag", "zorgtoeslag"));
		Evaluation some = two.evaluate(singleParent(), MARCH_2026);
		Evaluation all = SCHEMES.evaluate(singleParent(), MARCH_2026);
		assertThat(two.ids()).containsExactly("huurtoeslag", "zorgtoeslag");
		assertThat(some.results()).extracting(SchemeResult::schemeId).containsExactly("huurtoeslag", "zorgtoeslag");
		assertThat(some.results().get(1)).isEqualTo(all.result("zorgtoeslag").orElseThrow());
		assertThat(some.ruleSetHash()).isEqualTo(all.ruleSetHash());
		assertThatThrownBy(() -> SCHEMES.only(List.of("stadspas"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("stadspas");
	}

	@Test
	void anEngineWithoutIncomeDistanceGivesTheSameResultsButTheDistance() {
		Household rich = singleParent().withApplicant(singleParent().applicant()
			.withYearlyIncome(MoneyRange.exactly(Money.euros(60_000))));
		SchemeResult with = SCHEMES.evaluate(rich, MARCH_2026).result("zorgtoeslag").orElseThrow();
		SchemeResult without = SCHEMES.withoutIncomeDistance().evaluate(rich, MARCH_2026).result("zorgtoeslag")
			.orElseThrow();
		assertThat(with.distance()).isNotNull();
		assertThat(without.distance()).isNull();
		assertThat(without.status()).isEqualTo(with.status()).isEqualTo(Status.GEEN_RECHT);
		assertThat(without.failing()).isEqualTo(with.failing());
		assertThat(without.steps()).isEqualTo(with.steps());
	}

	@Test
	void aHouseholdOfWhichNothingIsKnownIsNeverEntitledAndAsksAboutTheChildrenFirst() {
		Evaluation e = SCHEMES.evaluate(Household.unknown(), MARCH_2026);
		assertThat(e.results()).extracting(SchemeResult::status).doesNotContain(Status.RECHT, Status.GEEN_RECHT);
		assertThat(e.nextQuestion()).contains(Question.CHILDREN);
	}

	@Test
	void aFullyKnownHouseholdGetsAnAmountAndStepsForEveryScheme() {
		Evaluation e = SCHEMES.evaluate(singleParent(), MARCH_2026);
		assertThat(e.results()).allSatisfy(r -> {
			assertThat(r.status()).isEqualTo(Status.RECHT);
			assertThat(r.perMonth().isKnown()).isTrue();
			assertThat(r.perMonth().min().isPositive()).isTrue();
			assertThat(r.steps()).isNotEmpty();
			assertThat(r.open()).isEmpty();
			assertThat(r.sources()).allSatisfy(s -> assertThat(s.url()).startsWith("https://"));
		});
		assertThat(e.questions()).isEmpty();
	}

	@Test
	void everyFailingConditionIsExplainedInDutchAndEnglishWithTheAmountsFilledIn() {
		Household rich = singleParent().withApplicant(singleParent().applicant()
			.withYearlyIncome(MoneyRange.exactly(Money.euros(500_000)))
			.withMonthlyNetIncome(MoneyRange.exactly(Money.euros(20_000)))
			.withAssets(MoneyRange.exactly(Money.euros(1_000_000))));
		Evaluation e = SCHEMES.evaluate(rich, MARCH_2026);
		List<ConditionResult> failing = e.results().stream().flatMap(r -> r.failing().stream()).toList();
		assertThat(failing).hasSizeGreaterThan(6);
		assertThat(failing).allSatisfy(c -> {
			assertThat(c.outcome()).isEqualTo(Tri.FALSE);
			assertThat(c.explanation().nl()).isNotBlank().doesNotContain("{");
			assertThat(c.explanation().en()).isNotBlank().doesNotContain("{");
			assertThat(c.source().url()).startsWith("https://wetten.overheid.nl/");
		});
		assertThat(e.result("zorgtoeslag").orElseThrow().failing()).extracting(ConditionResult::id)
			.containsExactlyInAnyOrder("vermogen", "inkomen");
	}

	@Test
	void anUnknownPartnerIsWeighedBothWays() {
		Household h = singleParent().withPartnerUnknown();
		SchemeResult zorgtoeslag = SCHEMES.evaluate(h, MARCH_2026).result("zorgtoeslag").orElseThrow();
		assertThat(zorgtoeslag.status()).isEqualTo(Status.MOGELIJK);
		assertThat(zorgtoeslag.open()).contains(Question.PARTNER);
		assertThat(zorgtoeslag.perMonth().min()).isEqualTo(Money.ZERO);
	}

	@Test
	void theIncomeQuestionSettlesTheMostWhenOnlyIncomeIsOpen() {
		Household h = singleParent().withApplicant(singleParent().applicant().withYearlyIncome(MoneyRange.UNKNOWN));
		Evaluation e = SCHEMES.evaluate(h, MARCH_2026);
		assertThat(e.nextQuestion()).contains(Question.INCOME);
		assertThat(e.questions().getFirst().affects()).isGreaterThanOrEqualTo(4);
	}

	static Household singleParent() {
		Person applicant = Person.unknown().withAge(35).withYearlyIncome(MoneyRange.exactly(Money.euros(30_000)))
			.withMonthlyNetIncome(MoneyRange.exactly(Money.euros(1_300))).withAssets(MoneyRange.ZERO)
			.withHealthInsured(Tri.TRUE).withKostendelerExempt(Tri.FALSE).withWorking(Tri.TRUE);
		return Household.single(applicant).withChildren(List.of(Person.unknown().withAge(5)))
			.withRent(MoneyRange.exactly(Money.euros(700)), MoneyRange.ZERO)
			.withMunicipalTax(MoneyRange.exactly(Money.euros(400)))
			.withChildcare(List.of(new Childcare(0, Childcare.Kind.DAGOPVANG, 100, Money.euros(10))));
	}

}
