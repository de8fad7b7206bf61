// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.paper.PdfChecks;
import nl.schakel.schemes.LocalSchemes;
import nl.schakel.schemes.Money;
import nl.schakel.schemes.Period;
import nl.schakel.schemes.SchemeInfo;
import nl.schakel.schemes.SchemeResult;

/**
 * The catalogue of regelingen as a resident reads it: per municipality only its own local schemes, searchable, a page
 * per scheme whose amounts are the engine's, and the booklet as a tagged PDF with every scheme and a QR code.
 */
@SchakelIntegrationTest
class CatalogueIntegrationTests {

	private static final LocalDate DATE = LocalDate.of(2026, 3, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	LocalSchemes schemes;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private List<String> schemeLinks(Document page) {
		return page.select(".scheme-theme a[href^=/regelingen/]").eachText();
	}

	@Test
	void nijmegenSeesItsOwnLocalSchemesAndTheNationalOnesButNotGroningens() throws Exception {
		Document page = page("/regelingen?gemeente=0268&peildatum=2026-03-01");
		assertThat(page.select("h1").text()).isEqualTo("Regelingen voor inwoners van Nijmegen");
		assertThat(schemeLinks(page)).contains("Zorgtoeslag", "Huurtoeslag", "Meedoenregeling Nijmegen")
			.noneMatch(name -> name.contains("Groningen"));
		assertThat(page.select("h2[id^=thema-]").eachText()).startsWith("Wonen", "Zorg", "Kinderen");
		assertThat(page.select("a[href^=/regelingen/check]").attr("href")).isEqualTo("/regelingen/check?gemeente=0268");
		assertThat(page.select(".scheme-theme a").eachAttr("href")).contains("/regelingen/zorgtoeslag?peildatum=2026-03-01");
		assertThat(page.select("form[action=/regelingen/boekje.pdf] input[name=gemeente]").val()).isEqualTo("0268");

		Document groningen = page("/regelingen?gemeente=0014&peildatum=2026-03-01");
		assertThat(schemeLinks(groningen)).contains("Zorgtoeslag").noneMatch(name -> name.contains("Nijmegen"));
	}

	@Test
	void theChosenMunicipalityComesFromTheCookieAndWithoutOneOnlyNationalSchemesShow() throws Exception {
		Document remembered = Jsoup.parse(mvc.perform(get("/regelingen").cookie(new Cookie("schakel-gemeente", "0268")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(schemeLinks(remembered)).contains("Meedoenregeling Nijmegen");

		Document none = page("/regelingen");
		assertThat(schemeLinks(none)).contains("Zorgtoeslag").noneMatch(name -> name.contains("Nijmegen"));
		assertThat(none.text()).contains("U ziet nu alleen de regelingen van het Rijk.");
		assertThat(none.select("select#gemeente option")).hasSizeGreaterThan(1);
		assertThat(none.select("a[href^=/regelingen/check]").attr("href")).isEqualTo("/regelingen/check");
		assertThat(none.select(".scheme-theme a").eachAttr("href")).contains("/regelingen/zorgtoeslag");
	}

	@Test
	void searchIgnoresCaseAndAccentsAndFindsWordStartsAndCompounds() throws Exception {
		assertThat(schemeLinks(page("/regelingen?gemeente=0268&q=TOESLAG"))).contains("Zorgtoeslag", "Huurtoeslag")
			.doesNotContain("Kwijtschelding");
		Document accented = Jsoup.parse(mvc.perform(get("/regelingen").param("gemeente", "0268").param("q", "Kwijtschélding"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(schemeLinks(accented)).containsExactly("Kwijtschelding gemeentelijke belastingen");
		assertThat(schemeLinks(page("/regelingen?gemeente=0268&q=sport"))).contains("Meedoenregeling Nijmegen");
		Document nothing = page("/regelingen?gemeente=0268&q=xyzzy");
		assertThat(schemeLinks(nothing)).isEmpty();
		assertThat(nothing.text()).contains("Geen regeling gevonden met xyzzy.");
		Document english = page("/regelingen?gemeente=0268&q=health&lang=en");
		assertThat(schemeLinks(english)).contains("Healthcare allowance");
	}

	@Test
	void anUnknownMunicipalityIsAClearErrorAndShowsTheNationalSchemes() throws Exception {
		String html = mvc.perform(get("/regelingen?gemeente=9999"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.title()).startsWith("Fout: ");
		assertThat(page.select("#fouten a[href=#gemeente]").text()).isEqualTo("Kies een gemeente uit de lijst");
		assertThat(schemeLinks(page)).contains("Zorgtoeslag");
	}

	@Test
	void aSchemePageShowsRulesAmountsFromTheEngineHowToApplyAndTheSource() throws Exception {
		Document page = page("/regelingen/zorgtoeslag?peildatum=2026-03-01");
		assertThat(page.select("h1").text()).isEqualTo("Zorgtoeslag");
		assertThat(page.select(".scheme-rules li").eachText()).anyMatch(t -> t.contains("Zorgtoeslag is voor mensen van 18 jaar en ouder."))
			.anyMatch(t -> t.contains("Uw inkomen is niet te hoog."))
			.noneMatch(t -> t.contains("{"));
		SchemeInfo info = schemes.engine().info("zorgtoeslag").orElseThrow();
		SchemeResult single = schemes.engine()
			.evaluateOne(SchemeExamples.household(SchemeExamples.Kind.SINGLE, null, Money.ZERO, Money.ZERO), DATE,
					Period.month(2026, 3), info.id())
			.flatMap(e -> e.result("zorgtoeslag"))
			.orElseThrow();
		assertThat(single.perMonth().max().isPositive()).isTrue();
		var row = page.select("tr[data-example=single]");
		assertThat(row.select("td").get(0).text()).isEqualTo(single.perMonth().max().toString());
		assertThat(row.select("td").get(1).text()).isEqualTo(single.perYear().max().toString());
		assertThat(row.select("td").get(2).text()).contains("per jaar");
		assertThat(page.select("a[href^=https://wetten.overheid.nl]").eachText()).contains("Wet op de zorgtoeslag");
		assertThat(page.text()).contains("Uw DigiD", "Schakel laat de regels zien zoals ze gelden op 1-3-2026.");
		assertThat(page.select("a[href^=/hulp?onderwerp=]").eachAttr("href"))
			.contains("/hulp?onderwerp=geld-schulden.toeslagen-regelingen");
		assertThat(page.select("a[href^=/regelingen/opvolging]").attr("href")).isEqualTo("/regelingen/opvolging?regeling=zorgtoeslag");
	}

	@Test
	void aLocalSchemePageShowsItsMunicipalityAndAmountAndIsInEnglishToo() throws Exception {
		Document page = page("/regelingen/nijmegen-meedoenregeling?peildatum=2026-03-01");
		assertThat(page.text()).contains("Regeling van de gemeente Nijmegen", "Deze regeling is alleen voor inwoners van Nijmegen.");
		assertThat(page.select("tr[data-example=single] td").get(1).text()).isEqualTo("€ 150");
		Document english = page("/regelingen/nijmegen-meedoenregeling?peildatum=2026-03-01&lang=en");
		assertThat(english.select("h1").text()).isEqualTo("Participation scheme Nijmegen");
		assertThat(english.text()).contains("Who can get it?", "This scheme is only for residents of Nijmegen.");
	}

	@Test
	void theSocialeKaartLinksToTheSchemesThatFitItsHelp() throws Exception {
		Document search = page("/hulp?onderwerp=geld-schulden&gemeente=0268");
		assertThat(search.select("section.related-schemes h2").text()).isEqualTo("Regelingen die hierbij passen");
		assertThat(search.select("section.related-schemes a").eachAttr("href")).contains("/regelingen/zorgtoeslag",
				"/regelingen/kwijtschelding", "/regelingen");
		assertThat(page("/hulp?onderwerp=eten").select("section.related-schemes")).isEmpty();

		List<String> helpCodes = schemes.engine().catalogue(null).stream().flatMap(i -> i.about().help().stream()).toList();
		java.util.UUID service = jdbc.sql("""
				select st.service_id from sm_service_term st join sm_taxonomy_term t on t.id = st.term_id
				where t.code = any(?) order by st.service_id limit 1""")
			.param(helpCodes.toArray(String[]::new))
			.query(java.util.UUID.class)
			.single();
		Document page = page("/hulp/" + service);
		assertThat(page.select("section.related-schemes a[href^=/regelingen/]")).isNotEmpty();
	}

	@Test
	void anUnknownSchemeIsNotFound() throws Exception {
		mvc.perform(get("/regelingen/bestaat-niet")).andExpect(status().isNotFound());
		mvc.perform(get("/regelingen/zorgtoeslag?peildatum=gisteren")).andExpect(status().isBadRequest());
	}

	@Test
	void theBookletIsATaggedA5PdfWithEverySchemeOfTheMunicipalityAndAQrCodeToTheCheck() throws Exception {
		byte[] bytes = mvc.perform(get("/regelingen/boekje.pdf?gemeente=0268&taal=nl"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/paper"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/paper/regelingen-0268-nl.pdf"), bytes);
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Regelingen in Nijmegen", "Doe de check in 5 minuten", "Inhoud", "Wonen");
			for (SchemeInfo info : schemes.engine().catalogue("0268")) {
				if (SchemeEntries.inForce(info, LocalDate.now())) {
					assertThat(text).as(info.id()).contains(info.name().nl());
				}
			}
			assertThat(text).doesNotContain("Groningen");
			PdfChecks.assertSize(pdf, PDRectangle.A5);
			PdfChecks.assertAccessible(pdf, "nl", "Regelingen in Nijmegen");
			assertThat(PdfChecks.qrCodes(pdf)).containsExactly("http://localhost/regelingen/check");
		}
	}

	@Test
	void theBookletInEnglishIsEnglishAndAnotherLanguageIsDutchWithANote() throws Exception {
		byte[] english = mvc.perform(get("/regelingen/boekje.pdf?gemeente=0268&taal=en")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(english)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Benefits in Nijmegen", "Healthcare allowance");
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
		}
		byte[] arabic = mvc.perform(get("/regelingen/boekje.pdf?gemeente=0268&taal=ar")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(arabic)) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("Dit boekje is er nog niet in uw taal (ar).", "Zorgtoeslag");
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl");
		}
		mvc.perform(get("/regelingen/boekje.pdf?gemeente=9999&taal=nl")).andExpect(status().isBadRequest());
		mvc.perform(get("/regelingen/boekje.pdf?gemeente=0268&taal=%3Cscript%3E")).andExpect(status().isBadRequest());
	}

}
