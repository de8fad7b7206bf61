// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import nl.schakel.schemes.bulk.HouseholdCsv;
import nl.schakel.schemes.bulk.SyntheticHouseholds;
import nl.schakel.schemes.rules.LocalSchemeDefinition;
import nl.schakel.schemes.rules.LocalSchemeFileReader;

/**
 * What a draft would change, shown before it is approved: example households (personas) with the old and the new
 * result side by side, and the effect on a synthetic population of the municipality (who gains, who loses, the
 * yearly cost), computed with the same engine as bulk screening.
 */
@Service
public class SchemePreviews {

	/** The synthetic population: fixed size and seed, so every preview of every draft uses the same households. */
	public static final int POPULATION = 100_000;

	public static final long SEED = 20_261_125L;

	/**
	 * One persona with its result before and after.
	 *
	 * @param key the persona's message key suffix (single-bijstand, couple-children, ...)
	 * @param before the result of the version in force; null for a new scheme
	 */
	public record PersonaResult(String key, @Nullable SchemeResult before, SchemeResult after) {

		public boolean changed() {
			return before == null || before.status() != after.status() || !before.perYear().equals(after.perYear());
		}

	}

	/**
	 * The effect on the synthetic population, per year.
	 *
	 * @param entitledBefore households with RECHT or MOGELIJK now
	 * @param gain households that get more (or get it at all)
	 * @param lose households that get less (or no longer)
	 * @param costBefore the lowest yearly amount summed over RECHT and MOGELIJK, now
	 * @param millis how long the computation took
	 */
	public record Impact(int households, int entitledBefore, int entitledAfter, int gain, int lose, Money costBefore,
			Money costAfter, long millis) {
	}

	private final LocalSchemes local;

	private final AtomicReference<@Nullable List<Household>> population = new AtomicReference<>();

	private final java.util.Map<String, Impact> impacts = new java.util.concurrent.ConcurrentHashMap<>();

	private final java.time.Clock clock;

	SchemePreviews(LocalSchemes local, java.time.Clock clock) {
		this.local = local;
		this.clock = clock;
	}

	/** The reference date of a preview: the draft's geldig_vanaf, or today when that has passed. */
	public LocalDate referenceDate(SchemeDrafts.Draft draft) {
		LocalDate today = LocalDate.now(clock.withZone(LocalSchemes.AMSTERDAM));
		return draft.effectiveFrom().isAfter(today) ? draft.effectiveFrom() : today;
	}

	/** The personas with the result of the version in force on the reference date and of the draft. */
	public List<PersonaResult> personas(SchemeDrafts.Draft draft, LocalDate referenceDate) {
		Engines engines = engines(draft, referenceDate);
		List<PersonaResult> out = new ArrayList<>();
		for (Persona p : Persona.values()) {
			Household h = p.household(draft.municipality());
			out.add(new PersonaResult(p.key, engines.before == null ? null : engines.before.apply(h),
					engines.after.apply(h)));
		}
		return out;
	}

	/** The effect on the synthetic population of {@value #POPULATION} households, placed in the draft's municipality. */
	public Impact impact(SchemeDrafts.Draft draft, LocalDate referenceDate) {
		// A draft never changes; the version in force may, so it is part of the key. Seconds per draft, not per view.
		String key = draft.id() + "@" + referenceDate + "@"
				+ local.current(draft.schemeId()).map(s -> s.version()).orElse(0);
		Impact known = impacts.get(key);
		if (known != null) {
			return known;
		}
		Impact computed = impact(engines(draft, referenceDate), draft.municipality(), population());
		if (impacts.size() > 200) {
			impacts.clear();
		}
		impacts.put(key, computed);
		return computed;
	}

	/**
	 * The effect of replacing one local scheme in an engine: both engines evaluate the scheme for every household,
	 * placed in the municipality. Pure and parallel; the benchmark calls it without Spring.
	 *
	 * @param before the engine with the version in force; null when the scheme is new
	 */
	public static Impact impact(@Nullable Schemes before, Schemes after, String schemeId, String municipality,
			LocalDate referenceDate, List<Household> households) {
		return impact(engines(before, after, schemeId, referenceDate), municipality, households);
	}

