// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the search index in step with PostgreSQL: rebuilt from the database at start-up, and updated after every
 * committed change (never before, so the index never shows what was rolled back).
 */
@Component
class SearchIndexing {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

	private final ServiceSearch search;

	private final ListingReader listings;

	SearchIndexing(ServiceSearch search, ListingReader listings) {
		this.search = search;
		this.listings = listings;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuild() {
		long started = System.nanoTime();
		List<ServiceListing> all = new ArrayList<>();
		listings.readAll(all::add);
		search.rebuild(all);
		log.info("Search index rebuilt: {} services in {} ms", search.size(), (System.nanoTime() - started) / 1_000_000);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ListingsChanged event) {
		List<ServiceListing> changed = listings.read(event.serviceIds());
		Set<UUID> present = new HashSet<>();
		changed.forEach(listing -> present.add(listing.id()));
		search.index(changed);
		event.serviceIds().stream().filter(id -> !present.contains(id)).forEach(search::remove);
	}

}
