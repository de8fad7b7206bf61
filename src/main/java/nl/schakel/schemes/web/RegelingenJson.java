// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

import nl.schakel.schemes.CalculationStep;
import nl.schakel.schemes.ConditionResult;
import nl.schakel.schemes.Evaluation;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.QuestionRank;
import nl.schakel.schemes.SchemeResult;
import nl.schakel.schemes.Source;
import nl.schakel.schemes.Text;
import nl.schakel.schemes.rules.Clause;
import nl.schakel.schemes.rules.ConditionDefinition;
import nl.schakel.schemes.rules.IncomeTable;
import nl.schakel.schemes.rules.LocalSchemeDefinition;
import nl.schakel.schemes.rules.Parameter;
import nl.schakel.schemes.rules.SchemeDefinition;
import nl.schakel.schemes.rules.StepDefinition;

/** The JSON shapes of the regelingen API. Amounts are strings in euros with 2 decimals, never floating point. */
final class RegelingenJson {

	private RegelingenJson() {
	}

	@Schema(description = "A range of amounts in euros; min equals max when everything is known")
	record Amount(@Schema(example = "1401.50") String min, @Schema(example = "1401.50") String max) {

		static @Nullable Amount of(MoneyRange range) {
			return range.isUnbounded() ? null : new Amount(euros(range.min()), euros(range.max()));
		}

	}

	record Link(String title, String url) {

		static Link of(Source s) {
			return new Link(s.title(), s.url());
		}

	}

	record Condition(String id, @Schema(description = "TRUE, FALSE or UNKNOWN") String outcome,
			@Schema(description = "Why it fails, in B1 Dutch and English") Text explanation, Link source) {

		static Condition of(ConditionResult c) {
			return new Condition(c.id(), c.outcome().name(), c.explanation(), Link.of(c.source()));
		}

	}

	record Step(String id, Text label, @Nullable Amount value, Link source) {

		static Step of(CalculationStep s) {
			return new Step(s.id(), s.label(), Amount.of(s.value()), Link.of(s.source()));
		}

	}

	record Distance(String question, String limit, Text explanation) {
	}

	record Question(String question, int settles, int affects) {

		static Question of(QuestionRank q) {
			return new Question(q.question().name(), q.settles(), q.affects());
		}

	}

	record HowToApply(@Nullable String link, @Nullable String form, @Nullable String organisation,
			List<Text> documents) {

		static HowToApply of(LocalSchemeDefinition l) {
			return new HowToApply(l.apply().link(), l.apply().form(), l.apply().organisation(), l.documents());
		}

	}

	@Schema(description = "What one scheme means for the household")
	record Result(@Schema(example = "zorgtoeslag") String scheme, Text name,
			@Schema(description = "CBS code for a local scheme; null for a national scheme") @Nullable String municipality,
			@Schema(description = "RECHT, GEEN_RECHT, MOGELIJK or ONBEKEND") String status,
			@Schema(description = "null when the scheme cannot say (ONBEKEND)") @Nullable Amount perMonth,
			@Nullable Amount perYear, List<Condition> failing, List<Condition> undecided, List<String> openQuestions,
			List<Step> steps, @Nullable Distance distance, List<Link> sources, @Nullable HowToApply howToApply,
			@Nullable Boolean countsAsIncome) {

		static Result of(SchemeResult r, @Nullable LocalSchemeDefinition local) {
			return new Result(r.schemeId(), r.name(), local == null ? null : local.municipality(), r.status().name(),
					Amount.of(r.perMonth()), Amount.of(r.perYear()), r.failing().stream().map(Condition::of).toList(),
					r.undecided().stream().map(Condition::of).toList(),
					r.open().stream().map(Enum::name).sorted().toList(), r.steps().stream().map(Step::of).toList(),
					r.distance() == null ? null
							: new Distance(r.distance().question().name(), euros(r.distance().limit()),
									r.distance().text()),
					r.sources().stream().map(Link::of).toList(), local == null ? null : HowToApply.of(local),
					local == null ? null : local.countsAsIncome());
		}

	}

