// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;

/** The residents' search page with the demo sociale kaart: filters, the map view, near me, and meetings. */
@SchakelIntegrationTest
class ResidentsSearchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private Document page(String query) throws Exception {
		String html = mvc.perform(get("/hulp?" + query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static List<UUID> hits(Document page) {
		return page.select(".result-list .result h2 a")
			.stream()
			.map(a -> UUID.fromString(a.attr("href").replaceAll(".*/hulp/", "")))
			.toList();
	}

	private int total(Document page) {
		String digits = page.selectFirst(".search-count").text().replaceAll("\\D", "");
		return digits.isEmpty() ? 0 : Integer.parseInt(digits);
	}

	@Test
	void aNeighbourhoodShowsOnlyHelpWithAPlaceInItsPostcodeAreas() throws Exception {
		Document dukenburg = page("wijk=dukenburg");
		assertThat(total(dukenburg)).isPositive().isLessThan(total(page("")));
		for (UUID service : hits(dukenburg)) {
			List<Integer> areas = jdbc.sql("""
					select substring(l.postcode from 1 for 4)::int from sm_service_at_location sal
					join sm_location l on l.id = sal.location_id where sal.service_id = ?""")
				.param(service)
				.query(Integer.class)
				.list();
			assertThat(areas).containsAnyOf(6535, 6536, 6537, 6538);
		}
		assertThat(dukenburg.selectFirst("#wijk option[selected]").val()).isEqualTo("dukenburg");
	}

	@Test
	void walkInAndWheelchairFiltersKeepOnlyListingsThatSaySo() throws Exception {
		Document walkIn = page("binnenlopen=true");
		assertThat(total(walkIn)).isPositive();
		for (UUID service : hits(walkIn)) {
			assertThat(termCodes(service)).contains("stap.binnenlopen");
		}
		Document wheelchair = page("rolstoel=true&binnenlopen=true");
		assertThat(total(wheelchair)).isPositive().isLessThan(total(walkIn));
		for (UUID service : hits(wheelchair)) {
			Boolean accessible = jdbc.sql("""
					select bool_or(a ->> 'taxonomy_term_id' = ?) from sm_service_at_location sal
					join sm_location l on l.id = sal.location_id
					cross join jsonb_array_elements(coalesce(l.doc -> 'attributes', '[]')) a
					where sal.service_id = ?""")
				.params(NeedsTaxonomy.termId("toegang.rolstoel").toString(), service)
				.query(Boolean.class)
				.single();
			assertThat(accessible).isTrue();
		}
		assertThat(walkIn.selectFirst("label[for=rolstoel]").text()).matches(".*\\(\\d+\\)");
	}

	@Test
	void topicsAndTargetGroupsAreSeparateChoicesWithoutNextStepsOrAccessibility() throws Exception {
		Document all = page("");
		List<String> topics = all.select("#onderwerp option").eachAttr("value");
		List<String> groups = all.select("#doelgroep option").eachAttr("value");
		assertThat(topics).contains("eten", "geld-schulden").doesNotContain("stap", "toegang", "doelgroep-ouderen");
		assertThat(groups).contains("doelgroep-ouderen", "doelgroep-jongeren").doesNotContain("eten");
		Document elderly = page("doelgroep=doelgroep-ouderen");
		assertThat(total(elderly)).isPositive().isLessThan(total(all));
		for (UUID service : hits(elderly)) {
			assertThat(termCodes(service)).anyMatch(code -> code.startsWith("doelgroep-ouderen"));
		}
	}

	@Test
	void theMapViewDrawsOneNumberedMarkerPerResultWithoutJavaScriptOrTiles() throws Exception {
		Document map = page("q=eten&weergave=kaart");
		int shown = hits(map).size();
		assertThat(shown).isPositive();
		// One marker per result that has a place; other tests may have withdrawn a location, leaving a result
		// without one. Numbers still match the list, so a missing place skips its number.
		long placed = jdbc.sql("select count(distinct service_id) from sm_service_at_location where service_id = any(?)")
			.param(hits(map).toArray(UUID[]::new))
			.query(Long.class)
			.single();
		assertThat(placed).isPositive();
		assertThat(map.select("svg.result-map__plain .result-map__marker")).hasSize((int) placed);
		assertThat(map.select("svg.result-map__plain text").eachText()).startsWith("1", "2");
		assertThat(map.selectFirst("ol.result-list").attr("start")).isEqualTo("1");
		// The test profile serves tiles from this host; the SVG is drawn either way, for pages without JavaScript.
		assertThat(map.selectFirst(".result-map").attr("data-tiles")).isEqualTo("/kaarttegels/{z}/{x}/{y}.png");
		for (Element marker : map.select("svg circle")) {
			double x = Double.parseDouble(marker.attr("cx"));
			double y = Double.parseDouble(marker.attr("cy"));
			assertThat(x).isBetween(0.0, 640.0);
			assertThat(y).isBetween(0.0, 420.0);
		}
		// The list view offers the map as a link that keeps the search.
		Document list = page("q=eten&gratis=true");
		assertThat(list.selectFirst(".view-switch a[href*=weergave=kaart]").attr("href")).contains("q=eten",
				"gratis=true");
		assertThat(list.select(".result-map")).isEmpty();
	}

	@Test
	void nearMeSearchesFromTheSentLocationAndRefusesNonsense() throws Exception {
		Document tiel = page("lat=51.887&lon=5.428&km=5");
		assertThat(total(tiel)).isPositive();
		assertThat(tiel.select(".result p:contains(km)")).isNotEmpty();
		assertThat(tiel.selectFirst("[data-here-status]").text()).isNotEmpty();
		Document nonsense = page("lat=abc&lon=5.4");
		assertThat(nonsense.selectFirst("#fouten")).isNotNull();
		assertThat(total(nonsense)).isZero();
		Document offTheGlobe = page("lat=95&lon=5.4");
		assertThat(offTheGlobe.selectFirst("#fouten")).isNotNull();
	}

	@Test
	void meetingsThatFitTheSearchAppearNextToTheResults() throws Exception {
		Document language = page("q=taal");
		assertThat(language.select(".search-events .card")).isNotEmpty().hasSizeLessThanOrEqualTo(3);
		assertThat(language.selectFirst(".search-events a[href^=/agenda]")).isNotNull();
		Document nothing = page("q=qxzvwplk");
		assertThat(nothing.select(".search-events")).isEmpty();
	}

	private Set<String> termCodes(UUID service) {
		return Set.copyOf(jdbc.sql("""
				select t.code from sm_service_term st join sm_taxonomy_term t on t.id = st.term_id
				where st.service_id = ?""").param(service).query(String.class).list());
	}

}
