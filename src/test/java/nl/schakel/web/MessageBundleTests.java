// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * All text comes from the message bundles: none in templates, every key used exists in Dutch (the default bundle)
 * and English, and both bundles hold the same keys. Plain-language checks from the UX guide run on the Dutch.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java");

	/** Attributes a person reads or hears. */
	private static final List<String> HUMAN_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder", "value");

	private static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (var in = new InputStreamReader(
				Files.newInputStream(Path.of("src/main/resources/messages/" + name + ".properties")),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	@Test
	void templatesContainNoLiteralText() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			Document doc = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			for (Element element : doc.getAllElements()) {
				boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
						|| element.hasAttr("th:replace");
				for (TextNode text : element.textNodes()) {
					if (!replaced && !text.isBlank() && element.closest("[th:text],[th:utext]") == null) {
						offences.add(TEMPLATES.relativize(template) + ": \"" + text.text().trim() + "\"");
					}
				}
				for (String attribute : HUMAN_ATTRIBUTES) {
					if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()
							&& !(attribute.equals("value") && !element.tagName().equals("button"))) {
						offences.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
					}
				}
			}
		}
		assertThat(offences).as("text must come from messages*.properties").isEmpty();
	}

	@Test
	void dutchAndEnglishHoldTheSameKeys() throws IOException {
		Set<Object> dutch = new TreeSet<>(bundle("messages_nl").keySet());
		Set<Object> english = new TreeSet<>(bundle("messages_en").keySet());
		assertThat(english).as("keys in English").containsExactlyInAnyOrderElementsOf(dutch);
	}

	@Test
	void everyKeyTheTemplatesAndCodeUseExists() throws IOException {
		Properties dutch = bundle("messages_nl");
		Set<String> used = new TreeSet<>();
		Pattern templateKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");
		for (Path template : templates()) {
			Matcher m = templateKey.matcher(Files.readString(template));
			while (m.find()) {
				used.add(m.group(1));
			}
		}
		Pattern codeKey = Pattern.compile("\"((?:municipality|members|apiclients)\\.error\\.[a-z.]+)\"");
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = codeKey.matcher(Files.readString(source));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(used.stream().filter(key -> !dutch.containsKey(key)).toList()).as("missing keys").isEmpty();
	}

	@Test
	void dynamicKeysExistForEveryValue() throws IOException {
		Properties dutch = bundle("messages_nl");
		List<String> keys = new ArrayList<>();
		for (var role : nl.schakel.organisation.Role.values()) {
			keys.add("role." + role);
		}
		for (var kind : nl.schakel.organisation.OrganisationKind.values()) {
			keys.add("organisation.kind." + kind);
		}
		for (var scope : nl.schakel.organisation.Scope.values()) {
			keys.add("scope." + scope.code());
		}
		for (var action : nl.schakel.audit.AuditAction.values()) {
			keys.add("audit.action." + action);
		}
		assertThat(keys.stream().filter(key -> !dutch.containsKey(key)).toList()).isEmpty();
	}

	@Test
	void dutchAddressesResidentsWithUAndNeverJe() throws IOException {
		Properties dutch = bundle("messages_nl");
		Pattern informal = Pattern.compile("\\b(je|jij|jouw|jou)\\b", Pattern.CASE_INSENSITIVE);
		assertThat(dutch.values().stream().map(Object::toString).filter(v -> informal.matcher(v).find()).toList())
			.isEmpty();
	}

	@Test
	void dutchAvoidsOfficialeseAndBlamingWords() throws IOException {
		// UX guide section 4 and checklist 9 and 13: words that make a text harder or make people feel at fault.
		List<String> banned = List.of("ongeldig", "verplicht veld", "sorry", "alstublieft", "oeps", "foutcode",
				"vergeten", "aangezien", "reeds", "indien", "middels", "inzake", "ten behoeve van", "woonachtig",
				"desgewenst", "verzoeken", "benodigde");
		List<String> offences = new ArrayList<>();
		bundle("messages_nl").forEach((key, value) -> banned.stream()
			.filter(word -> value.toString().toLowerCase().contains(word))
			.forEach(word -> offences.add(key + ": " + word)));
		assertThat(offences).isEmpty();
	}

	@Test
	void dutchSentencesStayShort() throws IOException {
		List<String> tooLong = new ArrayList<>();
		bundle("messages_nl").forEach((key, value) -> {
			for (String sentence : value.toString().split("[.?!:]\\s+")) {
				if (sentence.trim().split("\\s+").length > 20) {
					tooLong.add(key + ": " + sentence);
				}
			}
		});
		assertThat(tooLong).as("sentences over 20 words (UX checklist 14)").isEmpty();
	}

	/** Languages offered on the resident check only (schakel.check.languages). */
	private static final List<String> CHECK_LANGUAGES = List.of("ar", "tr", "pl", "uk");

	@Test
	void checkLanguagesTranslateEveryTextOfTheCheckAndTheLayoutAndNothingElse() throws IOException {
		Properties dutch = bundle("messages_nl");
		Pattern placeholder = Pattern.compile("\\{[0-9]}");
		for (String lang : CHECK_LANGUAGES) {
			Properties bundle = bundle("messages_" + lang);
			List<String> missing = dutch.keySet().stream().map(Object::toString)
				.filter(k -> k.startsWith("check.") || k.startsWith("layout.nav.") || k.startsWith("page.title")
						|| k.equals("action.back") || k.equals("action.continue") || k.equals("form.error.summary"))
				.filter(k -> !bundle.containsKey(k)).sorted().toList();
			assertThat(missing).as("keys of the check missing in " + lang).isEmpty();
			List<String> unknown = bundle.keySet().stream().map(Object::toString).filter(k -> !dutch.containsKey(k)).toList();
			assertThat(unknown).as("keys in " + lang + " that Dutch does not have").isEmpty();
			List<String> placeholders = new ArrayList<>();
			bundle.forEach((key, value) -> {
				Set<String> here = new TreeSet<>(placeholder.matcher(value.toString()).results().map(r -> r.group()).toList());
				Set<String> there = new TreeSet<>(placeholder.matcher(dutch.getProperty(key.toString(), "")).results()
					.map(r -> r.group()).toList());
				if (!here.equals(there)) {
					placeholders.add(lang + " " + key + ": " + here + " instead of " + there);
				}
			});
			assertThat(placeholders).as("placeholders that differ from Dutch").isEmpty();
		}
	}

	@Test
	void everyScreenOfTheCheckHasItsTexts() throws IOException {
		Properties dutch = bundle("messages_nl");
		List<String> missing = new ArrayList<>();
		for (String step : List.of("postcode", "partner", "children", "housemates", "age", "income", "grossIncome",
				"assets", "insured", "rent", "work", "childcare", "tax", "lowIncomeYears")) {
			for (String part : List.of("title", "short", "why")) {
				if (!dutch.containsKey("check.step." + step + "." + part)) {
					missing.add("check.step." + step + "." + part);
				}
			}
		}
		for (var question : nl.schakel.schemes.Question.values()) {
			if (!dutch.containsKey("check.open." + question.name())) {
				missing.add("check.open." + question.name());
			}
		}
		for (var status : nl.schakel.schemes.Status.values()) {
			if (!dutch.containsKey("check.status." + status.name())) {
				missing.add("check.status." + status.name());
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void screenCssUsesLogicalPropertiesOnly() throws IOException {
		String css = Files.readString(Path.of("src/main/resources/static/css/schakel.css"));
		String screen = css.replaceAll("(?s)@media print \\{.*", "");
		assertThat(screen).doesNotContainPattern("(margin|padding)-(left|right)\\s*:")
			.doesNotContainPattern("(?m)^\\s*(left|right)\\s*:")
			.doesNotContainPattern("text-align:\\s*(left|right)");
	}

}
