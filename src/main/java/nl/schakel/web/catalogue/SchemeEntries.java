// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import nl.schakel.region.Municipalities;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.schemes.ConditionText;
import nl.schakel.schemes.LocalSchemes;
import nl.schakel.schemes.SchemeInfo;
import nl.schakel.schemes.Schemes;
import nl.schakel.schemes.Source;
import nl.schakel.schemes.Text;
import nl.schakel.schemes.Theme;
import nl.schakel.socialmap.NeedsTaxonomy;

/**
 * Schemes as residents read them, in one language: the texts of the scheme files, the conditions in plain words, the
 * amounts worked out by the engine, and the help in the sociale kaart. Shared by the pages and the booklet.
 */
@Component
class SchemeEntries {

	/** The order of the booklet's chapters: what people look for first, income last because it is the broadest. */
	static final List<Theme> THEME_ORDER = List.of(Theme.WONEN, Theme.ZORG, Theme.KINDEREN, Theme.MEEDOEN,
			Theme.SCHULDEN, Theme.INKOMEN);

	private final LocalSchemes schemes;

	private final MessageSource messages;

	private final Municipalities municipalities;

	private final NeedsTaxonomy taxonomy;

	SchemeEntries(LocalSchemes schemes, MessageSource messages, Municipalities municipalities, NeedsTaxonomy taxonomy) {
		this.schemes = schemes;
		this.messages = messages;
		this.municipalities = municipalities;
		this.taxonomy = taxonomy;
	}

	/** One rule of a scheme in plain words, with the article it comes from. */
	record Rule(String text, Source source) {
	}

	/** Related help in the sociale kaart: a need from the taxonomy and the search for it. */
	record HelpLink(String code, String label, String href) {
	}

	/** How to apply, in the reader's language. */
	record Apply(@Nullable String link, @Nullable String form, @Nullable String organisation, @Nullable String howTo) {
	}

	/**
	 * A scheme for one reader.
	 *
	 * @param translated false when the reader's language has no texts and Dutch is shown
	 */
	record Entry(String id, String name, String description, Theme theme, boolean local,
			@Nullable String municipality, @Nullable String municipalityName, List<Rule> rules, List<SchemeExamples.Example> examples, Apply apply,
			List<String> documents, @Nullable String processingTime, List<HelpLink> help, Source source,
			@Nullable LocalDate validFrom, @Nullable LocalDate validUntil, boolean translated) {
	}

	/** The entries of one theme. */
	record Chapter(Theme theme, List<Entry> entries) {
	}

	Schemes engine() {
		return schemes.engine();
	}

	/** Every scheme of the municipality (national ones too), in chapters; empty chapters are left out. */
	List<Chapter> chapters(@Nullable String municipality, Locale locale, LocalDate referenceDate, String query,
			boolean withAmounts) {
		var search = new CatalogueSearch(query);
		Schemes engine = engine();
		Map<Theme, List<Entry>> byTheme = new EnumMap<>(Theme.class);
		for (SchemeInfo info : engine.catalogue(municipality)) {
			if (!inForce(info, referenceDate)) {
				continue;
			}
			String language = language(locale);
			if (!search.isEmpty()
					&& !search.matches(text(info.name(), language), text(info.about().description(), language))) {
				continue;
			}
			byTheme.computeIfAbsent(info.about().theme(), t -> new ArrayList<>())
				.add(entry(engine, info, locale, referenceDate, withAmounts));
		}
		List<Chapter> chapters = new ArrayList<>();
		for (Theme theme : THEME_ORDER) {
			List<Entry> entries = byTheme.get(theme);
			if (entries != null) {
				chapters.add(new Chapter(theme, entries));
			}
		}
		return chapters;
	}

	Optional<Entry> entry(String id, Locale locale, LocalDate referenceDate) {
		Schemes engine = engine();
		return engine.info(id).map(info -> entry(engine, info, locale, referenceDate, true));
	}

	private Entry entry(Schemes engine, SchemeInfo info, Locale locale, LocalDate referenceDate, boolean withAmounts) {
		String language = language(locale);
		List<Rule> rules = new ArrayList<>();
		for (ConditionText condition : engine.conditions(info.id())) {
			rules.add(new Rule(ruleText(info.id(), condition, language), condition.source()));
		}
		var about = info.about();
		var apply = new Apply(about.apply().link(), about.apply().form(), about.apply().organisation(),
				about.apply().howTo() == null ? null : text(about.apply().howTo(), language));
		List<HelpLink> help = new ArrayList<>();
		for (String code : about.help()) {
			NeedsTaxonomy.Term term = taxonomy.term(code);
			if (term != null) {
				help.add(new HelpLink(code, "en".equals(language) ? term.nameEn() : term.nameNl(),
						helpSearch(code, info.municipality())));
			}
		}
		String municipalityName = info.municipality() == null ? null
				: municipalities.nameOf(new MunicipalityCode(info.municipality())).orElse(info.municipality());
		return new Entry(info.id(), text(info.name(), language), text(about.description(), language), about.theme(),
				info.local(), info.municipality(), municipalityName, rules,
				withAmounts ? SchemeExamples.of(engine, info, referenceDate) : List.of(), apply,
				about.documents().stream().map(d -> text(d, language)).toList(),
				about.processingTime() == null ? null : text(about.processingTime(), language), help, info.source(),
				info.validFrom(), info.validUntil(), language.equals(locale.getLanguage()));
	}

	/** The sociale kaart's search for one need, in the scheme's municipality when it has one. */
	static String helpSearch(String code, @Nullable String municipality) {
		var uri = UriComponentsBuilder.fromPath("/hulp").queryParam("onderwerp", code);
		if (municipality != null) {
			uri.queryParam("gemeente", municipality);
		}
		return uri.encode().build().toUriString();
	}

	/**
	 * A condition in plain words. The scheme file only says why someone does not get a scheme, sometimes with the
	 * household's amounts in it. A phrasing in the message bundle for this scheme's condition, or for conditions of
	 * this id, wins; else a text without amounts reads well as it is ("U moet 18 jaar of ouder zijn"), and a text
	 * that needs amounts gets a general sentence that points to the check.
	 */
	private String ruleText(String schemeId, ConditionText condition, String language) {
		Locale bundle = Locale.of(language);
		String phrasing = messages.getMessage("catalogue.condition." + schemeId + "." + condition.id(), null, null,
				bundle);
		if (phrasing == null) {
			phrasing = messages.getMessage("catalogue.condition." + condition.id(), null, null, bundle);
		}
		if (phrasing != null) {
			return phrasing;
		}
		return condition.needsAmounts() ? messages.getMessage("catalogue.condition.other", null, bundle)
				: text(condition.whenFailing(), language);
	}

	static boolean inForce(SchemeInfo info, LocalDate date) {
		return (info.validFrom() == null || !info.validFrom().isAfter(date))
				&& (info.validUntil() == null || !info.validUntil().isBefore(date));
	}

	/** The scheme files have Dutch and English; every other language reads Dutch, with a note. */
	static String language(Locale locale) {
		return "en".equals(locale.getLanguage()) ? "en" : "nl";
	}

	static String text(Text text, String language) {
		return "en".equals(language) ? text.en() : text.nl();
	}

}
