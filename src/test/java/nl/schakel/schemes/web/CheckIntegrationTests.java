// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.schakel.SchakelIntegrationTest;

/**
 * The check end to end over HTTP: every screen a form post that redirects, answers kept in a signed token, bad input
 * answered on the same screen, a tampered token refused, the result with PDF, and sharing with expiry, deletion and a
 * limit on guessing.
 */
@SchakelIntegrationTest
class CheckIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("[?&]a=([A-Za-z0-9_.-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MessageSource messages;

	@Autowired
	CheckTokens tokens;

	/** Posts one screen and returns where it redirects to. */
	private String answer(String step, String token, String... fields) throws Exception {
		MockHttpServletRequestBuilder post = post("/regelingen/check/vraag/" + step).param("a", token).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			post = post.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(post).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

	/** Posts one screen that must be refused, and returns the page. */
	private String refused(String step, String token, String... fields) throws Exception {
		MockHttpServletRequestBuilder post = post("/regelingen/check/vraag/" + step).param("a", token).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			post = post.param(fields[i], fields[i + 1]);
		}
		MockHttpServletResponse response = mvc.perform(post).andExpect(status().isOk()).andReturn().getResponse();
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"fouten\"").contains("Er is een probleem").doesNotContain("Exception");
		assertThat(html).as("the other answers are kept").contains("value=\"" + token + "\"");
		return html;
	}

	private static String token(String url) {
		Matcher m = TOKEN.matcher(url);
		assertThat(m.find()).as(url).isTrue();
		return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** A single resident in Nijmegen on a low income, through every screen the engine asks for. */
	private String singleOnBijstand() throws Exception {
		String next = answer("postcode", "", "postcode", "6511 ab");
		for (int i = 0; i < 12 && next.startsWith("/regelingen/check/vraag/"); i++) {
			String step = next.substring("/regelingen/check/vraag/".length(), next.indexOf('?'));
			String t = token(next);
			next = switch (step) {
				case "kinderen" -> answer(step, t, "kinderen", "nee");
				case "huisgenoten" -> answer(step, t, "huisgenoten", "nee");
				case "partner" -> answer(step, t, "partner", "nee");
				case "leeftijd" -> answer(step, t, "leeftijd", "35");
				case "inkomen" -> answer(step, t, "inkomen", "bedrag", "bedrag", "1.100", "periode", "maand", "soort", "netto");
				case "bruto-inkomen" -> answer(step, t, "brutoinkomen", "r0");
				case "spaargeld" -> answer(step, t, "spaargeld", "r0");
				case "zorgverzekering" -> answer(step, t, "zorgverzekering", "ja");
				case "huur" -> answer(step, t, "huur", "ja", "kalehuur", "€ 600,-", "servicekosten", "40");
				case "werk" -> answer(step, t, "werk", "nee");
				case "gemeentebelasting" -> answer(step, t, "belasting", "400");
				case "laag-inkomen" -> answer(step, t, "laaginkomen", "5");
				default -> answer(step, t, "onbekend", "ja");
			};
		}
		assertThat(next).startsWith("/regelingen/check/uitkomst?a=");
		return next;
	}

	@Test
	void aResidentAnswersScreenByScreenAndSeesWhatTheyProbablyGetWithAmountsAndWhy() throws Exception {
		assertThat(page("/regelingen/check")).contains("Start de check");
		String first = answer("postcode", "", "postcode", "6511 ab");
		assertThat(first).as("the question that settles the most schemes comes first").startsWith("/regelingen/check/vraag/kinderen?a=");
		assertThat(page(first)).contains("Wonen er kinderen jonger dan 18 bij u?").contains("Waarom vragen we dit?");

		String html = page(singleOnBijstand());
		assertThat(html).contains("U krijgt dit waarschijnlijk").contains("Huurtoeslag").contains("per maand")
			.contains("href=\"/regelingen/huurtoeslag\"").contains("Uw antwoorden").contains("Wijzig")
			.contains("Hulp bij u in de buurt").contains("href=\"/hulp/");
		assertThat(html).as("the postcode itself is not kept").doesNotContain("6511");
	}

	@Test
	void browserBackAndForwardKeepTheAnswersBecauseEveryScreenCarriesThem() throws Exception {
		String next = answer("postcode", "", "postcode", "6511AB");
		String afterChildren = answer("kinderen", token(next), "kinderen", "ja", "leeftijden", "4, 9");
		assertThat(page(next.replace("?a=", "?a=") )).contains("Wonen er kinderen");
		String step = afterChildren.substring(0, afterChildren.indexOf('?'));
		assertThat(page(afterChildren)).contains(step.endsWith("huisgenoten") ? "Woont er nog iemand" : "<h1");
		assertThat(page("/regelingen/check/vraag/kinderen?a=" + token(afterChildren))).contains("value=\"4, 9\"");
	}

	@Test
	void changingOneAnswerShowsWhatChanged() throws Exception {
		String result = singleOnBijstand();
		String t = token(result);
		String changed = answer("huur", t, "huur", "nee", "wijzig", "1");
		assertThat(changed).startsWith("/regelingen/check/uitkomst?a=").contains("vorige=");
		assertThat(page(changed)).contains("Wat is er veranderd?").contains("Huurtoeslag");
	}

	@Test
	void badInputIsAnsweredOnTheSameScreenAndKeepsTheOtherAnswers() throws Exception {
		String t = token(answer("postcode", "", "postcode", "6511 AB"));
		assertThat(refused("inkomen", t, "inkomen", "bedrag", "bedrag", "2000000", "periode", "maand"))
			.contains("Dit bedrag is te hoog");
		assertThat(refused("inkomen", t, "inkomen", "bedrag", "bedrag", "-150", "periode", "maand"))
			.contains("zonder minteken");
		assertThat(refused("inkomen", t, "inkomen", "bedrag", "bedrag", "veel", "periode", "maand"))
			.contains("Vul het bedrag in met cijfers");
		assertThat(refused("huur", t, "huur", "ja", "kalehuur", "12abc")).contains("Vul het bedrag in met cijfers");
		assertThat(refused("leeftijd", t, "leeftijd", "200")).contains("18 tot en met 120");
		assertThat(refused("leeftijd", t, "leeftijd", "twintig")).contains("met cijfers");
		assertThat(refused("kinderen", t, "kinderen", "ja", "leeftijden", "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15"))
			.contains("ten hoogste 12");
		assertThat(refused("kinderen", t, "kinderen", "ja", "leeftijden", "4, 19")).contains("jonger zijn dan 18");
		assertThat(refused("partner", t)).contains("Kies een antwoord");
		assertThat(refused("postcode", "", "postcode", "12")).contains("4 cijfers en 2 letters");
		assertThat(refused("postcode", "", "postcode", "0123 AB")).contains("Deze postcode bestaat niet");
		assertThat(refused("postcode", "", "postcode", "6511 SS")).contains("Deze postcode bestaat niet");
	}

	@Test
	void aPostcodeOutsideTheRegionOffersAChoiceIncludingAnotherMunicipality() throws Exception {
		String html = mvc.perform(post("/regelingen/check/vraag/postcode").param("a", "").param("postcode", "9999 ZZ")
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("In welke gemeente woont u?").contains("Een andere gemeente").contains("Nijmegen");
		String next = answer("postcode", "", "gemeente", "anders");
		assertThat(page(next)).contains("<h1");
		assertThat(answer("postcode", "", "gemeente", "0281")).startsWith("/regelingen/check/vraag/");
	}

	@Test
	void aTamperedTokenIsRefusedWithAClearPageAndNoStackTrace() throws Exception {
		String t = token(answer("postcode", "", "postcode", "6511 AB"));
		String forged = CheckAnswers.none().with(CheckAnswers.MUNICIPALITY, "0014").payload() + t.substring(t.indexOf('.'));
		for (String bad : new String[] { forged, t + "x", "nonsense", "a.b" }) {
			String html = mvc.perform(post("/regelingen/check/vraag/kinderen").param("a", bad).param("kinderen", "nee")
				.with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).contains("We kunnen uw antwoorden niet lezen").doesNotContain("Exception");
		}
		mvc.perform(get("/regelingen/check/uitkomst").param("a", forged)).andExpect(status().isBadRequest());
	}

	@Test
	void theResultDownloadsAsAPdfWithItsText() throws Exception {
		String t = token(singleOnBijstand());
		MockHttpServletResponse response = mvc.perform(get("/regelingen/check/uitkomst.pdf").param("a", t))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Uw uitkomst").contains("Huurtoeslag");
		}
	}

	@Test
	void aSharedResultOpensWithItsCodeUntilTheResidentDeletesIt() throws Exception {
		String t = token(singleOnBijstand());
		String payload = tokens.verify(t).orElseThrow().payload();
		long before = jdbc.sql("select count(*) from schemes_shared_check where answers = ?").param(payload)
			.query(Long.class).single();
		String saved = mvc.perform(post("/regelingen/check/delen").param("a", t).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		Matcher m = Pattern.compile("code=([0-9A-Z-]+)").matcher(saved);
		assertThat(m.find()).isTrue();
		String code = m.group(1);
		assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{4}");
		assertThat(page(saved)).contains(code).contains("Wis mijn bewaarde uitkomst nu");
		long rows = jdbc.sql("select count(*) from schemes_shared_check where answers = ?").param(payload)
			.query(Long.class).single();
		assertThat(rows).as("only the answers are stored, once").isEqualTo(before + 1);

		String opened = page("/regelingen/gedeeld?code=" + code.toLowerCase(Locale.ROOT).replace("-", " "));
		assertThat(opened).contains("Gedeelde uitkomst").contains("opnieuw berekend").contains("Huurtoeslag");

		mvc.perform(post("/regelingen/gedeeld/verwijderen").param("code", code).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/regelingen/gedeeld?code=" + code)).contains("We vinden geen uitkomst met deze code");
	}

	@Test
	void aSharedResultExpiresAfterThirtyDaysAndThePurgeDeletesIt() {
		var earlier = new SharedChecks(jdbc, Clock.offset(clock, Duration.ofDays(-31)));
		var now = new SharedChecks(jdbc, clock);
		var almost = new SharedChecks(jdbc, Clock.offset(clock, Duration.ofDays(-29)));
		CheckAnswers answers = CheckAnswers.none().with(CheckAnswers.MUNICIPALITY, "0268");
		String old = earlier.share(answers);
		String recent = almost.share(answers);
		assertThat(earlier.open(old)).isPresent();
		assertThat(now.open(old)).as("expired on read, before any purge").isEmpty();
		assertThat(now.open(recent)).isPresent();
		assertThat(now.purge()).isGreaterThanOrEqualTo(1);
		assertThat(earlier.open(old)).as("the purge deleted the row").isEmpty();
		assertThat(now.open(recent)).isPresent();
	}

	@Test
	void guessingCodesIsLimitedPerAddressWithTheSameNeutralMessage() throws Exception {
		int limited = 0;
		for (int i = 0; i < 14; i++) {
			MockHttpServletResponse r = mvc.perform(get("/regelingen/gedeeld").param("code", "ABC-DEF-GH" + (i % 10) + "J")
				.with(request -> {
					request.setRemoteAddr("10.20.30.40");
					return request;
				})).andReturn().getResponse();
			String html = r.getContentAsString(StandardCharsets.UTF_8);
			if (r.getStatus() == 429) {
				limited++;
				assertThat(html).contains("U heeft te vaak een code geprobeerd");
				assertThat(r.getHeader("Retry-After")).isNotBlank();
			}
			else {
				assertThat(html).contains("We vinden geen uitkomst met deze code");
			}
		}
		assertThat(limited).isGreaterThanOrEqualTo(4);
	}

	@Test
	void theCheckSpeaksArabicRightToLeftAndFallsBackToDutchForAMissingText() throws Exception {
		String html = page("/regelingen/check/vraag/postcode?lang=ar");
		assertThat(html).contains("lang=\"ar\"").contains("dir=\"rtl\"");
		assertThat(messages.getMessage("home.title", null, Locale.of("ar")))
			.isEqualTo(messages.getMessage("home.title", null, Locale.of("nl")));
		for (String lang : new String[] { "tr", "pl", "uk" }) {
			assertThat(page("/regelingen/check?lang=" + lang)).contains("lang=\"" + lang + "\"").contains("dir=\"ltr\"");
		}
		assertThat(page("/organisaties?lang=ar")).as("outside the check, Arabic falls back to Dutch").contains("lang=\"nl\"");
	}

}
