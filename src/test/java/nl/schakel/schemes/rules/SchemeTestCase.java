// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import nl.schakel.schemes.Childcare;
import nl.schakel.schemes.Household;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.Person;
import nl.schakel.schemes.Question;
import nl.schakel.schemes.Status;
import nl.schakel.schemes.Tri;

/**
 * One test case from a {@code <scheme>.test.yaml} file: a sentence as its name, a period, a household and the
 * expected results. Amounts are in euros; "onbekend" is an unknown input and "a..b" a range. Inputs left out are
 * known and empty: no partner, no children, income 0, assets 0, insured.
 */
record SchemeTestCase(String file, String name, Period period, LocalDate referenceDate, Household household,
		Map<String, Expected> expected, @Nullable Question nextQuestion, @Nullable String disabled,
		@Nullable String source) {

	record Expected(@Nullable Status status, @Nullable MoneyRange perMonth, @Nullable MoneyRange perYear,
			@Nullable Set<String> failing, @Nullable Set<Question> open, Map<String, MoneyRange> steps,
			@Nullable Money distance) {
	}

	static final List<String> FILES = List.of("zorgtoeslag", "algemene-bijstand", "kindgebonden-budget",
			"huurtoeslag", "kwijtschelding", "kinderopvangtoeslag");

	static List<SchemeTestCase> all() {
		List<SchemeTestCase> cases = new ArrayList<>();
		for (String scheme : FILES) {
			cases.addAll(read("schemes/" + scheme + ".test.yaml"));
		}
		return cases;
	}

	@SuppressWarnings("unchecked")
	static List<SchemeTestCase> read(String file) {
		Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(new DumperOptions()),
				new DumperOptions(), new LoaderOptions(), new Resolver() {
					@Override
					protected void addImplicitResolvers() {
						// every scalar stays a string, so no amount ever passes through a double
					}
				});
		try (InputStream in = SchemeTestCase.class.getClassLoader().getResourceAsStream(file)) {
			if (in == null) {
				throw new IllegalStateException("missing " + file);
			}
			List<Map<String, Object>> items = yaml.load(in);
			List<SchemeTestCase> out = new ArrayList<>();
			for (Map<String, Object> item : items) {
				out.add(parse(file, item));
			}
			return out;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static SchemeTestCase parse(String file, Map<String, Object> item) {
		Set<String> allowed = Set.of("naam", "periode", "peildatum", "huishouden", "verwacht", "volgende_vraag",
				"uitgeschakeld", "bron");
		for (String key : item.keySet()) {
			if (!allowed.contains(key)) {
				throw new IllegalArgumentException(file + ": unknown key " + key + " in " + item.get("naam"));
			}
		}
		String name = (String) item.get("naam");
		Period period = Period.parse((String) item.get("periode"));
		LocalDate referenceDate = item.containsKey("peildatum") ? LocalDate.parse((String) item.get("peildatum"))
				: period.start();
		Household household = household((Map<String, Object>) item.getOrDefault("huishouden", Map.of()));
		Map<String, Expected> expected = new LinkedHashMap<>();
		((Map<String, Map<String, Object>>) item.get("verwacht")).forEach((scheme, e) -> expected.put(scheme, expected(e)));
		Question next = item.containsKey("volgende_vraag") ? Question.valueOf((String) item.get("volgende_vraag")) : null;
		return new SchemeTestCase(file, name, period, referenceDate, household, expected, next,
				(String) item.get("uitgeschakeld"), (String) item.get("bron"));
	}

	@SuppressWarnings("unchecked")
	private static Household household(Map<String, Object> h) {
		Household household = Household.single(person((Map<String, Object>) h.getOrDefault("aanvrager", Map.of())))
			.withRent(amount(h.getOrDefault("huur", "0")), amount(h.getOrDefault("servicekosten", "0")))
			.withMunicipality((String) h.get("gemeente"))
			.withMunicipalTax(amount(h.getOrDefault("aanslag", "0")));
		Object partner = h.get("partner");
		if ("onbekend".equals(partner)) {
			household = household.withPartnerUnknown();
		}
		else if (partner instanceof Map<?, ?> p) {
			household = household.withPartner(person((Map<String, Object>) p));
		}
		household = household.withChildren(persons(h.get("kinderen")));
		household = household.withHousemates(persons(h.get("medebewoners")));
		Object care = h.get("kinderopvang");
		if ("onbekend".equals(care)) {
			household = household.withChildcare(null);
		}
		else if (care instanceof List<?> list) {
			List<Childcare> childcare = new ArrayList<>();
			for (Object o : list) {
				Map<String, Object> c = (Map<String, Object>) o;
				childcare.add(new Childcare(Integer.parseInt((String) c.get("kind")),
						Childcare.Kind.valueOf((String) c.get("soort")), Integer.parseInt((String) c.get("uren")),
						Money.parse((String) c.get("uurprijs"))));
			}
			household = household.withChildcare(childcare);
		}
		return household;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable List<Person> persons(@Nullable Object value) {
		if ("onbekend".equals(value)) {
			return null;
		}
		List<Person> persons = new ArrayList<>();
		if (value instanceof List<?> list) {
			for (Object o : list) {
				persons.add(person((Map<String, Object>) o));
			}
		}
		return persons;
	}

	private static Person person(Map<String, Object> p) {
		Person person = Person.unknown()
			.withYearlyIncome(amount(p.getOrDefault("inkomen", "0")))
			.withMonthlyNetIncome(amount(p.getOrDefault("netto_inkomen", "0")))
			.withAssets(amount(p.getOrDefault("vermogen", "0")))
			.withHealthInsured(tri(p.getOrDefault("verzekerd", "ja")))
			.withKostendelerExempt(tri(p.getOrDefault("geen_kostendeler", "nee")))
			.withWorking(tri(p.getOrDefault("werkt", "ja")));
		if (p.get("geboortedatum") != null) {
			return person.withBirthDate(LocalDate.parse((String) p.get("geboortedatum")));
		}
		Object age = p.get("leeftijd");
		return age == null || "onbekend".equals(age) ? person : person.withAge(Integer.parseInt((String) age));
	}

	static Tri tri(Object value) {
		return switch ((String) value) {
			case "ja" -> Tri.TRUE;
			case "nee" -> Tri.FALSE;
			case "onbekend" -> Tri.UNKNOWN;
			default -> throw new IllegalArgumentException("ja, nee or onbekend: " + value);
		};
	}

	static MoneyRange amount(Object value) {
		String s = (String) value;
		if ("onbekend".equals(s)) {
			return MoneyRange.UNKNOWN;
		}
		int dots = s.indexOf("..");
		if (dots > 0) {
			return MoneyRange.between(Money.parse(s.substring(0, dots)), Money.parse(s.substring(dots + 2)));
		}
		return MoneyRange.exactly(Money.parse(s));
	}

	@SuppressWarnings("unchecked")
	private static Expected expected(Map<String, Object> e) {
		Set<String> allowed = Set.of("status", "per_maand", "per_jaar", "redenen_niet", "open", "stappen", "grens");
		for (String key : e.keySet()) {
			if (!allowed.contains(key)) {
				throw new IllegalArgumentException("unknown expectation " + key);
			}
		}
		Map<String, MoneyRange> steps = new LinkedHashMap<>();
		((Map<String, Object>) e.getOrDefault("stappen", Map.of())).forEach((k, v) -> steps.put(k, amount(v)));
		Set<Question> open = null;
		if (e.get("open") instanceof List<?> list) {
			open = new TreeSet<>();
			for (Object q : list) {
				open.add(Question.valueOf((String) q));
			}
		}
		return new Expected(e.get("status") == null ? null : Status.valueOf((String) e.get("status")),
				e.get("per_maand") == null ? null : amount(e.get("per_maand")),
				e.get("per_jaar") == null ? null : amount(e.get("per_jaar")),
				e.get("redenen_niet") == null ? null : new TreeSet<>((List<String>) e.get("redenen_niet")), open,
				steps, e.get("grens") == null ? null : Money.parse((String) e.get("grens")));
	}

}
