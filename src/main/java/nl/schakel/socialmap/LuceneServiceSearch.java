// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.LiveIndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.SloppyMath;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The sociale kaart in Lucene. Texts are matched in Dutch and English; what people type is also mapped onto the
 * needs taxonomy ("eten" finds the voedselbank, "kind" finds services for kinderen) and matched with typo tolerance.
 * Filters and facets use exact fields; ranking prefers relevant, nearby and recently verified services.
 */
@Component
class LuceneServiceSearch implements ServiceSearch, AutoCloseable {

	static final String ID = "id";

	static final String NAME = "name";

	static final String TEXT = "text";

	static final String NAME_EN = "name_en";

	static final String TEXT_EN = "text_en";

	static final String WORDS = "words";

	static final String CONCEPT = "concept";

	static final String LANGUAGE = "language";

	static final String MUNICIPALITY = "municipality";

	static final String FREE = "free";

	/** The four-digit postcode area of each place, to filter by neighbourhood. */
	static final String POSTCODE_AREA = "pc4";

	static final String LOCATION = "location";

	static final String OPEN = "open";

	static final String VERIFIED = "verified";

	static final String FACET_NEED = "need";

	private static final long DAYS_IN_A_YEAR = 365;

	/** The facets the search page shows; each has its own doc-values field, so counting one skips the others. */
	private static final List<String> SHOWN_FACETS = List.of(FACET_NEED, LANGUAGE);

	private static final int MAX_FACET_VALUES = 200;

	/** Up to this many matches the total and the counts are exact; beyond, they are estimated from these. */
	static final int COUNTED_MATCHES = 10_000;

	/** What a hit on the page needs from the stored fields; nothing else is read. */
	static final String HIT = "hit";

	/** Separates the parts of {@link #HIT}; removed from the texts themselves. */
	private static final String HIT_SEPARATOR = "\u001f";

	/** A rebuild larger than one batch is analysed on all cores; a smaller one is added in order, as it comes. */
	private static final int BULK_BATCH = 2_000;

	private static final double BULK_RAM_BUFFER_MB = 256;

	private final NeedsTaxonomy taxonomy;

	private final int countedMatches;

	private final Analyzer dutch;

	private final Analyzer english = new EnglishAnalyzer();

