// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.schakel.socialmap.SearchQuery.Near;
import nl.schakel.socialmap.ServiceListing.Opening;
import nl.schakel.socialmap.ServiceListing.Place;

/** How residents search: in their own words, with typos, in English, nearby, open on a day. */
class LuceneServiceSearchTests {

	private static final String CSV = """
			code,parent_code,kind,name_nl,name_en,description_nl,description_en,synonyms_nl,synonyms_en,open_eligibility_code,open_eligibility_name,airs_code,airs_name
			eten,,need,Eten,Food,Hulp met eten,Help with food,eten|voedsel|boodschappen|honger,food|groceries|hunger,,,,
			eten.voedselbank,eten,need,Voedselbank,Food bank,Gratis boodschappen,Free groceries,voedselbank|voedselpakket|voedselbanken,food bank|food parcel,,,BD-1800.2000,Food Pantries
			geld-schulden,,need,Geld en schulden,Money and debt,Hulp bij geld,Help with money,geld|schulden|schuld|rekeningen|geldzorgen,money|debt|bills,,,,
			geld-schulden.schuldhulp,geld-schulden,need,Schuldhulp,Debt help,Hulp bij schulden,Help with debts,schuldhulpmaatje|schuldhulpverlening|deurwaarder,debt advice|bailiff,,,,
			kinderen,,target_group,Kinderen,Children,Voor kinderen,For children,kind|kinderen|kids|peuter,child|children|kids,,,,
			""";

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private static final double[] NIJMEGEN_OOST = { 51.842, 5.878 };

	private static final double[] TIEL = { 51.887, 5.428 };

	private final LuceneServiceSearch search = new LuceneServiceSearch(NeedsTaxonomy.parse(CSV));

