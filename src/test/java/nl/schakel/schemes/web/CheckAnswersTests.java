// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Tri;

/** The answers token, amounts as residents type them, the income derivation and the share code format. */
class CheckAnswersTests {

	private final CheckTokens tokens = new CheckTokens("");

	@Test
	void aSignedTokenReadsBackAndAnyChangeIsRefused() {
		CheckAnswers answers = CheckAnswers.none().with(CheckAnswers.MUNICIPALITY, "0268").with(CheckAnswers.AGE, "35")
			.with(CheckAnswers.INCOME, "e:110000:m:n");
		String token = tokens.sign(answers);
		assertThat(tokens.verify(token)).contains(answers);
		String forged = answers.with(CheckAnswers.AGE, "70").payload() + token.substring(token.indexOf('.'));
		assertThat(tokens.verify(forged)).isEmpty();
		assertThat(tokens.verify(token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A"))).isEmpty();
		assertThat(tokens.verify("")).isEmpty();
		assertThat(tokens.verify(null)).isEmpty();
		assertThat(new CheckTokens("").verify(token)).as("another key, as after a restart").isEmpty();
	}

	@Test
	void aPayloadWithAnUnknownKeyOrVersionIsNotRead() {
		assertThat(CheckAnswers.fromPayload("MnxnPTAyNjg")).isEmpty();
		assertThat(CheckAnswers.fromPayload("!!")).isEmpty();
	}

	@Test
	void amountsAreReadAsResidentsTypeThem() {
		Money max = CheckForm.MAX_PER_MONTH;
		assertThat(AmountInput.read("1250", max).amount()).isEqualTo(Money.euros(1250));
		assertThat(AmountInput.read("1.250", max).amount()).isEqualTo(Money.euros(1250));
		assertThat(AmountInput.read("€ 1.250,-", max).amount()).isEqualTo(Money.euros(1250));
		assertThat(AmountInput.read("1250,50", max).amount()).isEqualTo(Money.cents(125050));
		assertThat(AmountInput.read("1250.5", max).amount()).isEqualTo(Money.cents(125050));
		assertThat(AmountInput.read(" 2 000 ", max).amount()).isEqualTo(Money.euros(2000));
		assertThat(AmountInput.read("-5", max).problem()).isEqualTo(AmountInput.Problem.NEGATIVE);
		assertThat(AmountInput.read("twaalf", max).problem()).isEqualTo(AmountInput.Problem.LETTERS);
		assertThat(AmountInput.read("12,345", max).problem()).isEqualTo(AmountInput.Problem.DECIMALS);
		assertThat(AmountInput.read("1000001", max).problem()).isEqualTo(AmountInput.Problem.TOO_HIGH);
		assertThat(AmountInput.read("", max).problem()).isEqualTo(AmountInput.Problem.EMPTY);
	}

	@Test
	void aNetMonthlyIncomeGivesAWideGrossYearRangeAndTheGrossFollowUpNarrowsIt() {
		MoneyRange[] net = CheckHousehold.income("e:150000:m:n", null);
		assertThat(net[0]).isEqualTo(MoneyRange.exactly(Money.euros(1500)));
		assertThat(net[1].min()).isEqualTo(Money.euros(18_000));
		assertThat(net[1].max()).isEqualTo(Money.euros(32_400));
		MoneyRange[] both = CheckHousehold.income("e:150000:m:n", "r0");
		assertThat(both[1]).isEqualTo(MoneyRange.between(Money.ZERO, Money.cents(1_999_999)));
		MoneyRange[] grossYear = CheckHousehold.income("e:2400000:y:b", null);
		assertThat(grossYear[1]).isEqualTo(MoneyRange.exactly(Money.euros(24_000)));
		assertThat(grossYear[0]).isEqualTo(MoneyRange.between(Money.euros(1000), Money.euros(2000)));
		MoneyRange[] unknown = CheckHousehold.income("?", null);
		assertThat(unknown[0]).isEqualTo(MoneyRange.UNKNOWN);
		assertThat(CheckHousehold.income("r6", null)[0].isUnbounded()).isTrue();
	}

	@Test
	void theHouseholdHoldsTheTotalsWithTheApplicantAndNoChildcareWithoutChildren() {
		CheckAnswers a = CheckAnswers.none().with(CheckAnswers.PARTNER, "y").with(CheckAnswers.PARTNER_AGE, "40")
			.with(CheckAnswers.INCOME, "r2").with(CheckAnswers.CHILDREN, "-").with(CheckAnswers.RENT, "65000:?");
		var h = CheckHousehold.of(a);
		assertThat(h.hasPartner()).isEqualTo(Tri.TRUE);
		assertThat(h.partner().age()).isEqualTo(40);
		assertThat(h.partner().monthlyNetIncome()).isEqualTo(MoneyRange.ZERO);
		assertThat(h.applicant().monthlyNetIncome().min()).isEqualTo(Money.euros(1500));
		assertThat(h.childcare()).isEmpty();
		assertThat(h.rent()).isEqualTo(MoneyRange.exactly(Money.euros(650)));
		assertThat(h.serviceCosts()).isEqualTo(MoneyRange.UNKNOWN);
	}

	@Test
	void aShareCodeHasFiftyBitsWithoutLookAlikesAndIsReadAsTyped() {
		assertThat(Math.pow(SharedChecks.ALPHABET.length(), SharedChecks.LENGTH)).isGreaterThanOrEqualTo(Math.pow(2, 50));
		assertThat(SharedChecks.ALPHABET).doesNotContain("I", "L", "O", "U");
		assertThat(SharedChecks.normalise("k7m-q2p-x9rt")).isEqualTo("K7MQ2PX9RT");
		assertThat(SharedChecks.normalise("K7M Q2P XLRT")).isEqualTo("K7MQ2PX1RT");
		assertThat(SharedChecks.normalise("K7M-Q2P")).isNull();
		assertThat(SharedChecks.normalise("K7M-Q2P-X9R!")).isNull();
		assertThat(SharedChecks.grouped("K7MQ2PX9RT")).isEqualTo("K7M-Q2P-X9RT");
	}

	@Test
	void theFormKeepsTheAnswersWhenAFieldIsWrong() {
		CheckAnswers before = CheckAnswers.none().with(CheckAnswers.MUNICIPALITY, "0268");
		var outcome = CheckForm.read(CheckStep.AGE, before, Map.of("leeftijd", "200"), false);
		assertThat(outcome.ok()).isFalse();
		assertThat(outcome.answers()).isEqualTo(before);
		assertThat(outcome.problems()).extracting(CheckForm.Problem::message).containsExactly("check.error.age");
		var unknown = CheckForm.read(CheckStep.AGE, before, Map.of(), true);
		assertThat(unknown.answers().value(CheckAnswers.AGE)).isEqualTo(CheckAnswers.UNKNOWN);
	}

}
