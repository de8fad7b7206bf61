// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.socialmap.HsdsSchemas.Kind;

/** The index follows PostgreSQL: committed changes show up in search, rolled-back ones never do. */
@SchakelIntegrationTest
class SearchIndexingIntegrationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Autowired
	Directory directory;

	@Autowired
	ServiceSearch search;

	@Autowired
	JsonMapper json;

	@Autowired
	TransactionTemplate transactions;

	private ObjectNode organisation(String word) {
		ObjectNode organisation = json.createObjectNode();
		organisation.put("id", UUID.randomUUID().toString());
		organisation.put("name", "Stichting " + word);
		organisation.put("description", "Een demo-organisatie.");
		ObjectNode service = organisation.putArray("services").addObject();
		service.put("id", UUID.randomUUID().toString());
		service.put("name", "Spreekuur " + word);
		service.put("description", "Hulp bij " + word + " voor iedereen.");
		service.put("status", "active");
		service.put("assured_date", "2026-10-01");
		ObjectNode attribute = service.putArray("attributes").addObject();
		attribute.put("id", UUID.randomUUID().toString());
		attribute.put("taxonomy_term_id", NeedsTaxonomy.termId("geld-schulden.schuldhulp").toString());
		return organisation;
	}

	private long hits(String text) {
		return search.search(SearchQuery.forText(text, TODAY)).total();
	}

	@Test
	void anImportedServiceIsFoundAndItsChangesFollow() {
		String word = "zonnebloemveld" + UUID.randomUUID().toString().substring(0, 4);
		ObjectNode organisation = organisation(word);
		directory.importDocument(Kind.ORGANIZATION, organisation, "test");
		assertThat(hits(word)).isEqualTo(1);

		ObjectNode service = (ObjectNode) organisation.get("services").get(0);
		service.put("status", "defunct");
		directory.importDocument(Kind.ORGANIZATION, organisation, "test");
		assertThat(hits(word)).isZero();
	}

	@Test
	void theTaxonomyIsLoadedSoEverydayWordsFindTheNeed() {
		String word = "klaverblad" + UUID.randomUUID().toString().substring(0, 4);
		directory.importDocument(Kind.ORGANIZATION, organisation(word), "test");
		var result = search.search(SearchQuery.builder(TODAY).text("deurwaarder " + word).term("geld-schulden").build());
		assertThat(result.hits()).extracting(SearchResult.Hit::name).contains("Spreekuur " + word);
		assertThat(directory.taxonomyTerm(NeedsTaxonomy.termId("geld-schulden.schuldhulp"))).isPresent();
	}

	@Test
	void aRolledBackImportNeverReachesTheIndex() {
		String word = "madeliefje" + UUID.randomUUID().toString().substring(0, 4);
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			directory.importDocument(Kind.ORGANIZATION, organisation(word), "test");
			throw new IllegalStateException("something later in the same transaction failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(hits(word)).isZero();
	}

}
