// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkdownTests {

	private final SafeMarkdown markdown = new SafeMarkdown();

	@Test
	void keepsTheSafeSubset() {
		assertThat(markdown.html("Kom **gratis** langs.\n\n- brood\n- groente\n\nBel [ons](tel:0880001000)."))
			.contains("<strong>gratis</strong>", "<ul>", "<li>brood</li>",
					"href=\"tel:0880001000\"", "rel=\"nofollow noopener\"", ">ons</a>");
		assertThat(markdown.html("Zie https://voorbeeld.demo en [site](https://voorbeeld.demo/a).")).contains(
				"href=\"https://voorbeeld.demo/a\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"javascript:alert(1)\">x</a>", "[klik](javascript:alert(1))", "<svg onload=alert(1)>",
			"![plaatje](https://tracker.example/p.gif)", "<iframe src=//evil>", "[x](data:text/html;base64,PHNjcmlwdD4=)",
			"<<script>script>alert(1)<</script>/script>", "<!-- <script>alert(1)</script> -->" })
	void neverLetsScriptOrForeignContentThrough(String attack) {
		String html = markdown.html(attack);
		assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
			.doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("<svg")
			.doesNotContainIgnoringCase("href=\"javascript").doesNotContainIgnoringCase("href=\"data")
			.doesNotContain("tracker.example");
		String cleaned = SafeMarkdown.clean(attack);
		assertThat(cleaned).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
			.doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("onerror");
	}

	@Test
	void headingsAndQuotesStayPlainText() {
		assertThat(markdown.html("# Groot\n> quote")).doesNotContain("<h1", "<blockquote").contains("# Groot");
	}

	@Test
	void paperGetsTheWordsWithoutTheMarksAndKeepsTheAddressesOfLinks() {
		String text = markdown.text("Kom **gratis** langs.\n\n- brood\n- groente\n\nBel [ons](tel:0880001000).");
		assertThat(text).contains("Kom gratis langs.", "brood", "groente", "ons", "tel:0880001000")
			.doesNotContain("**", "[ons]");
		assertThat(markdown.text("Welkom <b>iedereen</b>")).isEqualTo("Welkom <b>iedereen</b>");
		assertThat(markdown.text(null)).isEmpty();
	}

	@Test
	void cleaningLeavesOrdinaryTextAlone() {
		assertThat(SafeMarkdown.clean("Voor kinderen < 12 jaar en ouders > 65.")).isEqualTo(
				"Voor kinderen < 12 jaar en ouders > 65.");
		assertThat(SafeMarkdown.clean("Welkom <b>iedereen</b>!<script>x()</script>")).isEqualTo("Welkom iedereen!");
		assertThat(SafeMarkdown.hasHtml("Gewoon tekst")).isFalse();
		assertThat(SafeMarkdown.hasHtml("Tekst <i>schuin</i>")).isTrue();
	}

}
