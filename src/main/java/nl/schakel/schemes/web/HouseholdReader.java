// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

import nl.schakel.schemes.Childcare;
import nl.schakel.schemes.Household;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.Person;
import nl.schakel.schemes.Tri;

/**
 * Reads a calculation request and collects every problem with its JSON pointer, instead of stopping at the first:
 * a resident or a partner's form can then show all of them at once. A field that is left out or null is an
 * unanswered question; the engine then reasons over every possible answer.
 */
final class HouseholdReader {

	/** The oldest age the API accepts. */
	static final int MAX_AGE = 120;

	/** A request that was read without problems. */
	record Request(LocalDate referenceDate, Period period, Household household) {
	}

	private static final Set<String> TOP = Set.of("referenceDate", "period", "household");

	private static final Set<String> HOUSEHOLD = Set.of("municipality", "applicant", "hasPartner", "partner", "children",
			"housemates", "rent", "serviceCosts", "municipalTax", "receives", "lowIncomeYears", "childcare");

	private static final Set<String> PERSON = Set.of("age", "birthDate", "yearlyIncome", "monthlyNetIncome", "assets",
			"healthInsured", "working", "kostendelerExempt");

	private static final Set<String> CHILDCARE = Set.of("child", "kind", "hours", "hourlyPrice");

	private final Map<String, String> problems = new LinkedHashMap<>();

	private final Predicate<String> knownMunicipality;

	private LocalDate referenceDate = LocalDate.of(2026, 1, 1);

	private HouseholdReader(Predicate<String> knownMunicipality) {
		this.knownMunicipality = knownMunicipality;
	}

	/** The request, or the problems per JSON pointer (never both). */
	record Outcome(@Nullable Request request, Map<String, String> problems) {
	}

	static Outcome read(JsonNode body, Predicate<String> knownMunicipality) {
		HouseholdReader reader = new HouseholdReader(knownMunicipality);
		Request request = reader.request(body);
		return reader.problems.isEmpty() ? new Outcome(request, Map.of()) : new Outcome(null, reader.problems);
	}

	private @Nullable Request request(JsonNode body) {
		if (!body.isObject()) {
			problem("", "the body must be a JSON object");
			return null;
		}
		unknownFields(body, "", TOP);
		LocalDate date = date(body.get("referenceDate"), "/referenceDate", true);
		if (date != null) {
			referenceDate = date;
		}
		Period period = date == null ? null : Period.month(date.getYear(), date.getMonthValue());
		JsonNode p = body.get("period");
		if (p != null && !p.isNull()) {
			try {
				period = Period.parse(p.asString());
			}
			catch (RuntimeException ex) {
				problem("/period", "a period is a year (2026) or a month (2026-03)");
			}
		}
		JsonNode h = body.get("household");
		if (h == null || !h.isObject()) {
			problem("/household", "a household object is required");
			return null;
		}
		Household household = household(h);
		return date == null || period == null || household == null ? null : new Request(date, period, household);
	}