	private final Analyzer words = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
		}
	};

	/** Analyzed words people type (Dutch and English) → the taxonomy codes they mean. */
	private final Map<String, Set<String>> concepts = new HashMap<>();

	private final FacetsConfig facets = new FacetsConfig();

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	@Autowired
	LuceneServiceSearch(NeedsTaxonomy taxonomy) {
		this(taxonomy, new ByteBuffersDirectory());
	}

	/** With the index in this directory, which this search closes; the benchmark compares directory kinds. */
	LuceneServiceSearch(NeedsTaxonomy taxonomy, Directory directory) {
		this(taxonomy, directory, COUNTED_MATCHES);
	}

	/** Counting exactly up to {@code countedMatches} matches, so that tests reach the estimate with a small index. */
	LuceneServiceSearch(NeedsTaxonomy taxonomy, Directory directory, int countedMatches) {
		this.countedMatches = countedMatches;
		this.taxonomy = taxonomy;
		this.directory = directory;
		this.dutch = new DutchText(compoundParts(taxonomy));
		for (NeedsTaxonomy.Term term : taxonomy.terms()) {
			for (String phrase : concat(List.of(term.nameNl()), term.synonymsNl())) {
				conceptFor(String.join(" ", DutchText.tokens(dutch, TEXT, phrase)), term.code());
			}
			for (String phrase : concat(List.of(term.nameEn()), term.synonymsEn())) {
				conceptFor(String.join(" ", DutchText.tokens(english, TEXT_EN, phrase)), term.code());
			}
		}
		facets.setMultiValued(FACET_NEED, true);
		facets.setMultiValued(LANGUAGE, true);
		facets.setIndexFieldName(FACET_NEED, "$" + FACET_NEED);
		facets.setIndexFieldName(LANGUAGE, "$" + LANGUAGE);
		facets.setMultiValued(MUNICIPALITY, true);
		Map<String, Analyzer> perField = Map.of(NAME_EN, english, TEXT_EN, english, WORDS, words);
		try {
			this.writer = new IndexWriter(directory, new IndexWriterConfig(new PerFieldAnalyzerWrapper(dutch, perField)));
			this.writer.commit();
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void index(Collection<ServiceListing> listings) {
		try {
			for (ServiceListing listing : listings) {
				Term id = new Term(ID, listing.id().toString());
				if (listing.active()) {
					writer.updateDocument(id, facets.build(document(listing)));
				}
				else {
					writer.deleteDocuments(id);
				}
			}
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void remove(UUID serviceId) {
		try {
			writer.deleteDocuments(new Term(ID, serviceId.toString()));
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void rebuild(Iterable<ServiceListing> listings) {
		LiveIndexWriterConfig config = writer.getConfig();
		double ramBuffer = config.getRAMBufferSizeMB();
		try {
			writer.deleteAll();
			Iterator<ServiceListing> all = listings.iterator();
			List<ServiceListing> first = nextBatch(all);
			if (all.hasNext()) {
				// A national directory: analysis is the bulk of the work, so every core analyses its own batches, and
				// a larger buffer flushes fewer, larger segments that need less merging afterwards.
				config.setRAMBufferSizeMB(BULK_RAM_BUFFER_MB);
				addInParallel(first, all);
			}
			else {
				addAll(first);
			}
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			config.setRAMBufferSizeMB(ramBuffer);
		}
	}

	private void addInParallel(List<ServiceListing> first, Iterator<ServiceListing> rest) throws IOException {
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		// Bounds the batches read ahead of the indexing threads, so a large directory is never held whole.
		Semaphore slots = new Semaphore(2 * threads);
		Deque<Future<Void>> pending = new ArrayDeque<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<ServiceListing> batch = first;
			while (!batch.isEmpty()) {
				slots.acquireUninterruptibly();
				List<ServiceListing> mine = batch;
				pending.add(pool.submit(() -> {
					try {
						addAll(mine);
						return null;
					}
					finally {
						slots.release();
					}
				}));
				while (!pending.isEmpty() && pending.peek().isDone()) {
					awaitBatch(pending.poll());
				}
				batch = nextBatch(rest);
			}
			while (!pending.isEmpty()) {
				awaitBatch(pending.poll());
			}
		}
	}

	private void addAll(List<ServiceListing> batch) throws IOException {
		for (ServiceListing listing : batch) {
			if (listing.active()) {
				writer.addDocument(facets.build(document(listing)));
			}
		}
	}

	private static List<ServiceListing> nextBatch(Iterator<ServiceListing> listings) {
		List<ServiceListing> batch = new ArrayList<>(BULK_BATCH);
		while (batch.size() < BULK_BATCH && listings.hasNext()) {
			batch.add(listings.next());
		}
		return batch;
	}

	private static void awaitBatch(Future<Void> batch) throws IOException {
		try {
			batch.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while rebuilding the index", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IOException(ex.getCause());
		}
	}

	@Override
	public long size() {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public SearchResult search(SearchQuery query) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return search(searcher, query);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Two passes. The page of hits is scored with a threshold on the total, so Lucene skips matches that cannot reach
	 * the page (block-max WAND) instead of scoring every one. The total and the counts come from a second pass that
	 * visits matches without scoring, counts only the facets the search page shows, and stops after
	 * {@value #COUNTED_MATCHES} matches: a whole-country search for "eten" then says "about 48,000" instead of
	 * visiting every one. Documents are in the order they were indexed, not by relevance or place, so the first
	 * matches are a fair sample of all.
	 */
	private SearchResult search(IndexSearcher searcher, SearchQuery query) throws IOException {
		IndexReader reader = searcher.getIndexReader();
		Query filtered = build(query, reader);
		int wanted = query.page() * query.size();
		ScoreDoc[] docs = searcher.search(filtered, new TopScoreDocCollectorManager(wanted, wanted)).scoreDocs;
		List<SearchResult.Hit> hits = new ArrayList<>();
		for (int i = (query.page() - 1) * query.size(); i < docs.length; i++) {
			// One doc value per hit: reading stored fields would decompress a whole block of documents for each.
			String[] fields = hitFields(reader, docs[i].doc);
			List<SearchResult.Point> points = points(fields[3]);
			hits.add(new SearchResult.Hit(UUID.fromString(fields[0]), fields[1], fields[2], docs[i].score,
					distanceKm(points, query.near()), points));
		}
		FirstMatches matches = new FirstMatches(countedMatches);
		searcher.search(new ConstantScoreQuery(filtered), matches);
		long counted = matches.collected;
		boolean estimated = matches.stoppedAt > 0;
		long total = estimated ? round((double) counted * reader.maxDoc() / matches.stoppedAt) : counted;
		double scale = counted == 0 ? 1 : (double) total / counted;
		Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
		if (total > 0) {
			for (String dim : SHOWN_FACETS) {
				FacetResult result = new SortedSetDocValuesFacetCounts(facetState(reader, dim), matches)
					.getTopChildren(MAX_FACET_VALUES, dim);
				Map<String, Integer> values = new LinkedHashMap<>();
				if (result != null) {
					for (LabelAndValue lv : result.labelValues) {
						values.put(lv.label, estimated ? (int) round(lv.value.intValue() * scale) : lv.value.intValue());
					}
				}
				if (!values.isEmpty()) {
					counts.put(dim, values);
				}
			}
		}
		return new SearchResult(total, hits, counts, estimated);
	}

	/** Id, name, organisation and points of one document, from the doc value written by {@link #document}. */
	private static String[] hitFields(IndexReader reader, int doc) throws IOException {
		List<LeafReaderContext> leaves = reader.leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		BinaryDocValues values = leaf.reader().getBinaryDocValues(HIT);
		if (values == null || !values.advanceExact(doc - leaf.docBase)) {
			throw new IllegalStateException("document " + doc + " has no hit fields");
		}
		return values.binaryValue().utf8ToString().split(HIT_SEPARATOR, -1);
	}

	/** An estimate in round numbers: two significant digits, so nobody reads it as exact. */
	static long round(double estimate) {
		if (estimate < 100) {
			return Math.round(estimate);
		}
		double unit = Math.pow(10, Math.floor(Math.log10(estimate)) - 1);
		return (long) (Math.round(estimate / unit) * unit);
	}

	/**
	 * Collects matches for counting until it has {@code limit}, then stops, remembering how far into the index (in
	 * documents) it got; {@code stoppedAt} stays 0 when it saw every match.
	 */
	private static final class FirstMatches extends FacetsCollector {

		private final int limit;

		private int docBase;

		int collected;

		int stoppedAt;

		FirstMatches(int limit) {
			this.limit = limit;
		}

		@Override
		protected void doSetNextReader(LeafReaderContext context) throws IOException {
			if (stoppedAt > 0) {
				throw new CollectionTerminatedException();
			}
			super.doSetNextReader(context);
			docBase = context.docBase;
		}

		@Override
		public void collect(int doc) throws IOException {
			super.collect(doc);
			if (++collected >= limit) {
				stoppedAt = docBase + doc + 1;
				throw new CollectionTerminatedException();
			}
		}

	}

	/** The facet ordinals of one index reader and facet, built once per reader rather than once per search. */
	private record FacetState(IndexReader reader, Map<String, DefaultSortedSetDocValuesReaderState> states) {
	}

	private volatile @Nullable FacetState facetState;

	private DefaultSortedSetDocValuesReaderState facetState(IndexReader reader, String dim) throws IOException {
		FacetState current = facetState;
		if (current == null || current.reader() != reader) {
			Map<String, DefaultSortedSetDocValuesReaderState> states = new HashMap<>();
			for (String shown : SHOWN_FACETS) {
				states.put(shown, new DefaultSortedSetDocValuesReaderState(reader,
						facets.getDimConfig(shown).indexFieldName, facets));
			}
			current = new FacetState(reader, Map.copyOf(states));
			facetState = current;
		}
		return current.states().get(dim);
	}

	Query build(SearchQuery query) {
		return build(query, null);
	}

	/** With a reader, typo tolerance is used only for words the index does not hold (see {@link #textQuery}). */
	Query build(SearchQuery query, org.apache.lucene.index.@Nullable IndexReader reader) {
		BooleanQuery.Builder outer = new BooleanQuery.Builder();
		String text = query.text() == null ? "" : query.text().trim();
		if (text.isEmpty()) {
			outer.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		else {
			outer.add(textQuery(text, reader), Occur.MUST);
		}
		for (String code : query.termCodes()) {
			outer.add(new TermQuery(new Term(CONCEPT, code)), Occur.FILTER);
		}
		if (query.municipalityCode() != null) {
			outer.add(new TermQuery(new Term(MUNICIPALITY, query.municipalityCode())), Occur.FILTER);
		}
		if (!query.postcodeAreas().isEmpty()) {
			outer.add(IntField.newSetQuery(POSTCODE_AREA, query.postcodeAreas().stream().mapToInt(Integer::intValue).toArray()),
					Occur.FILTER);
		}
		if (query.language() != null) {
			outer.add(new TermQuery(new Term(LANGUAGE, query.language().toLowerCase(Locale.ROOT))), Occur.FILTER);
		}
		if (query.freeOnly()) {
			outer.add(new TermQuery(new Term(FREE, "true")), Occur.FILTER);
		}
		if (query.openOn() != null) {
			int day = (query.openOn().getValue() - 1) * 24 * 60;
			int from = query.openAt() == null ? day : day + query.openAt().getHour() * 60 + query.openAt().getMinute();
			int to = query.openAt() == null ? day + 24 * 60 - 1 : from;
			outer.add(IntRange.newIntersectsQuery(OPEN, new int[] { from }, new int[] { to }), Occur.FILTER);
		}
		if (query.near() != null) {
			var near = query.near();
			outer.add(LatLonPoint.newDistanceQuery(LOCATION, near.latitude(), near.longitude(), near.radiusKm() * 1000),
					Occur.FILTER);
			outer.add(LatLonPoint.newDistanceFeatureQuery(LOCATION, 2f, near.latitude(), near.longitude(), 2_000),
					Occur.SHOULD);
		}
		long today = query.referenceDate().toEpochDay();
		outer.add(LongField.newDistanceFeatureQuery(VERIFIED, 0.5f, today, DAYS_IN_A_YEAR), Occur.SHOULD);
		return outer.build();
	}

	/**
	 * Typo tolerance costs most of a search on a large index (the edit-distance automata are built per search), and
	 * a word the index already holds is spelt as some listing spells it: only unknown words get fuzzy matching.
	 */
	private Query textQuery(String text, org.apache.lucene.index.@Nullable IndexReader reader) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		QueryBuilder nl = new QueryBuilder(dutch);
		QueryBuilder en = new QueryBuilder(english);
		addIfPresent(any, nl.createBooleanQuery(NAME, text, Occur.SHOULD), 3f);
		addIfPresent(any, nl.createBooleanQuery(TEXT, text, Occur.SHOULD), 1f);
		addIfPresent(any, en.createBooleanQuery(NAME_EN, text, Occur.SHOULD), 2f);
		addIfPresent(any, en.createBooleanQuery(TEXT_EN, text, Occur.SHOULD), 0.8f);
		for (String code : conceptsIn(text)) {
			any.add(new BoostQuery(new TermQuery(new Term(CONCEPT, code)), 2.5f), Occur.SHOULD);
		}
		for (String word : DutchText.tokens(words, WORDS, text)) {
			if (word.length() >= 4 && !known(reader, word)) {
				any.add(new BoostQuery(fuzzy(reader, word), 0.6f), Occur.SHOULD);
			}
		}
		any.setMinimumNumberShouldMatch(1);
		return any.build();
	}

	/** The words a misspelt word may stand for, per index reader: the same typo is expanded once, not per search. */
	private record FuzzyExpansions(IndexReader reader, Map<String, Query> byWord) {
	}

	private static final int MAX_CACHED_EXPANSIONS = 2_048;

	private volatile @Nullable FuzzyExpansions fuzzyExpansions;

	/**
	 * A typo-tolerant match on {@code word}: one edit for shorter words, two from 8 letters. With a reader, the query
	 * is rewritten into the index's terms once and kept while the reader lasts; the edit-distance automata and the
	 * walk through the term dictionary are most of what typo tolerance costs.
	 */
	private Query fuzzy(@Nullable IndexReader reader, String word) {
		Query fuzzy = new FuzzyQuery(new Term(WORDS, word), word.length() >= 8 ? 2 : 1, 1);
		if (reader == null) {
			return fuzzy;
		}
		FuzzyExpansions expansions = fuzzyExpansions;
		if (expansions == null || expansions.reader() != reader) {
			expansions = new FuzzyExpansions(reader, java.util.Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
					return size() > MAX_CACHED_EXPANSIONS;
				}
			}));
			fuzzyExpansions = expansions;
		}
		Query expanded = expansions.byWord().get(word);
		if (expanded == null) {
			try {
				expanded = new IndexSearcher(reader).rewrite(fuzzy);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			expansions.byWord().put(word, expanded);
		}
		return expanded;
	}

	private static boolean known(org.apache.lucene.index.@Nullable IndexReader reader, String word) {
		if (reader == null) {
			return false;
		}
		try {
			return reader.docFreq(new Term(WORDS, word)) > 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public List<UUID> matching(String text, LocalDate referenceDate, int limit) {
		if (text.isBlank() || text.length() > 200 || limit < 1) {
			return List.of();
		}
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				Query query = build(SearchQuery.forText(text, referenceDate), searcher.getIndexReader());
				ScoreDoc[] docs = searcher.search(query, limit).scoreDocs;
				List<UUID> ids = new ArrayList<>(docs.length);
				var stored = searcher.storedFields();
				for (ScoreDoc doc : docs) {
					ids.add(UUID.fromString(stored.document(doc.doc, Set.of(ID)).get(ID)));
				}
				return ids;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Set<String> concepts(String text) {
		return text.length() > 200 ? Set.of() : conceptsIn(text);
	}

	/** The taxonomy codes that the words of a query mean, whole phrases first, then single words. */
	Set<String> conceptsIn(String text) {
		Set<String> codes = new LinkedHashSet<>();
		for (Analyzer analyzer : List.of(dutch, english)) {
			List<String> tokens = DutchText.tokens(analyzer, analyzer == dutch ? TEXT : TEXT_EN, text);
			for (int length = tokens.size(); length >= 1; length--) {
				for (int start = 0; start + length <= tokens.size(); start++) {
					codes.addAll(concepts.getOrDefault(String.join(" ", tokens.subList(start, start + length)), Set.of()));
				}
			}
		}
		return codes;
	}

	private Document document(ServiceListing listing) {
		Document doc = new Document();
		doc.add(new StringField(ID, listing.id().toString(), Field.Store.YES));
		doc.add(new TextField(NAME, listing.name(), Field.Store.NO));
		doc.add(new TextField(TEXT, String.join("\n", listing.description(), listing.organizationName(),
				String.join(" ", listing.termWords())), Field.Store.NO));
		if (listing.nameEn() != null) {
			doc.add(new TextField(NAME_EN, listing.nameEn(), Field.Store.NO));
		}
		if (listing.descriptionEn() != null) {
			doc.add(new TextField(TEXT_EN, listing.descriptionEn(), Field.Store.NO));
		}
		doc.add(new TextField(WORDS, String.join(" ", listing.name(), listing.organizationName(),
				String.join(" ", listing.termWords())), Field.Store.NO));
		Set<String> codes = new LinkedHashSet<>();
		for (String code : listing.termCodes()) {
			NeedsTaxonomy.Term term = taxonomy.term(code);
			codes.addAll(term == null ? List.of(code) : term.withAncestors());
		}
		for (String code : codes) {
			doc.add(new StringField(CONCEPT, code, Field.Store.NO));
			doc.add(new SortedSetDocValuesFacetField(FACET_NEED, code));
		}
		for (String language : listing.languages()) {
			String code = language.toLowerCase(Locale.ROOT);
			doc.add(new StringField(LANGUAGE, code, Field.Store.NO));
			doc.add(new SortedSetDocValuesFacetField(LANGUAGE, code));
		}
		doc.add(new StringField(FREE, Boolean.toString(listing.free()), Field.Store.NO));
		doc.add(new SortedSetDocValuesFacetField(FREE, Boolean.toString(listing.free())));
		Set<String> municipalities = new HashSet<>();
		Set<Integer> areas = new HashSet<>();
		StringBuilder points = new StringBuilder();
		for (ServiceListing.Place place : listing.places()) {
			if (place.latitude() != null && place.longitude() != null) {
				doc.add(new LatLonPoint(LOCATION, place.latitude(), place.longitude()));
				doc.add(new LatLonDocValuesField(LOCATION, place.latitude(), place.longitude()));
				points.append(place.latitude()).append(',').append(place.longitude()).append(';');
			}
			Integer area = postcodeArea(place.postcode());
			if (area != null && areas.add(area)) {
				doc.add(new IntField(POSTCODE_AREA, area, Field.Store.NO));
			}
			if (place.municipalityCode() != null && municipalities.add(place.municipalityCode())) {
				doc.add(new StringField(MUNICIPALITY, place.municipalityCode(), Field.Store.NO));
				doc.add(new SortedSetDocValuesFacetField(MUNICIPALITY, place.municipalityCode()));
			}
		}
		doc.add(new BinaryDocValuesField(HIT, new BytesRef(String.join(HIT_SEPARATOR, listing.id().toString(),
				listing.name().replace(HIT_SEPARATOR, " "), listing.organizationName().replace(HIT_SEPARATOR, " "),
				points))));
		for (ServiceListing.Opening opening : listing.openings()) {
			if (opening.endMinuteOfWeek() > opening.startMinuteOfWeek()) {
				doc.add(new IntRange(OPEN, new int[] { opening.startMinuteOfWeek() },
						new int[] { opening.endMinuteOfWeek() }));
			}
		}
		LocalDate verified = listing.lastVerified();
		doc.add(new LongField(VERIFIED, verified == null ? 0 : verified.toEpochDay(), Field.Store.NO));
		return doc;
	}

	private static @Nullable Integer postcodeArea(@Nullable String postcode) {
		if (postcode == null || postcode.length() < 4) {
			return null;
		}
		String digits = postcode.substring(0, 4);
		for (int i = 0; i < 4; i++) {
			if (!Character.isDigit(digits.charAt(i))) {
				return null;
			}
		}
		return Integer.parseInt(digits);
	}

	private static List<SearchResult.Point> points(String stored) {
		if (stored.isEmpty()) {
			return List.of();
		}
		List<SearchResult.Point> points = new ArrayList<>();
		for (String point : stored.split(";")) {
			String[] latLon = point.split(",");
			points.add(new SearchResult.Point(Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1])));
		}
		return points;
	}

	private static @Nullable Double distanceKm(List<SearchResult.Point> points, SearchQuery.@Nullable Near near) {
		if (near == null || points.isEmpty()) {
			return null;
		}
		double best = Double.MAX_VALUE;
		for (SearchResult.Point point : points) {
			best = Math.min(best, SloppyMath.haversinMeters(near.latitude(), near.longitude(), point.latitude(),
					point.longitude()));
		}
		return best / 1000;
	}

	private void conceptFor(String analyzedPhrase, String code) {
		if (!analyzedPhrase.isBlank()) {
			concepts.computeIfAbsent(analyzedPhrase, k -> new LinkedHashSet<>()).add(code);
		}
	}

	private static void addIfPresent(BooleanQuery.Builder builder, @Nullable Query query, float boost) {
		if (query != null) {
			builder.add(new BoostQuery(query, boost), Occur.SHOULD);
		}
	}

	/** Parts of compounds worth finding on their own: the single words of the taxonomy, five letters or more. */
	private static CharArraySet compoundParts(NeedsTaxonomy taxonomy) {
		CharArraySet parts = new CharArraySet(256, true);
		for (NeedsTaxonomy.Term term : taxonomy.terms()) {
			for (String phrase : concat(List.of(term.nameNl()), term.synonymsNl())) {
				for (String word : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
					if (word.length() >= 4) {
						parts.add(word);
					}
				}
			}
		}
		for (String common : List.of("schuld", "hulp", "bank", "voedsel", "maatje", "kind", "kinder", "huis", "geld",
				"taal", "werk", "zorg", "buurt", "wijk", "kleding", "eten", "energie", "huur", "jongeren", "ouder")) {
			parts.add(common);
		}
		return parts;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}

}
