// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.schakel.schemes.ConditionResult;
import nl.schakel.schemes.Household;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.Person;
import nl.schakel.schemes.Question;
import nl.schakel.schemes.SchemeResult;
import nl.schakel.schemes.Status;

/** A condition only the municipality can judge keeps a scheme at MOGELIJK, as local schemes will need. */
class JudgementTests {

	private static final String FILE = """
			id: voorbeeld-toeslag
			naam: {nl: Voorbeeldtoeslag, en: Example supplement}
			bron: {titel: Participatiewet art. 36, url: "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel36"}
			parameters:
			  inkomensgrens:
			    eenheid: euro
			    waarden:
			      - {vanaf: 2026-01-01, waarde: "20000", bron: {titel: Voorbeeld, url: "https://example.org/verordening"}}
			voorwaarden:
			  inkomen:
			    bron: {titel: Art. 2, url: "https://example.org/verordening#2"}
			    uitleg_niet: {nl: "Uw inkomen is hoger dan {grens}.", en: "Your income is above {grens}."}
			  uitzicht:
			    bron: {titel: Participatiewet art. 36 lid 1, url: "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel36"}
			    uitleg_niet: {nl: "De gemeente beoordeelt of u uitzicht heeft op meer inkomen.", en: "The municipality judges whether you can expect more income."}
			stappen:
			  bedrag: {nl: Bedrag, en: Amount, bron: {titel: Art. 3, url: "https://example.org/verordening#3"}}
			over: {thema: inkomen, uitleg: {nl: Uitleg., en: Explanation.}, aanvragen: {link: "https://example.org"}, documenten: []}
			""";

	/** A fixed 300 euros below an income limit, if the municipality finds no prospect of more income. */
	static final class ExampleSupplement extends Scheme<Money> {

		ExampleSupplement(SchemeDefinition definition) {
			super(definition, List.of("inkomen", "uitzicht"), List.of("bedrag"), p -> p.money("inkomensgrens"));
		}

		@Override
		public Set<Question> reads() {
			return EnumSet.of(Question.INCOME);
		}

		@Override
		public void evaluate(Facts f, Trace t) {
			Money limit = parameters.at(f.referenceDate);
			t.check(0, f.income.atMost(limit), limit, f.income);
			t.judgedByMunicipality(1);
			Money amount = t.step(0, Money.euros(300));
			t.amounts(amount, Money.euros(25));
		}

	}

	private static final Evaluator EVALUATOR = new Evaluator(List.of(new ExampleSupplement(
			SchemeFileReader.read("voorbeeld.yaml", FILE.getBytes(StandardCharsets.UTF_8)))));

	@Test
	void aJudgementByTheMunicipalityMakesAnEntitledHouseholdMogelijk() {
		SchemeResult r = evaluate(15_000);
		assertThat(r.status()).isEqualTo(Status.MOGELIJK);
		assertThat(r.undecided()).extracting(ConditionResult::id).containsExactly("uitzicht");
		assertThat(r.undecided().getFirst().explanation().nl()).startsWith("De gemeente beoordeelt");
		assertThat(r.perYear()).isEqualTo(MoneyRange.exactly(Money.euros(300)));
	}

	@Test
	void aFailingConditionStillMeansGeenRechtWhateverTheMunicipalityWouldJudge() {
		SchemeResult r = evaluate(25_000);
		assertThat(r.status()).isEqualTo(Status.GEEN_RECHT);
		assertThat(r.failing()).extracting(ConditionResult::id).containsExactly("inkomen");
		assertThat(r.failing().getFirst().explanation().nl()).isEqualTo("Uw inkomen is hoger dan € 20.000.");
	}

	private static SchemeResult evaluate(long income) {
		Household h = Household.single(Person.unknown().withAge(40)
			.withYearlyIncome(MoneyRange.exactly(Money.euros(income))));
		return EVALUATOR.evaluate(h, LocalDate.of(2026, 3, 1), Period.month(2026, 3)).results().getFirst();
	}

}