	private @Nullable Household household(JsonNode h) {
		unknownFields(h, "/household", HOUSEHOLD);
		String municipality = null;
		JsonNode m = h.get("municipality");
		if (m != null && !m.isNull()) {
			municipality = m.isString() ? m.asString() : "";
			if (!municipality.matches("[0-9]{4}") || !knownMunicipality.test(municipality)) {
				problem("/household/municipality", "not a Dutch municipality; give its CBS code of 4 digits, such as \"0268\"");
			}
		}
		JsonNode a = h.get("applicant");
		Person applicant = Person.unknown();
		if (a == null || !a.isObject()) {
			problem("/household/applicant", "an applicant object is required (its fields may be left out)");
		}
		else {
			applicant = person(a, "/household/applicant");
		}
		JsonNode partnerNode = h.get("partner");
		Person partner = partnerNode == null || partnerNode.isNull() ? null
				: partnerNode.isObject() ? person(partnerNode, "/household/partner") : null;
		if (partnerNode != null && !partnerNode.isNull() && !partnerNode.isObject()) {
			problem("/household/partner", "a partner is an object or null");
		}
		Tri hasPartner = tri(h.get("hasPartner"), "/household/hasPartner");
		if (h.get("hasPartner") == null) {
			hasPartner = partner != null ? Tri.TRUE : Tri.FALSE;
		}
		if (hasPartner == Tri.FALSE && partner != null) {
			problem("/household/hasPartner", "is false, but a partner is given");
		}
		List<Person> children = persons(h.get("children"), "/household/children");
		List<Person> housemates = persons(h.get("housemates"), "/household/housemates");
		if (children != null) {
			for (int i = 0; i < children.size(); i++) {
				olderThanParent(children.get(i), applicant, "/household/children/" + i, "the applicant");
				if (partner != null && hasPartner != Tri.FALSE) {
					olderThanParent(children.get(i), partner, "/household/children/" + i, "the partner");
				}
			}
		}
		MoneyRange rent = money(h.get("rent"), "/household/rent");
		MoneyRange service = money(h.get("serviceCosts"), "/household/serviceCosts");
		MoneyRange tax = money(h.get("municipalTax"), "/household/municipalTax");
		Set<String> receives = new HashSet<>();
		JsonNode r = h.get("receives");
		if (r != null && !r.isNull()) {
			if (!r.isArray()) {
				problem("/household/receives", "a list of scheme ids, such as [\"voedselbank\"]");
			}
			else {
				for (int i = 0; i < r.size(); i++) {
					if (!r.get(i).isString() || !r.get(i).asString().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
						problem("/household/receives/" + i, "a scheme id in lower case, such as \"voedselbank\"");
					}
					else {
						receives.add(r.get(i).asString());
					}
				}
			}
		}
		Integer lowIncomeYears = integer(h.get("lowIncomeYears"), "/household/lowIncomeYears", 0, MAX_AGE);
		List<Childcare> childcare = childcare(h.get("childcare"), children == null ? 0 : children.size());
		return new Household(applicant, hasPartner, partner == null ? Person.unknown() : partner, children, housemates,
				rent, service, municipality, receives, childcare, tax, lowIncomeYears);
	}

	private void olderThanParent(Person child, Person parent, String pointer, String who) {
		if (child.ageKnown() && parent.ageKnown()
				&& child.minAgeMonths(referenceDate) >= parent.maxAgeMonths(referenceDate)) {
			problem(pointer + (child.birthDate() != null ? "/birthDate" : "/age"),
					"a child cannot be as old as or older than " + who);
		}
	}

	private Person person(JsonNode p, String pointer) {
		unknownFields(p, pointer, PERSON);
		Person person = Person.unknown()
			.withYearlyIncome(money(p.get("yearlyIncome"), pointer + "/yearlyIncome"))
			.withMonthlyNetIncome(money(p.get("monthlyNetIncome"), pointer + "/monthlyNetIncome"))
			.withAssets(money(p.get("assets"), pointer + "/assets"))
			.withHealthInsured(tri(p.get("healthInsured"), pointer + "/healthInsured"))
			.withWorking(tri(p.get("working"), pointer + "/working"))
			.withKostendelerExempt(tri(p.get("kostendelerExempt"), pointer + "/kostendelerExempt"));
		LocalDate birth = date(p.get("birthDate"), pointer + "/birthDate", false);
		if (birth != null) {
			if (birth.isAfter(referenceDate)) {
				problem(pointer + "/birthDate", "lies after the reference date");
			}
			else if (ChronoUnit.YEARS.between(birth, referenceDate) > MAX_AGE) {
				problem(pointer + "/birthDate", "gives an age above " + MAX_AGE);
			}
			else {
				person = person.withBirthDate(birth);
			}
		}
		Integer age = integer(p.get("age"), pointer + "/age", 0, MAX_AGE);
		if (age != null && birth == null) {
			person = person.withAge(age);
		}
		return person;
	}

