// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import nl.schakel.socialmap.ListingFields.CostKind;

class ListingFieldsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final NeedsTaxonomy taxonomy = NeedsTaxonomy.load();

	@Test
	void acceptsDutchPhoneNumbersAsPeopleWriteThem() {
		assertThat(ListingFields.isPhone("024 123 45 67")).isTrue();
		assertThat(ListingFields.isPhone("06-12345678")).isTrue();
		assertThat(ListingFields.isPhone("+31 6 12345678")).isTrue();
		assertThat(ListingFields.isPhone("+31 (0)24 123 4567")).isFalse();
		assertThat(ListingFields.isPhone("0031 24 1234567")).isTrue();
		assertThat(ListingFields.isPhone("088 000 1530")).isTrue();
		assertThat(ListingFields.isPhone("0800 1234")).isTrue();
		assertThat(ListingFields.isPhone("0900-1234567")).isTrue();
		assertThat(ListingFields.isPhone("14 024")).isTrue();
	}

	@Test
	void refusesWhatIsNoDutchPhoneNumber() {
		assertThat(ListingFields.isPhone("12345")).isFalse();
		assertThat(ListingFields.isPhone("+32 2 123 45 67")).isFalse();
		assertThat(ListingFields.isPhone("0024 1234567")).isFalse();
		assertThat(ListingFields.isPhone("024 123 45 67 8")).isFalse();
		assertThat(ListingFields.isPhone("bel ons")).isFalse();
		assertThat(ListingFields.isPhone("0".repeat(40))).isFalse();
	}

	@Test
	void checksEmailAddresses() {
		assertThat(ListingFields.isEmail("info@voorbeeld.nl")).isTrue();
		assertThat(ListingFields.isEmail("a.b+c@sub.voorbeeld.demo")).isTrue();
		assertThat(ListingFields.isEmail("iemand@")).isFalse();
		assertThat(ListingFields.isEmail("iemand@voorbeeld")).isFalse();
		assertThat(ListingFields.isEmail("<script>@x.nl")).isFalse();
		assertThat(ListingFields.isEmail("a b@voorbeeld.nl")).isFalse();
	}

	@Test
	void acceptsOnlyHttpAndHttpsWebsitesAndAddsTheSchemeWhenMissing() {
		assertThat(ListingFields.webAddress("https://www.voorbeeld.nl/pad?x=1")).contains("https://www.voorbeeld.nl/pad?x=1");
		assertThat(ListingFields.webAddress("http://voorbeeld.nl")).contains("http://voorbeeld.nl");
		assertThat(ListingFields.webAddress("www.voorbeeld.nl")).contains("https://www.voorbeeld.nl");
		assertThat(ListingFields.webAddress("javascript:alert(1)")).isEmpty();
		assertThat(ListingFields.webAddress("JAVASCRIPT:alert(1)")).isEmpty();
		assertThat(ListingFields.webAddress("data:text/html,hallo")).isEmpty();
		assertThat(ListingFields.webAddress("ftp://voorbeeld.nl")).isEmpty();
		assertThat(ListingFields.webAddress("https://localhost")).isEmpty();
		assertThat(ListingFields.webAddress("https://iemand:geheim@voorbeeld.nl")).isEmpty();
		assertThat(ListingFields.webAddress("https://voor beeld.nl")).isEmpty();
	}

	@Test
	void keepsTermsOfOtherKindsAndTaxonomiesWhenReplacingTickedTerms() {
		ObjectNode doc = json.createObjectNode().put("id", "5cbcf18a-246e-5d8d-9b15-1411d6ce9c41");
		var attributes = doc.putArray("attributes");
		attributes.addObject().put("id", "a1").put("taxonomy_term_id", NeedsTaxonomy.termId("eten").toString());
		attributes.addObject().put("id", "a2").put("taxonomy_term_id", "elsewhere");
		attributes.addObject().put("id", "a3").put("taxonomy_term_id", NeedsTaxonomy.termId("stap.bellen").toString());
		ListingFields.applyTerms(doc, taxonomy, Set.of(NeedsTaxonomy.NEED),
				Set.of(NeedsTaxonomy.termId("vervoer").toString(), NeedsTaxonomy.termId("eten").toString()), "service");
		assertThat(doc.get("attributes")).hasSize(4);
		assertThat(doc.get("attributes").get(0).get("id").asString()).as("a kept term keeps its id").isEqualTo("a1");
		assertThat(ListingFields.termIds(doc, taxonomy, Set.of(NeedsTaxonomy.NEED)))
			.containsExactlyInAnyOrder(NeedsTaxonomy.termId("eten").toString(), NeedsTaxonomy.termId("vervoer").toString());
		assertThat(ListingFields.unknownTerms(Set.of(NeedsTaxonomy.termId("eten").toString()), taxonomy,
				NeedsTaxonomy.TARGET_GROUP)).hasSize(1);
	}

	@Test
	void readsAndWritesTheKindOfCosts() {
		ObjectNode doc = json.createObjectNode().put("id", "x");
		assertThat(ListingFields.costKind(doc)).isEqualTo(CostKind.UNKNOWN);
		ListingFields.applyCosts(doc, CostKind.FREE, "Gratis");
		assertThat(ListingFields.costKind(doc)).isEqualTo(CostKind.FREE);
		ListingFields.applyCosts(doc, CostKind.REDUCED, "Met Stadspas of korting");
		assertThat(ListingFields.costKind(doc)).isEqualTo(CostKind.REDUCED);
		ListingFields.applyCosts(doc, CostKind.PAID, "Betaald");
		assertThat(ListingFields.costKind(doc)).isEqualTo(CostKind.PAID);
		ObjectNode detailed = json.createObjectNode().put("id", "y").put("fees_description", "Met Stadspas € 2");
		detailed.putArray("cost_options").addObject().put("id", "c").put("option", "Per keer").put("amount", 4);
		ListingFields.applyCosts(detailed, CostKind.REDUCED, "Met Stadspas of korting");
		assertThat(detailed.get("cost_options").get(0).get("option").asString())
			.as("unchanged kind keeps the detailed options").isEqualTo("Per keer");
	}

}