	@Schema(description = "The results for every scheme, with the receipt of the rules used")
	record Calculation(LocalDate referenceDate, @Schema(example = "2026-03") String period, String engineVersion,
			String ruleSetHash, List<Result> results,
			@Schema(description = "Unanswered questions, the one that settles the most schemes first") List<Question> questions) {

		static Calculation of(Evaluation e, Map<String, LocalSchemeDefinition> local) {
			return new Calculation(e.referenceDate(), e.period().toString(), e.engineVersion(), e.ruleSetHash(),
					e.results().stream().map(r -> Result.of(r, local.get(r.schemeId()))).toList(),
					e.questions().stream().map(Question::of).toList());
		}

	}

	record Value(LocalDate from, @Schema(description = "null ends validity") @Nullable Object value, Link source) {
	}

	record ParameterJson(String name, String unit, List<Value> values) {

		static ParameterJson of(Parameter p) {
			List<Value> values = new ArrayList<>();
			for (Parameter.Value v : p.values()) {
				values.add(new Value(v.from(), value(v.value()), Link.of(v.source())));
			}
			return new ParameterJson(p.name(), p.unit().key(), values);
		}

		private static @Nullable Object value(@Nullable Object v) {
			return switch (v) {
				case null -> null;
				case Money m -> euros(m);
				// a percentage is stored as a fraction; shown as in the file
				case BigDecimal d -> d.movePointRight(2).stripTrailingZeros().toPlainString();
				case IncomeTable t -> t.table();
				default -> v.toString();
			};
		}

	}

	record ConditionJson(String id, Text whenFailing, Link source,
			@Schema(description = "For a local scheme: the condition in the fixed vocabulary") @Nullable Object rule) {
	}

	@Schema(description = "A scheme with its conditions, parameters and sources")
	record SchemeJson(String id, Text name, @Nullable String municipality, @Nullable String template,
			@Nullable Text description, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil, Link source,
			List<ConditionJson> conditions, List<ParameterJson> parameters, List<Map<String, Object>> steps,
			@Nullable HowToApply howToApply, @Nullable Boolean countsAsIncome) {

		static SchemeJson national(SchemeDefinition d) {
			return new SchemeJson(d.id(), d.name(), null, null, null, null, null, Link.of(d.source()),
					conditions(d, Map.of()), parameters(d), steps(d), null, null);
		}

		static SchemeJson local(LocalSchemeDefinition l) {
			SchemeDefinition d = l.definition();
			return new SchemeJson(d.id(), d.name(), l.municipality(), l.template().key(), l.description(),
					l.validFrom(), l.validUntil(), Link.of(d.source()), conditions(d, l.conditions()), parameters(d),
					steps(d), HowToApply.of(l), l.countsAsIncome());
		}

		private static List<ConditionJson> conditions(SchemeDefinition d, Map<String, Clause> clauses) {
			List<ConditionJson> out = new ArrayList<>();
			for (ConditionDefinition c : d.conditions()) {
				Clause clause = clauses.get(c.id());
				out.add(new ConditionJson(c.id(), c.whenFailing(), Link.of(c.source()),
						clause == null ? null : clause(clause)));
			}
			return out;
		}

		private static List<ParameterJson> parameters(SchemeDefinition d) {
			return d.parameters().values().stream().sorted((a, b) -> a.name().compareTo(b.name()))
				.map(ParameterJson::of).toList();
		}

		private static List<Map<String, Object>> steps(SchemeDefinition d) {
			List<Map<String, Object>> out = new ArrayList<>();
			for (StepDefinition s : d.steps()) {
				Map<String, Object> step = new LinkedHashMap<>();
				step.put("id", s.id());
				step.put("label", s.label());
				step.put("source", Link.of(s.source()));
				out.add(step);
			}
			return out;
		}

	}

	/** A clause in the same shape as in the scheme file. */
	static Object clause(Clause clause) {
		return switch (clause) {
			case Clause.All all -> Map.of("alle", all.parts().stream().map(RegelingenJson::clause).toList());
			case Clause.Any any -> Map.of("een_van", any.parts().stream().map(RegelingenJson::clause).toList());
			case Clause.Not not -> Map.of("niet", clause(not.part()));
			case Clause.Leaf leaf -> Map.of(leaf.term().key(), leaf.scheme() != null ? leaf.scheme()
					: leaf.upper() != null ? Map.of("vanaf", leaf.parameter(), "onder", leaf.upper())
							: leaf.parameter() != null ? leaf.parameter() : "ja");
		};
	}

	static String euros(Money money) {
		return money.euros().toPlainString();
	}

}
