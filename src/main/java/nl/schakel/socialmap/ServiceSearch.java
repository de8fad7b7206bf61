// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The search index of the sociale kaart. PostgreSQL stays the source of truth: the index is fed from it, kept in
 * step after every committed change and can be rebuilt from it at any time. Lucene implements it in-process; a large
 * deployment can put OpenSearch behind the same interface without touching the rest.
 */
public interface ServiceSearch {

	SearchResult search(SearchQuery query);

	/** Adds or replaces these listings. */
	void index(Collection<ServiceListing> listings);

	void remove(UUID serviceId);

	/** Replaces the whole index with these listings. */
	void rebuild(Iterable<ServiceListing> listings);

	long size();

	/** The ids of the services that match a text, best first, at most {@code limit}: for APIs that filter further. */
	List<UUID> matching(String text, LocalDate referenceDate, int limit);

	/** The taxonomy codes the words of a text mean ("eten" means the need "eten"), by the same synonyms as search. */
	Set<String> concepts(String text);

}
