// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch as residents type it: case and accents folded ("coördinator" = "coordinator"), compounds split into the parts
 * the dictionary knows ("schuldhulpmaatje" also yields "schuld", "hulp", "maatje"), stop words dropped and words
 * stemmed ("voedselbanken" = "voedselbank").
 */
final class DutchText extends Analyzer {

	private final CharArraySet compoundParts;

	private final Analyzer forms;

	DutchText(CharArraySet compoundParts) {
		this.compoundParts = compoundParts;
		this.forms = forms();
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(source);
		stream = new ASCIIFoldingFilter(stream);
		stream = new StopFilter(stream, DutchAnalyzer.getDefaultStopSet());
		return new TokenStreamComponents(source, new KnownForms(stream, forms));
	}

	/** One word at a time: its compound parts and the stems of all of them, the word's own stem first. */
	private Analyzer forms() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer word = new KeywordTokenizer();
				TokenStream stream = word;
				if (!compoundParts.isEmpty()) {
					stream = new DictionaryCompoundWordTokenFilter(stream, compoundParts, 6, 3, 15, false);
				}
				return new TokenStreamComponents(word, new SnowballFilter(stream, new DutchStemmer()));
			}
		};
	}

	/**
	 * Splitting compounds and stemming cost most of the time it takes to index a large directory, and a directory
	 * repeats the same few thousand words endlessly. This filter works out each word's forms once (per thread) and
	 * then emits exactly what the compound and stemming filters would: the stem at the word's position, the stems of
	 * its parts at the same position and with the same offsets.
	 */
	private static final class KnownForms extends TokenFilter {

		private static final int MAX_WORDS = 100_000;

		private final Analyzer forms;

		private final Map<String, String[]> known = new HashMap<>();

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

		private String[] pending = new String[0];

		private int next;

		KnownForms(TokenStream input, Analyzer forms) {
			super(input);
			this.forms = forms;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (next < pending.length) {
				term.setEmpty().append(pending[next++]);
				position.setPositionIncrement(0);
				return true;
			}
			if (!input.incrementToken()) {
				return false;
			}
			String word = term.toString();
			String[] wordForms = known.get(word);
			if (wordForms == null) {
				wordForms = tokens(forms, "", word).toArray(String[]::new);
				if (wordForms.length == 0) {
					wordForms = new String[] { word };
				}
				if (known.size() >= MAX_WORDS) {
					known.clear();
				}
				known.put(word, wordForms);
			}
			term.setEmpty().append(wordForms[0]);
			pending = wordForms;
			next = 1;
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			pending = new String[0];
			next = 0;
		}

	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

	/** The tokens an analyzer makes of a text, in order. */
	static List<String> tokens(Analyzer analyzer, String field, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return tokens;
	}

}
