// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import nl.schakel.schemes.RelatedHelp;
import nl.schakel.socialmap.SearchQuery;
import nl.schakel.socialmap.SearchResult;
import nl.schakel.socialmap.ServiceSearch;

/**
 * Answers the check's question for related help from the sociale kaart's search index: a few services per need, in
 * the order of the needs, without repeats. Lives in the web shell, which may depend on both modules.
 */
@Component
class SocialMapRelatedHelp implements RelatedHelp {

	private final ServiceSearch search;

	SocialMapRelatedHelp(ServiceSearch search) {
		this.search = search;
	}

	@Override
	public List<Service> find(List<String> needs, @Nullable String municipality, LocalDate on, int limit) {
		List<List<SearchResult.Hit>> perNeed = new ArrayList<>();
		for (String need : new LinkedHashSet<>(needs)) {
			perNeed.add(search.search(SearchQuery.builder(on).term(need).municipality(municipality).page(1, 3).build())
				.hits());
		}
		// Round robin: every need shows its best service before any need shows a second one.
		Set<UUID> seen = new LinkedHashSet<>();
		List<Service> found = new ArrayList<>();
		for (int rank = 0; rank < 3 && found.size() < limit; rank++) {
			for (List<SearchResult.Hit> hits : perNeed) {
				if (rank < hits.size() && found.size() < limit && seen.add(hits.get(rank).serviceId())) {
					SearchResult.Hit hit = hits.get(rank);
					found.add(new Service(hit.serviceId(), hit.name(), hit.organizationName()));
				}
			}
		}
		return found;
	}

}
