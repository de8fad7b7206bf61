// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import nl.schakel.region.MunicipalityCode;
import nl.schakel.schemes.Evaluation;
import nl.schakel.schemes.Household;
import nl.schakel.schemes.LocalSchemes;
import nl.schakel.schemes.MoneyRange;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.Question;
import nl.schakel.schemes.Status;
import nl.schakel.schemes.Text;
import nl.schakel.socialmap.SearchQuery;
import nl.schakel.socialmap.SearchResult;
import nl.schakel.socialmap.ServiceSearch;

/**
 * What a worker takes to the door: the schemes a household probably misses and fitting help in the sociale kaart.
 * Only the municipality is known (from the case's address), so the household is otherwise unknown to the regelingen
 * engine, which then answers RECHT or MOGELIJK with ranges and the questions that settle it. Nothing here is personal.
 */
@Service
public class HelpOverview {

	/** The needs of the sociale kaart that fit a household with payment arrears, in the order printed. */
	static final List<String> NEEDS = List.of("geld-schulden.schuldhulp", "geld-schulden.toeslagen-regelingen",
			"eten.voedselbank");

	private static final int PER_NEED = 3;

	private final LocalSchemes schemes;

	private final ServiceSearch search;

	HelpOverview(LocalSchemes schemes, ServiceSearch search) {
		this.schemes = schemes;
		this.search = search;
	}

	/** A scheme the household may get, with what the worker should find out to be sure. */
	public record SchemeLine(String id, Text name, Status status, MoneyRange perMonth, MoneyRange perYear,
			List<Question> toFindOut) {

		/** Whether the engine could put an upper bound on the amount. */
		public boolean bounded() {
			return !perYear.isUnbounded();
		}

	}

	/** A service of the sociale kaart for one need. */
	public record HelpLine(String need, UUID serviceId, String name, String organisation) {
	}

	/** The overview for one municipality on one date. */
	public record Sheet(MunicipalityCode municipality, LocalDate date, List<SchemeLine> schemes, List<HelpLine> help) {
	}

	public Sheet sheet(MunicipalityCode municipality, LocalDate referenceDate) {
		Household household = Household.unknown().withMunicipality(municipality.value());
		Evaluation evaluation = schemes.engine()
			.evaluate(household, referenceDate, Period.month(referenceDate.getYear(), referenceDate.getMonthValue()));
		List<SchemeLine> lines = evaluation.results()
			.stream()
			.filter(r -> r.status() == Status.RECHT || r.status() == Status.MOGELIJK)
			.map(r -> new SchemeLine(r.schemeId(), r.name(), r.status(), r.perMonth(), r.perYear(),
					r.open().stream().sorted(Comparator.naturalOrder()).toList()))
			.toList();
		List<HelpLine> help = new ArrayList<>();
		for (String need : NEEDS) {
			for (SearchResult.Hit hit : search.search(SearchQuery.builder(referenceDate)
				.term(need)
				.municipality(municipality.value())
				.page(1, PER_NEED)
				.build()).hits()) {
				help.add(new HelpLine(need, hit.serviceId(), hit.name(), hit.organizationName()));
			}
		}
		return new Sheet(municipality, referenceDate, lines, help);
	}

	/** The services of the municipality in the sociale kaart, by name, to refer a household to. */
	public Map<UUID, String> services(MunicipalityCode municipality, LocalDate referenceDate) {
		Map<UUID, String> services = new LinkedHashMap<>();
		search.search(SearchQuery.builder(referenceDate).municipality(municipality.value()).page(1, 100).build())
			.hits()
			.stream()
			.sorted(Comparator.comparing(SearchResult.Hit::name, String.CASE_INSENSITIVE_ORDER))
			.forEach(h -> services.put(h.serviceId(), h.name() + " (" + h.organizationName() + ")"));
		return services;
	}

}