	private static Impact impact(Engines engines, String municipality, List<Household> households) {
		long start = System.nanoTime();
		long[] totals = households.parallelStream().map(h -> {
			Household placed = h.withMunicipality(municipality);
			long before = engines.before == null ? -1 : amount(engines.before.apply(placed));
			long after = amount(engines.after.apply(placed));
			return new long[] { 1, before > 0 ? 1 : 0, after > 0 ? 1 : 0, after > Math.max(before, 0) ? 1 : 0,
					after < before ? 1 : 0, Math.max(before, 0), after };
		}).reduce(new long[7], (a, b) -> {
			long[] sum = new long[7];
			for (int i = 0; i < 7; i++) {
				sum[i] = a[i] + b[i];
			}
			return sum;
		});
		return new Impact((int) totals[0], (int) totals[1], (int) totals[2], (int) totals[3], (int) totals[4],
				Money.cents(totals[5]), Money.cents(totals[6]), (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * The yearly amount that counts as cost: the lowest amount when the household has RECHT or MOGELIJK; 0 otherwise.
	 * A household with MOGELIJK counts, because a judgement of the municipality usually decides it.
	 */
	private static long amount(SchemeResult r) {
		return r.status() == Status.RECHT || r.status() == Status.MOGELIJK ? r.perYear().min().cents() : 0;
	}

	private record Engines(java.util.function.@Nullable Function<Household, SchemeResult> before,
			java.util.function.Function<Household, SchemeResult> after) {
	}

	private Engines engines(SchemeDrafts.Draft draft, LocalDate referenceDate) {
		LocalSchemeDefinition definition = LocalSchemeFileReader.read(draft.schemeId() + ".yaml",
				draft.yaml().getBytes(StandardCharsets.UTF_8));
		Schemes now = local.engine(referenceDate);
		return engines(now.ids().contains(draft.schemeId()) ? now : null, local.engineWith(definition, referenceDate),
				draft.schemeId(), referenceDate);
	}

	private static Engines engines(@Nullable Schemes now, Schemes next, String id, LocalDate referenceDate) {
		Period period = Period.year(referenceDate.getYear());
		Schemes before = now == null ? null : now.only(List.of(id)).withoutIncomeDistance();
		Schemes after = next.only(List.of(id)).withoutIncomeDistance();
		return new Engines(before == null ? null : h -> before.evaluateOne(h, referenceDate, period, id).orElseThrow()
			.result(id).orElseThrow(), h -> after.evaluateOne(h, referenceDate, period, id).orElseThrow()
			.result(id).orElseThrow());
	}

	private List<Household> population() {
		List<Household> households = population.get();
		if (households == null) {
			households = population(POPULATION, SEED);
			population.set(households);
		}
		return households;
	}

	/** Synthetic households from {@link SyntheticHouseholds}: the same count and seed give the same households. */
	public static List<Household> population(int count, long seed) {
		StringWriter csv = new StringWriter(count * 160);
		try {
			new SyntheticHouseholds(seed).write(count, csv);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> lines = csv.toString().lines().toList();
		HouseholdCsv reader = HouseholdCsv.header(lines.getFirst());
		List<Household> parsed = new ArrayList<>(count);
		for (String line : lines.subList(1, lines.size())) {
			parsed.add(reader.parse(line).household());
		}
		return List.copyOf(parsed);
	}

	/** Example households a reviewer knows from practice; every input is known, amounts in cents. */
	enum Persona {

		SINGLE_BIJSTAND("single-bijstand", 35, 1_150_00, null, List.of(), 600_00),
		COUPLE_CHILDREN("couple-children", 38, 1_900_00, 900_00, List.of(6, 10), 750_00),
		PENSIONER("pensioner", 72, 1_450_00, null, List.of(), 550_00),
		SINGLE_PARENT("single-parent", 33, 1_650_00, null, List.of(4, 8), 700_00),
		SINGLE_MODAL("single-modal", 30, 2_900_00, null, List.of(), 1_100_00);

		final String key;

		private final int age;

		private final long net;

		private final @Nullable Long partnerNet;

		private final List<Integer> children;

		private final long rent;

		Persona(String key, int age, long net, @Nullable Integer partnerNet, List<Integer> children, long rent) {
			this.key = key;
			this.age = age;
			this.net = net;
			this.partnerNet = partnerNet == null ? null : partnerNet.longValue();
			this.children = children;
			this.rent = rent;
		}

		Household household(String municipality) {
			Household h = Household.single(person(age, net, net * 13));
			if (partnerNet != null) {
				h = h.withPartner(person(age, partnerNet, partnerNet * 13));
			}
			List<Person> kids = children.stream().map(a -> Person.unknown().withAge(a)).toList();
			return h.withChildren(kids).withHousemates(List.of())
				.withRent(MoneyRange.exactly(Money.cents(rent)), MoneyRange.exactly(Money.cents(30_00)))
				.withMunicipality(municipality).withMunicipalTax(MoneyRange.exactly(Money.cents(400_00)))
				.withReceives(Set.of()).withLowIncomeYears(net < 2_000_00 ? 5 : 0);
		}

		private static Person person(int age, long net, long yearly) {
			return Person.unknown().withAge(age).withMonthlyNetIncome(MoneyRange.exactly(Money.cents(net)))
				.withYearlyIncome(MoneyRange.exactly(Money.cents(yearly))).withAssets(MoneyRange.exactly(Money.cents(2_500_00)))
				.withHealthInsured(Tri.TRUE).withWorking(age < 67 ? Tri.TRUE : Tri.FALSE).withKostendelerExempt(Tri.FALSE);
		}

	}

}