	private final ServiceListing foodBank = listing("Voedselbank Oost", "Elke week een pakket met boodschappen.",
			Set.of("eten.voedselbank"), Set.of("nl", "ar"), true, NIJMEGEN_OOST, "0268",
			List.of(new Opening(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0))), TODAY.minusMonths(2));

	private final ServiceListing debtBuddy = listing("Geldmaatje Tiel", "Een vrijwilliger helpt u met uw rekeningen.",
			Set.of("geld-schulden.schuldhulp"), Set.of("nl"), true, TIEL, "0281",
			List.of(new Opening(DayOfWeek.THURSDAY, LocalTime.of(19, 0), LocalTime.of(21, 0))), TODAY.minusMonths(1));

	private final ServiceListing homework = listing("Huiswerkklas", "Hulp bij huiswerk voor leerlingen van de basisschool.",
			Set.of("kinderen"), Set.of("nl", "tr"), false, NIJMEGEN_OOST, "0268",
			List.of(new Opening(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), LocalTime.of(16, 0))), TODAY.minusYears(2));

	private static ServiceListing listing(String name, String description, Set<String> codes, Set<String> languages,
			boolean free, double[] at, String municipality, List<Opening> openings, LocalDate verified) {
		return new ServiceListing(UUID.randomUUID(), name, description, "Demo-organisatie", null, null, codes, List.of(),
				languages, free, List.of(new Place(UUID.randomUUID(), at[0], at[1], null, municipality)), openings,
				verified, true);
	}

	@AfterEach
	void close() throws Exception {
		search.close();
	}

	private List<String> names(SearchQuery query) {
		return search.search(query).hits().stream().map(SearchResult.Hit::name).toList();
	}

	private List<String> names(String text) {
		return names(SearchQuery.forText(text, TODAY));
	}

	private void indexAll() {
		search.rebuild(List.of(foodBank, debtBuddy, homework));
	}

	@Test
	void everydayWordsFindTheServiceThatIsMeant() {
		indexAll();
		assertThat(names("eten")).first().isEqualTo("Voedselbank Oost");
		assertThat(names("schulden")).first().isEqualTo("Geldmaatje Tiel");
		assertThat(names("kind")).first().isEqualTo("Huiswerkklas");
	}

	@Test
	void pluralsCompoundsAndTyposStillFind() {
		indexAll();
		assertThat(names("voedselbanken")).contains("Voedselbank Oost");
		assertThat(names("voedselbnak")).contains("Voedselbank Oost");
		assertThat(names("maatje")).contains("Geldmaatje Tiel");
		assertThat(names("rekening")).contains("Geldmaatje Tiel");
	}

	@Test
	void englishQueriesWork() {
		indexAll();
		assertThat(names("food")).first().isEqualTo("Voedselbank Oost");
		assertThat(names("debt")).first().isEqualTo("Geldmaatje Tiel");
		assertThat(names("children")).first().isEqualTo("Huiswerkklas");
	}

	@Test
	void nothingIsFoundForWordsThatMeanNothingHere() {
		indexAll();
		assertThat(names("zwembadkaartjes")).isEmpty();
	}

	@Test
	void aSearchWithVeryManyMatchesEstimatesTotalAndCountsButStillRanksAllMatches() throws Exception {
		List<ServiceListing> many = new java.util.ArrayList<>();
		for (int i = 0; i < 300; i++) {
			many.add(i % 3 == 0 ? listing("Voedselpakket " + i, "Eten voor wie het nodig heeft.", Set.of("eten.voedselbank"),
					Set.of("nl"), true, TIEL, "0281", List.of(), TODAY.minusYears(3))
					: listing("Geldhulp " + i, "Hulp bij rekeningen en eten.", Set.of("geld-schulden.schuldhulp"), Set.of("nl"),
							true, TIEL, "0281", List.of(), TODAY.minusYears(3)));
		}
		many.add(foodBank);
		try (var small = new LuceneServiceSearch(NeedsTaxonomy.parse(CSV), new org.apache.lucene.store.ByteBuffersDirectory(),
				40)) {
			small.rebuild(many);
			SearchResult all = small.search(SearchQuery.builder(TODAY).build());
			assertThat(all.estimated()).isTrue();
			assertThat(all.total()).isEqualTo(300);
			assertThat(all.facets().get("need").get("eten")).isBetween(60, 140);
			SearchResult food = small.search(SearchQuery.forText("voedselbank", TODAY));
			assertThat(food.hits().getFirst().name()).as("the best match, indexed last, still comes first")
				.isEqualTo("Voedselbank Oost");
			SearchResult few = small.search(SearchQuery.builder(TODAY).municipality("0268").build());
			assertThat(few.estimated()).isFalse();
			assertThat(few.total()).isOne();
		}
		assertThat(LuceneServiceSearch.round(47_096)).isEqualTo(47_000);
		assertThat(LuceneServiceSearch.round(1_234_567)).isEqualTo(1_200_000);
		assertThat(LuceneServiceSearch.round(87)).isEqualTo(87);
	}

	@Test
	void filtersNarrowAndFacetsCount() {
		indexAll();
		var inNijmegen = SearchQuery.builder(TODAY).municipality("0268").build();
		SearchResult result = search.search(inNijmegen);
		assertThat(result.total()).isEqualTo(2);
		assertThat(result.facets().get("language")).containsEntry("nl", 2).containsEntry("ar", 1).containsEntry("tr", 1);
		assertThat(result.facets().get("need")).containsEntry("eten", 1).containsEntry("eten.voedselbank", 1);

		var freeArabic = SearchQuery.builder(TODAY).language("ar").freeOnly(true).build();
		assertThat(names(freeArabic)).containsExactly("Voedselbank Oost");

		var children = SearchQuery.builder(TODAY).term("kinderen").build();
		assertThat(names(children)).containsExactly("Huiswerkklas");

		var broaderNeed = SearchQuery.builder(TODAY).term("eten").build();
		assertThat(names(broaderNeed)).containsExactly("Voedselbank Oost");
	}

	@Test
	void openOnADayAndAtATime() {
		indexAll();
		var thursday = SearchQuery.builder(TODAY).openOn(DayOfWeek.THURSDAY, null).build();
		assertThat(names(thursday)).containsExactly("Geldmaatje Tiel");
		var tuesdayAt11 = SearchQuery.builder(TODAY).openOn(DayOfWeek.TUESDAY, LocalTime.of(11, 0)).build();
		assertThat(names(tuesdayAt11)).containsExactly("Voedselbank Oost");
		var tuesdayAt13 = SearchQuery.builder(TODAY).openOn(DayOfWeek.TUESDAY, LocalTime.of(13, 0)).build();
		assertThat(names(tuesdayAt13)).isEmpty();
	}

	@Test
	void nearbyServicesComeFirstAndCarryTheirDistance() {
		indexAll();
		var nearTiel = SearchQuery.builder(TODAY).near(new Near(TIEL[0], TIEL[1], 50)).build();
		SearchResult result = search.search(nearTiel);
		assertThat(result.hits().getFirst().name()).isEqualTo("Geldmaatje Tiel");
		assertThat(result.hits().getFirst().distanceKm()).isLessThan(1.0);
		assertThat(result.hits().getLast().distanceKm()).isBetween(25.0, 40.0);
		var within5km = SearchQuery.builder(TODAY).near(new Near(TIEL[0], TIEL[1], 5)).build();
		assertThat(names(within5km)).containsExactly("Geldmaatje Tiel");
	}

	@Test
	void recentlyVerifiedListingsRankAboveStaleOnes() {
		ServiceListing stale = listing("Voedselhulp Oud", "Boodschappen voor wie weinig heeft.", Set.of("eten"),
				Set.of("nl"), true, NIJMEGEN_OOST, "0268", List.of(), TODAY.minusYears(3));
		ServiceListing fresh = listing("Voedselhulp Nieuw", "Boodschappen voor wie weinig heeft.", Set.of("eten"),
				Set.of("nl"), true, NIJMEGEN_OOST, "0268", List.of(), TODAY.minusWeeks(1));
		search.rebuild(List.of(stale, fresh));
		assertThat(names(SearchQuery.forText("boodschappen", TODAY))).containsExactly("Voedselhulp Nieuw",
				"Voedselhulp Oud");
	}

	@Test
	void changesReplaceAndRemoveListings() {
		indexAll();
		search.remove(homework.id());
		assertThat(search.size()).isEqualTo(2);
		ServiceListing closed = new ServiceListing(foodBank.id(), foodBank.name(), foodBank.description(),
				foodBank.organizationName(), null, null, foodBank.termCodes(), List.of(), foodBank.languages(), true,
				foodBank.places(), foodBank.openings(), foodBank.lastVerified(), false);
		search.index(List.of(closed));
		assertThat(search.size()).isEqualTo(1);
		assertThat(names("eten")).isEmpty();
	}

	@Test
	void aLargeRebuildIsIndexedOnAllCoresAndFindsTheSameServices() {
		List<ServiceListing> many = new java.util.ArrayList<>(List.of(foodBank, debtBuddy, homework));
		for (int i = 0; i < 4_500; i++) {
			many.add(listing("Buurtkoffie " + i, "Koffie en een praatje in het buurthuis.", Set.of(), Set.of("nl"), i % 2 == 0,
					TIEL, "0281", List.of(), TODAY.minusDays(i % 400)));
		}
		many.add(listing("Voedselbank West", "Pakket met boodschappen.", Set.of("eten.voedselbank"), Set.of("nl"), true,
				NIJMEGEN_OOST, "0268", List.of(), TODAY));
		search.rebuild(many);
		assertThat(search.size()).isEqualTo(4_504);
		assertThat(names("voedselbnak")).containsExactlyInAnyOrder("Voedselbank Oost", "Voedselbank West");
		assertThat(search.search(SearchQuery.forText("buurtkoffie", TODAY)).total()).isEqualTo(4_500);
		search.rebuild(List.of(foodBank));
		assertThat(search.size()).isEqualTo(1);
	}

}
