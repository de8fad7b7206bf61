// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

import nl.schakel.schemes.Household;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.Person;
import nl.schakel.schemes.SchemeResult;
import nl.schakel.schemes.Schemes;
import nl.schakel.schemes.Tri;

/**
 * Benchmark 4c: zorgtoeslag's eligibility conditions in the KIE DMN engine against Schakel on the same households.
 * Schakel's side is timed twice: zorgtoeslag alone ({@code Schemes.only}), with its amount, calculation steps and
 * explanations, and all six national schemes; the DMN side decides only the four zorgtoeslag conditions, so both
 * ratios favour the peer. Both must agree on every
 * household, or the benchmark stops. Arguments: warm-up calls, measured calls, path of zorgtoeslag.dmn.
 */
public final class DmnPeer {

	private record Case(Household household, int age, boolean insured, boolean partner, long income, long assets) {
	}

	public static void main(String[] args) {
		int warmup = Integer.parseInt(args[0]);
		int measured = Integer.parseInt(args[1]);
		DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults()
			.buildConfiguration()
			.fromResources(List.of(ResourceFactory.newFileResource(args[2])))
			.getOrElseThrow(RuntimeException::new);
		DMNModel model = runtime.getModels().getFirst();
		Schemes schemes = Schemes.national();
		LocalDate date = LocalDate.of(2026, 3, 1);
		Period period = Period.month(2026, 3);
		SplittableRandom random = new SplittableRandom(42);
		Case[] cases = new Case[4096];
		for (int i = 0; i < cases.length; i++) {
			cases[i] = randomCase(random);
		}
		for (Case c : cases) {
			boolean dmn = dmn(runtime, model, c);
			boolean ours = ours(schemes, date, period, c);
			if (dmn != ours) {
				throw new IllegalStateException("DMN and Schakel disagree on " + c);
			}
		}
		long[] dmnNanos = time(warmup, measured, i -> dmn(runtime, model, cases[i & 4095]));
		long[] ourNanos = time(warmup, measured, i -> ours(schemes, date, period, cases[i & 4095]));
		Schemes zorgtoeslag = schemes.only(List.of("zorgtoeslag"));
		long[] oneNanos = time(warmup, measured, i -> ours(zorgtoeslag, date, period, cases[i & 4095]));
		System.out.printf("4c  agree on %d households%n", cases.length);
		System.out.printf("4c  KIE DMN 10.1.0, zorgtoeslag conditions only   p50 %7.1f us   p99 %7.1f us%n",
				dmnNanos[measured / 2] / 1e3, dmnNanos[(int) (measured * 0.99)] / 1e3);
		System.out.printf("4c  Schakel, all 6 schemes with explanations      p50 %7.1f us   p99 %7.1f us%n",
				ourNanos[measured / 2] / 1e3, ourNanos[(int) (measured * 0.99)] / 1e3);
		System.out.printf("4c  Schakel, zorgtoeslag only, with explanations  p50 %7.1f us   p99 %7.1f us%n",
				oneNanos[measured / 2] / 1e3, oneNanos[(int) (measured * 0.99)] / 1e3);
		System.out.printf("4c  ratio DMN / Schakel (zorgtoeslag only): p50 %.1fx   p99 %.1fx%n",
				(double) dmnNanos[measured / 2] / oneNanos[measured / 2],
				(double) dmnNanos[(int) (measured * 0.99)] / oneNanos[(int) (measured * 0.99)]);
		System.out.printf("4c  ratio DMN / Schakel (all 6 schemes):    p50 %.1fx   p99 %.1fx%n",
				(double) dmnNanos[measured / 2] / ourNanos[measured / 2],
				(double) dmnNanos[(int) (measured * 0.99)] / ourNanos[(int) (measured * 0.99)]);
	}

	private interface Call {

		boolean run(int i);

	}

	private static long[] time(int warmup, int measured, Call call) {
		int sink = 0;
		for (int i = 0; i < warmup; i++) {
			sink += call.run(i) ? 1 : 0;
		}
		long[] nanos = new long[measured];
		for (int i = 0; i < measured; i++) {
			long t = System.nanoTime();
			sink += call.run(i) ? 1 : 0;
			nanos[i] = System.nanoTime() - t;
		}
		if (sink == 42) {
			System.out.print("");
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static boolean dmn(DMNRuntime runtime, DMNModel model, Case c) {
		DMNContext context = runtime.newContext();
		context.set("leeftijd", BigDecimal.valueOf(c.age));
		context.set("verzekerd", c.insured);
		context.set("partner", c.partner);
		context.set("toetsingsinkomen", BigDecimal.valueOf(c.income, 2));
		context.set("vermogen", BigDecimal.valueOf(c.assets, 2));
		DMNResult result = runtime.evaluateByName(model, context, "recht");
		if (result.hasErrors()) {
			throw new IllegalStateException(result.getMessages().toString());
		}
		return Boolean.TRUE.equals(result.getDecisionResultByName("recht").getResult());
	}

	private static boolean ours(Schemes schemes, LocalDate date, Period period, Case c) {
		SchemeResult r = schemes.evaluate(c.household, date, period).results().getFirst();
		return r.condition("leeftijd") == Tri.TRUE && r.condition("verzekerd") == Tri.TRUE
				&& r.condition("vermogen") == Tri.TRUE && r.condition("inkomen") == Tri.TRUE;
	}

	private static Case randomCase(SplittableRandom random) {
		int age = 16 + random.nextInt(70);
		boolean insured = random.nextDouble() < 0.95;
		boolean partner = random.nextBoolean();
		long income = random.nextLong(6_000_000);
		long assets = random.nextLong(25_000_000);
		Person applicant = Person.unknown()
			.withAge(age)
			.withYearlyIncome(MoneyRange.exactly(Money.cents(partner ? income / 2 : income)))
			.withMonthlyNetIncome(MoneyRange.exactly(Money.euros(1_500)))
			.withAssets(MoneyRange.exactly(Money.cents(partner ? assets / 2 : assets)))
			.withHealthInsured(Tri.of(insured))
			.withWorking(Tri.TRUE);
		Household h = Household.single(applicant)
			.withHousemates(List.of())
			.withRent(MoneyRange.exactly(Money.euros(600)), MoneyRange.ZERO)
			.withMunicipalTax(MoneyRange.exactly(Money.euros(400)))
			.withChildcare(List.of());
		if (partner) {
			h = h.withPartner(applicant.withAge(Math.max(18, age)).withYearlyIncome(MoneyRange.exactly(
					Money.cents(income - income / 2))).withAssets(MoneyRange.exactly(Money.cents(assets - assets / 2))));
		}
		return new Case(h, age, insured, partner, income, assets);
	}

}
