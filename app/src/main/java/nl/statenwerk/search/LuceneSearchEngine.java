package nl.statenwerk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.statenwerk.search.SearchResult.FacetValue;
import nl.statenwerk.search.SearchResult.Hit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The embedded engine: a Lucene index in a directory. One document per object, its file pages in the text field
 * separated by form feeds, so a hit counts once in totals and facets and its snippet still knows its page.
 */
final class LuceneSearchEngine implements SearchEngine {

    /** Raise when documents or analysis change: an index of another version is rebuilt. */
    static final String SCHEMA = "3";

    private static final char PAGE_BREAK = '\f';
    /** Marks a document that is not public: anonymous searches exclude the few of them instead of filtering the many. */
    private static final String RESTRICTED = "restricted";

    private static final String COMPLETE = "complete";
    private static final String SCHEMA_KEY = "schema";
    private static final String GENERATION = "generation";
    private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N} ]+");
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /**
     * Searches the index's segments in parallel: on a large index one search then uses every core, which halves the
     * slowest searches on a two-core machine; under full load it costs little, the work being the same.
     */
    private final java.util.concurrent.ExecutorService slices = java.util.concurrent.Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().name("search-slice-", 0).daemon().factory());

    private final Analyzer queryAnalyzer = DutchAnalysis.querying();
    private final Analyzer indexAnalyzer = DutchAnalysis.indexing();
    /** Writes share it, closing takes it alone: a write never meets a closing writer. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock lifecycle =
            new java.util.concurrent.locks.ReentrantReadWriteLock();

    private boolean closed;
    /** The number of the last change a commit made durable. */
    private long committed = -1;

    private volatile boolean complete;
    private volatile long generation;

    LuceneSearchEngine(Path path) {
        try {
            directory = FSDirectory.open(path);
            Map<String, String> data = DirectoryReader.indexExists(directory)
                    ? DirectoryReader.listCommits(directory).getLast().getUserData()
                    : Map.of();
            boolean sameSchema = SCHEMA.equals(data.get(SCHEMA_KEY));
            IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer)
                    .setOpenMode(
                            sameSchema
                                    ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                                    : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            complete = sameSchema && "true".equals(data.get(COMPLETE));
            generation = sameSchema ? Long.parseLong(data.getOrDefault(GENERATION, "0")) : 0;
            searchers = new SearcherManager(writer, new org.apache.lucene.search.SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previous) {
                    return new IndexSearcher(reader, slices);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + path, e);
        }
    }

    @Override
    public boolean isComplete() {
        return complete;
    }

    @Override
    public long replace(String root, List<SearchDocument> documents) {
        lifecycle.readLock().lock();
        try {
            open();
            return writer.updateDocuments(
                    new Term("root", root),
                    documents.stream().map(this::document).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private void open() {
        if (closed) {
            // the caller's event stays unhandled and is published again after the restart
            throw new IllegalStateException("the search index is closed");
        }
    }

    @Override
    public synchronized void beginRebuild() {
        complete = false;
        generation++;
        commit();
    }

    @Override
    public synchronized void finishRebuild() {
        try {
            writer.deleteDocuments(LongPoint.newRangeQuery("generation", Long.MIN_VALUE, generation - 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        complete = true;
        commit();
    }

    @Override
    public void commit() {
        commit(Long.MAX_VALUE);
    }

    @Override
    public synchronized void commit(long change) {
        if (change <= committed) {
            return;
        }
        lifecycle.readLock().lock();
        try {
            open();
            writer.setLiveCommitData(Map.of(
                            COMPLETE, Boolean.toString(complete),
                            SCHEMA_KEY, SCHEMA,
                            GENERATION, Long.toString(generation))
                    .entrySet());
            committed = Math.max(committed, writer.commit());
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public void abandon() {
        shutDown(false);
    }

    @Override
    public void close() {
        shutDown(true);
    }

    private void shutDown(boolean commit) {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            searchers.close();
            slices.shutdown();
            if (commit) {
                writer.close();
            } else {
                writer.rollback();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private Document document(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField("id", d.id(), Field.Store.YES));
        doc.add(new StringField("root", d.root(), Field.Store.NO));
        doc.add(new StringField("type", d.type(), Field.Store.YES));
        doc.add(new Field("titel", d.title(), TEXT_WITH_OFFSETS));
        StringBuilder text = new StringBuilder();
        for (SearchDocument.Segment segment : d.segments()) {
            if (doc.getFields("segment").length > 0) {
                text.append(PAGE_BREAK);
            }
            text.append(segment.text().replace(PAGE_BREAK, ' '));
            doc.add(new StoredField("segment", (segment.page() == null ? "" : segment.page()) + "\t" + segment.url()));
        }
        doc.add(new Field("text", text.toString(), TEXT_WITH_OFFSETS));
        doc.add(new TextField("spell", d.title() + "\n" + text, Field.Store.NO));
        doc.add(new TextField("complete", d.title(), Field.Store.NO));
        for (String fractie : d.fracties()) {
            doc.add(new TextField("fractie", fractie, Field.Store.NO));
        }
        if (d.date() != null) {
            long day = d.date().toEpochDay();
            doc.add(new LongPoint("date", day));
            doc.add(new NumericDocValuesField("date", day));
            doc.add(new StoredField("date", day));
        }
        if (d.published() != null) {
            doc.add(new LongPoint("published", d.published().toEpochMilli()));
        }
        if (d.sourceId() != null) {
            doc.add(new StoredField("sourceId", d.sourceId()));
        }
        doc.add(new LongPoint("generation", generation));
        for (String key : d.access()) {
            doc.add(new StringField("access", key, Field.Store.NO));
        }
        if (!d.isPublic()) {
            doc.add(new StringField(RESTRICTED, RESTRICTED, Field.Store.NO));
        }
        if (d.level() != null) {
            doc.add(new StoredField("level", d.level()));
        }
        d.facets().forEach((name, values) -> {
            for (String value : new LinkedHashSet<>(values)) {
                doc.add(new StringField("f." + name, value, Field.Store.NO));
                doc.add(new SortedSetDocValuesField("f." + name, new org.apache.lucene.util.BytesRef(value)));
            }
        });
        return doc;
    }

    @Override
    public SearchResult search(SearchQuery q, Set<String> reader) {
        Query readable = readable(reader);
        long start = System.nanoTime();
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            int n = q.page() * q.size();
            Query text = parse(q.q(), QueryParser.Operator.AND);
            Pass pass = pass(searcher, text, q, readable, n);
            if (pass.counts.total == 0 && !q.q().isEmpty()) {
                // all words is what users expect; when no object has them all, most of them beats any of them, which
                // on a pasted title would match half the corpus
                for (Query relaxed : relaxations(q.q())) {
                    if (!relaxed.equals(text)) {
                        text = relaxed;
                        pass = pass(searcher, text, q, readable, n);
                        if (pass.counts.total > 0) {
                            break;
                        }
                    }
                }
            }
            FacetCounts counts = pass.counts;
            ScoreDoc[] all = pass.top.scoreDocs;
            ScoreDoc[] page = java.util.Arrays.copyOfRange(all, Math.min(all.length, n - q.size()), all.length);
            List<Hit> hits = hits(searcher, text, page);
            String didYouMean = counts.total <= 2 ? didYouMean(searcher, q.q(), readable) : null;
            return new SearchResult(
                    counts.total, (System.nanoTime() - start) / 1_000_000, hits, counts.facets(), didYouMean);
        } catch (TooManyClauses | org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            throw new IllegalArgumentException("De zoekvraag is te ingewikkeld.", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record Pass(TopDocs top, FacetCounts counts) {}

    /** The top hits and the facet counts in one pass over the matches: a second pass would double the cost. */
    private static Pass pass(IndexSearcher searcher, Query text, SearchQuery q, Query readable, int n)
            throws IOException {
        Query query = filtered(text, q, readable);
        CollectorManager<? extends Collector, ? extends TopDocs> top = q.sort() == SearchQuery.Sort.DATE
                ? new TopFieldCollectorManager(dateSort(), n, null, Integer.MAX_VALUE)
                : new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE);
        Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetCounts.Manager()));
        TopDocs docs = (TopDocs) results[0];
        if (docs instanceof TopFieldDocs) {
            TopFieldCollector.populateScores(docs.scoreDocs, searcher, query);
        }
        return new Pass(docs, (FacetCounts) results[1]);
    }

    /** Most of the words (half, rounded up, of three or more), then any of them. */
    private List<Query> relaxations(String q) {
        Query any = parse(q, QueryParser.Operator.OR);
        if (any instanceof BooleanQuery bool) {
            long should = bool.clauses().stream()
                    .filter(c -> c.occur() == Occur.SHOULD)
                    .count();
            if (should >= 3 && bool.getMinimumNumberShouldMatch() == 0) {
                BooleanQuery.Builder most = new BooleanQuery.Builder();
                bool.clauses().forEach(most::add);
                most.setMinimumNumberShouldMatch((int) ((should + 1) / 2));
                return List.of(most.build(), any);
            }
        }
        return List.of(any);
    }

    private Query parse(String q, QueryParser.Operator operator) {
        if (q.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        try {
            return parser(operator).parse(q);
        } catch (ParseException | RuntimeException e) {
            // odd syntax (unbalanced quotes, a lone AND, a runaway regular expression) is searched as its words
            try {
                return parser(operator).parse(QueryParser.escape(q));
            } catch (ParseException | RuntimeException again) {
                throw new IllegalArgumentException("De zoekvraag kan niet worden gelezen.", again);
            }
        }
    }

    private QueryParser parser(QueryParser.Operator operator) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[] {"titel", "text"}, queryAnalyzer, Map.of("titel", 3f, "text", 1f));
        parser.setDefaultOperator(operator);
        parser.setSplitOnWhitespace(false);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        parser.setAllowLeadingWildcard(false);
        return parser;
    }

    /**
     * What a reader may read, as a filter: for a reader who holds only the public key, everything but the documents
     * marked restricted (few, so excluding them costs an anonymous search next to nothing); else the documents with
     * one of the reader's keys.
     */
    static Query readable(Set<String> reader) {
        if (reader.equals(nl.statenwerk.access.AccessKeys.ANONYMOUS)) {
            return new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(RESTRICTED, RESTRICTED)), Occur.MUST_NOT)
                    .build();
        }
        return new org.apache.lucene.search.TermInSetQuery(
                "access", reader.stream().map(BytesRef::new).toList());
    }

    /** Adds the reader's filter to a query: a pure exclusion is added as such, not as a clause of its own. */
    private static void restrict(BooleanQuery.Builder query, Query readable) {
        if (readable instanceof BooleanQuery exclusion
                && exclusion.clauses().stream().allMatch(c -> c.occur() == Occur.MUST_NOT)) {
            exclusion.clauses().forEach(query::add);
        } else {
            query.add(readable, Occur.FILTER);
        }
    }

    private static Query filtered(Query text, SearchQuery q, Query readable) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
        restrict(query, readable);
        filter(query, "type", q.type());
        filter(query, "jaar", q.year() == null ? null : q.year().toString());
        filter(query, "orgaan", q.body());
        filter(query, "vergadertype", q.meetingType());
        filter(query, "fractie", q.fractie());
        filter(query, "uitslag", q.voteResult());
        if (q.from() != null || q.to() != null) {
            query.add(
                    LongPoint.newRangeQuery(
                            "date",
                            q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay(),
                            q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay()),
                    Occur.FILTER);
        }
        if (q.since() != null) {
            query.add(LongPoint.newRangeQuery("published", q.since().toEpochMilli(), Long.MAX_VALUE), Occur.FILTER);
        }
        return query.build();
    }

    private static void filter(BooleanQuery.Builder query, String facet, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            query.add(new TermQuery(new Term("f." + facet, value.strip())), Occur.FILTER);
        }
    }

    private static Sort dateSort() {
        SortField date = new SortField("date", SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    private List<Hit> hits(IndexSearcher searcher, Query text, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        Object[] snippets = highlighter(searcher).snippets("text", text, docIds);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(docIds[i]);
            String[] segments = doc.getValues("segment");
            Snippet snippet = snippets[i] instanceof Snippet s ? s : null;
            int segmentIndex = snippet == null ? 0 : Math.min(snippet.segment(), segments.length - 1);
            String[] segment = segments[segmentIndex].split("\t", 2);
            var date = doc.getField("date");
            hits.add(new Hit(
                    doc.get("id"),
                    doc.get("type"),
                    doc.get("titel"),
                    date == null
                            ? null
                            : LocalDate.ofEpochDay(date.numericValue().longValue()),
                    snippet == null || snippet.html().isBlank() ? null : snippet.html(),
                    segment[0].isEmpty() ? null : Integer.valueOf(segment[0]),
                    segment[1],
                    doc.get("sourceId"),
                    doc.get("level")));
        }
        return hits;
    }

    private PageHighlighter highlighter(IndexSearcher searcher) {
        return new PageHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withFormatter(new SnippetFormatter()));
    }

    /** Gives the formatter's objects instead of strings. */
    private static final class PageHighlighter extends UnifiedHighlighter {

        PageHighlighter(Builder builder) {
            super(builder);
        }

        Object[] snippets(String field, Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {1})
                    .get(field);
        }
    }

    /** The best passage of a hit and the segment (page) it is in. */
    record Snippet(int segment, String html) {}

    /** Marks matches and escapes the rest; counts the page breaks before the passage to know its page. */
    private static final class SnippetFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage passage = passages[0];
            // a passage is a sentence, and a sentence may run over a page break: the page is that of the first
            // match, and the snippet stays on that page
            int anchor = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : passage.getStartOffset();
            int segment = 0;
            int pageStart = 0;
            for (int i = 0; i < anchor; i++) {
                if (content.charAt(i) == PAGE_BREAK) {
                    segment++;
                    pageStart = i + 1;
                }
            }
            int pageEnd = content.indexOf(PAGE_BREAK, anchor);
            int start = Math.max(passage.getStartOffset(), pageStart);
            int end = Math.min(passage.getEndOffset(), pageEnd < 0 ? content.length() : pageEnd);
            StringBuilder html = new StringBuilder();
            int at = start;
            for (int m = 0; m < passage.getNumMatches(); m++) {
                int from = Math.max(at, passage.getMatchStarts()[m]);
                int to = Math.min(end, passage.getMatchEnds()[m]);
                if (to <= from) {
                    continue;
                }
                escape(content, at, from, html);
                html.append("<mark>");
                escape(content, from, to, html);
                html.append("</mark>");
                at = to;
            }
            escape(content, at, end, html);
            return new Snippet(segment, html.toString().strip());
        }

        private static void escape(String content, int from, int to, StringBuilder out) {
            for (int i = from; i < to; i++) {
                char c = content.charAt(i);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case PAGE_BREAK -> out.append(' ');
                    default -> out.append(c);
                }
            }
        }
    }

    /**
     * A query with the words the index does not know replaced by the closest ones it does. The spell checker reads
     * the term dictionary, which keeps the words of deleted documents (an object that is no longer public) until
     * their segment is merged: a spelling counts only when a live document has it.
     */
    private @Nullable String didYouMean(IndexSearcher searcher, String q, Query readable) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        if (q.isEmpty() || !PLAIN_WORDS.matcher(q).matches()) {
            return null;
        }
        DirectSpellChecker spelling = new DirectSpellChecker();
        List<String> words = new ArrayList<>();
        boolean changed = false;
        for (String word : DutchAnalysis.foldedTokens(q)) {
            String replacement = word;
            // known is known to this reader: a word of a paper the reader may not read is as unknown as one of none
            if (!readableHas(searcher, word, readable)) {
                SuggestWord[] suggestions =
                        spelling.suggestSimilar(new Term("spell", word), 5, reader, SuggestMode.SUGGEST_ALWAYS);
                for (SuggestWord suggestion : suggestions) {
                    if (readableHas(searcher, suggestion.string, readable)) {
                        replacement = suggestion.string;
                        changed = true;
                        break;
                    }
                }
            }
            words.add(replacement);
        }
        return changed ? String.join(" ", words) : null;
    }

    /** Whether a live document that the reader may read has the word. */
    private static boolean readableHas(IndexSearcher searcher, String word, Query readable) throws IOException {
        if (searcher.getIndexReader().docFreq(new Term("spell", word)) == 0) {
            return false;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(new TermQuery(new Term("spell", word)), Occur.MUST);
        restrict(query, readable);
        return searcher.count(query.build()) > 0;
    }

    @Override
    public List<String> suggest(String prefix, int max, Set<String> reader) {
        List<String> words = DutchAnalysis.foldedTokens(prefix);
        if (words.isEmpty() || max < 1) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words.subList(0, Math.min(words.size(), 10))) {
            query.add(
                    new TermQuery(new Term("complete", word.length() > 20 ? word.substring(0, 20) : word)), Occur.MUST);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                StoredFields stored = searcher.storedFields();
                Set<String> titles = new LinkedHashSet<>();
                restrict(query, readable(reader));
                for (ScoreDoc hit : searcher.search(query.build(), max * 3).scoreDocs) {
                    titles.add(stored.document(hit.doc, Set.of("titel")).get("titel"));
                    if (titles.size() == max) {
                        break;
                    }
                }
                return List.copyOf(titles);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** Counts matches and, per facet, the values of the matching documents. */
    private static final class FacetCounts implements Collector {

        long total;
        private final Map<String, Map<String, Long>> counts = new HashMap<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            // arrays, not maps: this runs for every match, and a large result set has hundreds of thousands
            int facets = SearchDocument.FACETS.size();
            SortedSetDocValues[] multi = new SortedSetDocValues[facets];
            org.apache.lucene.index.SortedDocValues[] single = new org.apache.lucene.index.SortedDocValues[facets];
            long[][] ordCounts = new long[facets][];
            for (int f = 0; f < facets; f++) {
                SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), "f." + SearchDocument.FACETS.get(f));
                // most facets hold one value per object: the single-valued view skips the per-document value count
                single[f] = DocValues.unwrapSingleton(dv);
                multi[f] = single[f] == null ? dv : null;
                ordCounts[f] = new long[(int) Math.min(Integer.MAX_VALUE - 8, dv.getValueCount())];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    for (int f = 0; f < facets; f++) {
                        if (single[f] != null) {
                            if (single[f].advanceExact(doc)) {
                                ordCounts[f][single[f].ordValue()]++;
                            }
                        } else if (multi[f].advanceExact(doc)) {
                            for (int i = 0; i < multi[f].docValueCount(); i++) {
                                ordCounts[f][(int) multi[f].nextOrd()]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int f = 0; f < facets; f++) {
                        Map<String, Long> facet =
                                counts.computeIfAbsent(SearchDocument.FACETS.get(f), k -> new HashMap<>());
                        long[] c = ordCounts[f];
                        for (int ord = 0; ord < c.length; ord++) {
                            if (c[ord] > 0) {
                                BytesRef value = single[f] != null ? single[f].lookupOrd(ord) : multi[f].lookupOrd(ord);
                                facet.merge(value.utf8ToString(), c[ord], Long::sum);
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        Map<String, List<FacetValue>> facets() {
            Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
            for (String facet : SearchDocument.FACETS) {
                facets.put(
                        facet,
                        counts.getOrDefault(facet, Map.of()).entrySet().stream()
                                .map(e -> new FacetValue(e.getKey(), e.getValue()))
                                .sorted(Comparator.comparingLong(FacetValue::count)
                                        .reversed()
                                        .thenComparing(FacetValue::value))
                                .limit(50)
                                .toList());
            }
            return facets;
        }

        static final class Manager implements CollectorManager<FacetCounts, FacetCounts> {

            @Override
            public FacetCounts newCollector() {
                return new FacetCounts();
            }

            @Override
            public FacetCounts reduce(java.util.Collection<FacetCounts> collectors) {
                FacetCounts all = new FacetCounts();
                for (FacetCounts c : collectors) {
                    all.total += c.total;
                    c.counts.forEach((facet, values) -> values.forEach((value, count) -> all.counts
                            .computeIfAbsent(facet, k -> new HashMap<>())
                            .merge(value, count, Long::sum)));
                }
                return all;
            }
        }
    }
}
