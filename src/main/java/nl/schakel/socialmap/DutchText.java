// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

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
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch as residents type it: case and accents folded ("coördinator" = "coordinator"), compounds split into the parts
 * the dictionary knows ("schuldhulpmaatje" also yields "schuld", "hulp", "maatje"), stop words dropped and words
 * stemmed ("voedselbanken" = "voedselbank").
 */
final class DutchText extends Analyzer {

	private final CharArraySet compoundParts;

	DutchText(CharArraySet compoundParts) {
		this.compoundParts = compoundParts;
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(source);
		stream = new ASCIIFoldingFilter(stream);
		stream = new StopFilter(stream, DutchAnalyzer.getDefaultStopSet());
		if (!compoundParts.isEmpty()) {
			stream = new DictionaryCompoundWordTokenFilter(stream, compoundParts, 6, 3, 15, false);
		}
		stream = new SnowballFilter(stream, new DutchStemmer());
		return new TokenStreamComponents(source, stream);
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
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return tokens;
	}

}
