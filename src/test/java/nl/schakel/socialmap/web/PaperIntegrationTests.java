// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.paper.PdfChecks;

/**
 * The sociale kaart on paper, read back as a person and a screen reader would get it: the PDF's text, page size,
 * tags, language, title, embedded fonts and QR codes that lead to the listing online.
 */
@SchakelIntegrationTest
class PaperIntegrationTests {

	/** A demo listing: "Gratis boodschappenpakket" of Voedselhulp De Volle Kast, Rozenstraat 39b, Nijmegen. */
	private static final UUID FOOD_PARCEL = UUID.fromString("635cacd2-2d8a-5709-af18-1dff6d94df2f");

	private static final String FOOD_PARCEL_URL = "http://localhost/hulp/" + FOOD_PARCEL;

	@Autowired
	MockMvc mvc;

	private byte[] pdf(String path) throws Exception {
		byte[] pdf = mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// Kept for a person to look at: target/paper/*.pdf.
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/paper"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/paper", path.replaceAll("[^a-zA-Z0-9=]+", "_") + ".pdf"), pdf);
		return pdf;
	}

	@Test
	void aBookletOfFoodInNijmegenIsATaggedA5PdfWithTheListingsAddressPhoneAndQrCode() throws Exception {
		byte[] bytes = pdf("/hulp/boekje/pdf?soort=boekje&gemeente=0268&onderwerp=eten&taal=nl&formaat=A5");
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Hulp in Nijmegen", "Inhoud", "Eten", "Gratis boodschappenpakket",
					"Rozenstraat 39b", "6524 RV Nijmegen", "088 000 1000", "dinsdag van 13.00 tot 16.00 uur",
					FOOD_PARCEL_URL);
			assertThat(text).doesNotContain("Tiel-West");
			PdfChecks.assertSize(pdf, PDRectangle.A5);
			PdfChecks.assertAccessible(pdf, "nl", "Hulp in Nijmegen");
			assertThat(PdfChecks.qrCodes(pdf)).contains(FOOD_PARCEL_URL, "http://localhost/hulp?gemeente=0268&onderwerp=eten");
		}
	}

	@Test
	void aBookletOfANeighbourhoodHasOnlyTheHelpOfferedThere() throws Exception {
		byte[] bytes = pdf("/hulp/boekje/pdf?soort=boekje&wijk=dukenburg&onderwerp=eten&taal=nl&formaat=A5");
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Hulp in Dukenburg, Nijmegen", "Boodschappen aan huis", "Klaverstraat 8",
					"6538 RV Nijmegen");
			assertThat(text).doesNotContain("Rozenstraat 39b");
			PdfChecks.assertAccessible(pdf, "nl", "Hulp in Dukenburg, Nijmegen");
			assertThat(PdfChecks.qrCodes(pdf)).contains("http://localhost/hulp?gemeente=0268&wijk=dukenburg&onderwerp=eten");
		}
		byte[] poster = pdf("/hulp/boekje/pdf?soort=poster&wijk=tiel-west&taal=en&formaat=A4");
		try (PDDocument pdf = Loader.loadPDF(poster)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			PdfChecks.assertSize(pdf, PDRectangle.A4);
			PdfChecks.assertAccessible(pdf, "en", "Help in Tiel-West, Tiel");
		}
	}

	@Test
	void anEnglishA4BookletOfTheWholeRegionUsesTheEnglishTexts() throws Exception {
		pdf("/hulp/boekje/pdf?soort=boekje&taal=nl&formaat=A5");
		long start = System.nanoTime();
		byte[] bytes = pdf("/hulp/boekje/pdf?soort=boekje&taal=en&formaat=A4");
		long millis = (System.nanoTime() - start) / 1_000_000;
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Help in the region", "Contents", "Food", "Money and debt", "Free food parcel",
					"Tuesday, 13:00 to 16:00", "088 000 1000");
			PdfChecks.assertSize(pdf, PDRectangle.A4);
			PdfChecks.assertAccessible(pdf, "en", "Help in the region");
			System.out.printf("Whole-region booklet (A4, en): %d pages, %d KB, %d ms%n", pdf.getNumberOfPages(),
					bytes.length / 1024, millis);
		}
	}

	@Test
	void aPosterIsOneTaggedPageWithFoodMoneyAndTheWijkteamAndAQrCodeToTheSite() throws Exception {
		byte[] bytes = pdf("/hulp/boekje/pdf?soort=poster&gemeente=0281&taal=nl&formaat=A3");
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Hulp in Tiel", "Eten", "Geld en schulden", "Hulp en advies",
					"http://localhost/hulp?gemeente=0281");
			PdfChecks.assertSize(pdf, PDRectangle.A3);
			PdfChecks.assertAccessible(pdf, "nl", "Hulp in Tiel");
			assertThat(PdfChecks.qrCodes(pdf)).containsExactly("http://localhost/hulp?gemeente=0281");
		}
	}

	@Autowired
	nl.schakel.paper.PdfRenderer renderer;

	@Autowired
	nl.schakel.socialmap.SafeMarkdown markdown;

	@Test
	void aPosterWithVeryLongListingsStaysOnOnePageAndPointsToTheWebsite() throws Exception {
		String longName = "Hulp met een heel lange naam die niet op een regel past ".repeat(4).strip();
		List<ServicePage.Place> places = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			places.add(new ServicePage.Place("Locatie " + i, List.of("Lange Laan van de Voorbeeldstraat " + i, "4001 AB Tiel"),
					List.of()));
		}
		ServicePage page = new ServicePage("x", longName, "Stichting " + longName, "", null, null, null, List.of(),
				places, List.of("Maandag tot en met vrijdag van 09.00 tot 17.00 uur, behalve op feestdagen"), List.of(),
				List.of(new ServicePage.Phone("088 000 0000", "0880000000")), null, null, null, false, false);
		Booklets.Entry entry = new Booklets.Entry(page, "http://localhost/hulp/x", "");
		java.util.function.IntFunction<Booklets.Contents> contents = perTheme -> {
			List<Booklets.Section> sections = new ArrayList<>();
			for (String theme : Booklets.POSTER_THEMES) {
				sections.add(new Booklets.Section(theme, "Thema " + theme, "thema-" + theme,
						java.util.Collections.nCopies(perTheme, entry), List.of(), 10 - perTheme));
			}
			return new Booklets.Contents(sections, 3 * perTheme);
		};
		java.util.function.Function<Booklets.Contents, byte[]> render = c -> {
			java.util.Map<String, Object> variables = new java.util.LinkedHashMap<>();
			variables.put("lang", "nl");
			variables.put("contents", c);
			variables.put("site", "Schakel");
			variables.put("siteUrl", "http://localhost/hulp");
			variables.put("siteQr", nl.schakel.paper.QrCodes.pngDataUri("http://localhost/hulp", 1));
			variables.put("title", "Hulp in Tiel");
			variables.put("markdown", markdown);
			return renderer.render("socialmap/paper/poster", variables, java.util.Locale.of("nl"),
					nl.schakel.paper.PdfRenderer.stylesheet("/paper/paper.css"), nl.schakel.paper.PaperSize.A4);
		};
		try (PDDocument full = Loader.loadPDF(render.apply(contents.apply(Booklets.POSTER_LISTINGS_PER_THEME)))) {
			assertThat(full.getNumberOfPages()).as("the test poster really is too long").isGreaterThan(1);
		}
		try (PDDocument pdf = Loader.loadPDF(PaperController.onOnePage(contents, render))) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("andere plekken. Kijk op de website.").contains("En nog 10 adressen. Kijk op de website.")
				.doesNotContain("Locatie 2");
			PdfChecks.assertAccessible(pdf, "nl", "Hulp in Tiel");
		}
	}

	@Test
	void theListingPdfHasTheServicePageOnPaper() throws Exception {
		byte[] bytes = pdf("/hulp/" + FOOD_PARCEL + "/pdf?formaat=A5");
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Gratis boodschappenpakket", "Wat moet u doen?", "Vraag een verwijzing",
					"Rozenstraat 39b", "088 000 1000", FOOD_PARCEL_URL);
			PdfChecks.assertSize(pdf, PDRectangle.A5);
			PdfChecks.assertAccessible(pdf, "nl", "Gratis boodschappenpakket");
			assertThat(PdfChecks.qrCodes(pdf)).containsExactly(FOOD_PARCEL_URL);
		}
		mvc.perform(get("/hulp/" + FOOD_PARCEL + "/pdf?formaat=A0")).andExpect(status().isBadRequest());
		mvc.perform(get("/hulp/" + UUID.randomUUID() + "/pdf")).andExpect(status().isNotFound());
		mvc.perform(get("/hulp/geen-nummer/pdf")).andExpect(status().isBadRequest());
	}

	@Test
	void badChoicesGetTheFormBackWithAClearErrorAndStatus400() throws Exception {
		expectError("soort=boekje&onderwerp=bestaat-niet&taal=nl&formaat=A5", "Kies een onderwerp uit de lijst");
		expectError("soort=boekje&gemeente=9999&taal=nl&formaat=A5", "Kies een gemeente uit de lijst");
		expectError("soort=boekje&taal=nl&formaat=A0", "Kies A5 of A4 voor een boekje");
		expectError("soort=boekje&taal=nl&formaat=" + "9".repeat(5000), "Kies A5 of A4 voor een boekje");
		expectError("soort=poster&taal=nl&formaat=A5", "Kies A4 of A3 voor een poster");
		expectError("soort=folder&taal=nl&formaat=A5", "Kies een boekje of een poster");
		expectError("soort=boekje&taal=xx&formaat=A5", "Kies een taal uit de lijst");
		expectError("", "Kies een boekje of een poster");
		expectError("soort=boekje&wijk=atlantis&taal=nl&formaat=A5", "Kies een wijk uit de lijst");
		expectError("soort=boekje&gemeente=0281&wijk=dukenburg&taal=nl&formaat=A5",
				"Deze wijk ligt niet in de gekozen gemeente");
	}

	@Test
	void theFormOffersScopeLanguageAndSizeAndWorksAsAPlainGetForm() throws Exception {
		mvc.perform(get("/hulp/boekje?gemeente=0268&onderwerp=eten"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("action=\"/hulp/boekje/pdf\"")))
			.andExpect(content().string(Matchers.containsString("method=\"get\"")))
			.andExpect(content().string(Matchers.containsString("<option value=\"eten\" selected=\"selected\">Eten</option>")))
			.andExpect(content().string(Matchers.containsString("value=\"0268\" selected=\"selected\"")));
	}

	@Test
	void theServicePageOffersPrintAndShareWithoutJavaScript() throws Exception {
		mvc.perform(get("/hulp/" + FOOD_PARCEL))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("href=\"/hulp/" + FOOD_PARCEL + "/pdf\"")))
			.andExpect(content().string(Matchers.containsString(
					"href=\"mailto:?subject=Hulp:%20Gratis%20boodschappenpakket&amp;body=")))
			.andExpect(content().string(Matchers.containsString("value=\"" + FOOD_PARCEL_URL + "\"")))
			.andExpect(content().string(Matchers.containsString("<path fill=\"#000\" d=\"M")))
			.andExpect(content().string(Matchers.containsString("data-print")));
	}

	private void expectError(String query, String message) throws Exception {
		mvc.perform(get("/hulp/boekje/pdf?" + query))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(Matchers.containsString(message)))
			.andExpect(content().string(Matchers.containsString("id=\"fouten\"")));
	}

}