	private @Nullable List<Person> persons(@Nullable JsonNode list, String pointer) {
		if (list == null || list.isNull()) {
			return null;
		}
		if (!list.isArray()) {
			problem(pointer, "a list of persons, or null when not known");
			return null;
		}
		List<Person> persons = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			if (!list.get(i).isObject()) {
				problem(pointer + "/" + i, "a person is an object");
			}
			else {
				persons.add(person(list.get(i), pointer + "/" + i));
			}
		}
		return persons;
	}

	private @Nullable List<Childcare> childcare(@Nullable JsonNode list, int children) {
		if (list == null || list.isNull()) {
			return null;
		}
		if (!list.isArray()) {
			problem("/household/childcare", "a list of childcare, or null when not known");
			return null;
		}
		List<Childcare> out = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			String pointer = "/household/childcare/" + i;
			JsonNode c = list.get(i);
			if (!c.isObject()) {
				problem(pointer, "childcare is an object");
				continue;
			}
			unknownFields(c, pointer, CHILDCARE);
			Integer child = integer(c.get("child"), pointer + "/child", 0, Math.max(0, children - 1));
			Integer hours = integer(c.get("hours"), pointer + "/hours", 0, 744);
			MoneyRange price = money(c.get("hourlyPrice"), pointer + "/hourlyPrice");
			Childcare.Kind kind = null;
			JsonNode k = c.get("kind");
			try {
				kind = k == null ? null : Childcare.Kind.valueOf(k.asString());
			}
			catch (IllegalArgumentException ex) {
				kind = null;
			}
			if (kind == null) {
				problem(pointer + "/kind", "one of DAGOPVANG, BUITENSCHOOLSE_OPVANG, GASTOUDEROPVANG");
			}
			if (child == null || hours == null || !price.isKnown()) {
				problem(pointer, "child, hours and hourlyPrice are required");
			}
			else if (kind != null) {
				out.add(new Childcare(child, kind, hours, price.min()));
			}
		}
		return out;
	}

	private MoneyRange money(@Nullable JsonNode node, String pointer) {
		if (node == null || node.isNull()) {
			return MoneyRange.UNKNOWN;
		}
		if (!node.isString() && !node.isNumber()) {
			problem(pointer, "an amount in euros, such as \"1401.50\"");
			return MoneyRange.UNKNOWN;
		}
		try {
			Money amount = Money.parse(node.isString() ? node.asString() : node.decimalValue().toPlainString());
			if (amount.cents() < 0) {
				problem(pointer, "must not be negative");
				return MoneyRange.UNKNOWN;
			}
			if (amount.compareTo(MoneyRange.CEILING) >= 0) {
				problem(pointer, "is too large");
				return MoneyRange.UNKNOWN;
			}
			return MoneyRange.exactly(amount);
		}
		catch (RuntimeException ex) {
			problem(pointer, "an amount in euros with at most 2 decimals, such as \"1401.50\"");
			return MoneyRange.UNKNOWN;
		}
	}

	private Tri tri(@Nullable JsonNode node, String pointer) {
		if (node == null || node.isNull()) {
			return Tri.UNKNOWN;
		}
		if (!node.isBoolean()) {
			problem(pointer, "true, false or null");
			return Tri.UNKNOWN;
		}
		return Tri.of(node.booleanValue());
	}

	private @Nullable Integer integer(@Nullable JsonNode node, String pointer, int min, int max) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
			problem(pointer, "a whole number from " + min + " to " + max);
			return null;
		}
		return node.asInt();
	}

	private @Nullable LocalDate date(@Nullable JsonNode node, String pointer, boolean required) {
		if (node == null || node.isNull()) {
			if (required) {
				problem(pointer, "a date such as \"2026-03-01\" is required");
			}
			return null;
		}
		try {
			return LocalDate.parse(node.asString());
		}
		catch (DateTimeParseException ex) {
			problem(pointer, "a date such as \"2026-03-01\"");
			return null;
		}
	}

	private void unknownFields(JsonNode object, String pointer, Set<String> allowed) {
		for (String name : object.propertyNames()) {
			if (!allowed.contains(name)) {
				problem(pointer + "/" + name.replace("~", "~0").replace("/", "~1"), "unknown field");
			}
		}
	}

	private void problem(String pointer, String message) {
		problems.putIfAbsent(pointer, message);
	}

}
