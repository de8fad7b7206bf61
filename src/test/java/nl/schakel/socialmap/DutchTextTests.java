// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;
import org.junit.jupiter.api.Test;

/** Remembering each word's forms must not change a single indexed token, position or offset. */
class DutchTextTests {

	private static final CharArraySet PARTS = new CharArraySet(List.of("schuld", "hulp", "maatje", "voedsel", "bank",
			"kleding", "huur", "energie", "taal", "kinder"), true);

	/** The plain filter chain, as Lucene ships it, without remembering anything. */
	private static final Analyzer PLAIN = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new LowerCaseFilter(source);
			stream = new ASCIIFoldingFilter(stream);
			stream = new StopFilter(stream, DutchAnalyzer.getDefaultStopSet());
			stream = new DictionaryCompoundWordTokenFilter(stream, PARTS, 6, 3, 15, false);
			return new TokenStreamComponents(source, new SnowballFilter(stream, new DutchStemmer()));
		}
	};

	@Test
	void givesExactlyTheTokensOfThePlainChainAlsoForWordsSeenBefore() {
		DutchText dutch = new DutchText(PARTS);
		List<String> texts = List.of("Schuldhulpmaatje voor de voedselbanken en de kledingbank",
				"Huurachterstand? Energietoeslag, taalcafé en kinderopvang: hulp bij schulden.",
				"De schuldhulpmaatjes helpen bij huurachterstanden; schuldhulp is gratis.", "eten", "",
				"Coördinator 65-plussers zzp'ers Voedselbank VOEDSELBANK voedselbank");
		for (int round = 0; round < 2; round++) {
			for (String text : texts) {
				assertThat(tokens(dutch, text)).as(text).isEqualTo(tokens(PLAIN, text));
			}
		}
		assertThat(tokens(dutch, "schuldhulpmaatje")).containsExactly("schuldhulpmaatj+1@0-16", "schuld+0@0-16",
				"hulp+0@0-16", "maatj+0@0-16");
	}

	private static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term + "+" + position.getPositionIncrement() + "@" + offset.startOffset() + "-"
						+ offset.endOffset());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return tokens;
	}

}
