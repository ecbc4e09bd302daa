package nl.statenwerk.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import nl.statenwerk.search.SearchResult.FacetValue;
import nl.statenwerk.search.SearchResult.Hit;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.jspecify.annotations.Nullable;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.SuggestMode;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.search.Suggest;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;

/**
 * The engine for installations that outgrow one machine: an index in an OpenSearch cluster, which the application
 * creates with its mappings and analysers. Like the Lucene engine it holds one document per object, so totals and
 * facets count objects; the segments of an object (its own text, its file's pages) are the values of a multi-valued
 * field, so the highlighter never makes a snippet across a page break and the snippet tells its page.
 *
 * <p>Dutch analysis mirrors {@link DutchAnalysis} with OpenSearch's built-in filters, because a remote cluster has no
 * files of ours: the stop words are the same Snowball list, stem overrides and synonyms are sent inline, the two
 * suffix rules are pattern replacements. Compounds cannot be split on the cluster without hyphenation pattern files,
 * so the application splits them with its own patterns and sends the parts in fields of their own.
 *
 * <p>Whether the index holds a finished rebuild, and the rebuild's generation, live in the index's mapping
 * ({@code _meta}), which the cluster keeps durably: after a crash mid-rebuild a new engine reads "incomplete".
 */
final class OpenSearchEngine implements SearchEngine {

    /** Raise when documents, mappings or analysis change: an index of another version is replaced and rebuilt. */
    static final String SCHEMA = "2";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N} ]+");
    /** Counts a query's words as the Lucene engine's parser does; analysers are thread-safe. */
    private static final org.apache.lucene.analysis.Analyzer QUERY_WORDS = DutchAnalysis.querying();

    private static final Pattern TITLE_FIELD = Pattern.compile("(?<![\\p{L}\\p{N}_.\\\\])titel:");
    // private-use characters: the highlighter trims control characters off a fragment's ends
    private static final String MARK_START = "\uE000";
    private static final String MARK_END = "\uE001";
    private static final List<String> TEXT_FIELDS = List.of("titel^3", "titel_parts^3", "text", "text_parts");

    private final OpenSearchTransport transport;
    private final OpenSearchClient client;
    private final String index;
    private final AtomicLong changes = new AtomicLong();

    private long committed = -1;
    private volatile boolean closed;
    private volatile boolean complete;
    private volatile long generation;

    /**
     * Opens the index of this schema under {@code prefix}, creating it (and removing those of other schemas) when
     * it does not exist. Closing the engine closes the transport.
     */
    OpenSearchEngine(OpenSearchTransport transport, String prefix) {
        this.transport = transport;
        this.client = new OpenSearchClient(transport);
        this.index = prefix + "search-v" + SCHEMA;
        try {
            if (!client.indices().exists(e -> e.index(index)).value()) {
                create(prefix);
            } else {
                updateSynonyms();
            }
            JsonNode meta = generic("GET", "/" + index + "/_mapping", null)
                    .path(index)
                    .path("mappings")
                    .path("_meta");
            complete = meta.path("complete").asBoolean(false);
            generation = meta.path("generation").asLong(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + index + " in OpenSearch", e);
        }
    }

    private void create(String prefix) throws IOException {
        Map<String, Object> body =
                Map.of("settings", OpenSearchMapping.settings(), "mappings", OpenSearchMapping.mappings(SCHEMA));
        try {
            generic("PUT", "/" + index, body);
        } catch (OpenSearchFailure e) {
            // another instance of this installation created it meanwhile
            if (!e.getMessage().contains("resource_already_exists_exception")) {
                throw e;
            }
        }
        // an index of an older schema is of no use any more: the new one is rebuilt from the database. One of a newer
        // schema stays, for the newer version of the application that made it (during a rolling upgrade)
        JsonNode others = generic("GET", "/_cat/indices/" + prefix + "search-v*?format=json&h=index", null);
        for (JsonNode other : others) {
            String name = other.path("index").asText();
            String version = name.substring((prefix + "search-v").length());
            if (version.matches("\\d{1,9}") && Integer.parseInt(version) < Integer.parseInt(SCHEMA)) {
                generic("DELETE", "/" + name, null);
            }
        }
    }

    /**
     * Synonyms apply at query time: the Lucene engine takes an edited list at its next start without a reindex, and
     * so does this one. An index's analysers can only change while it is closed, which takes a moment at start.
     */
    private void updateSynonyms() throws IOException {
        JsonNode current = generic("GET", "/" + index + "/_settings", null)
                .path(index)
                .path("settings")
                .path("index")
                .path("analysis")
                .path("filter")
                .path("nl_synonyms")
                .path("synonyms");
        List<String> indexed = new ArrayList<>();
        current.forEach(line -> indexed.add(line.asText()));
        if (indexed.equals(DutchAnalysis.synonymLines())) {
            return;
        }
        Map<String, Object> synonyms = Map.of(
                "index",
                Map.of("analysis", Map.of("filter", Map.of("nl_synonyms", OpenSearchMapping.synonymFilter()))));
        generic("POST", "/" + index + "/_close", null);
        try {
            generic("PUT", "/" + index + "/_settings", synonyms);
        } finally {
            generic("POST", "/" + index + "/_open?wait_for_active_shards=1", null);
        }
    }

    @Override
    public boolean isComplete() {
        return complete;
    }

    @Override
    public long replace(String root, List<SearchDocument> documents) {
        open();
        long change = changes.incrementAndGet();
        List<BulkOperation> operations = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        long current = generation;
        for (SearchDocument document : documents) {
            ids.add(document.id());
            Map<String, Object> source = source(document, current);
            operations.add(
                    BulkOperation.of(o -> o.index(i -> i.id(document.id()).document(source))));
        }
        if (!ids.contains(root)) {
            // the usual case of an object that is gone: one document, its id that of the object
            operations.add(BulkOperation.of(o -> o.delete(d -> d.id(root))));
        }
        try {
            BulkResponse response = client.bulk(b -> b.index(index).operations(operations));
            if (response.errors()) {
                response.items().stream()
                        .filter(item -> item.error() != null && !(item.status() == 404 && root.equals(item.id())))
                        .findFirst()
                        .ifPresent(item -> {
                            throw new IllegalStateException("OpenSearch refused document " + item.id() + ": "
                                    + item.error().reason());
                        });
            }
            // documents of the root under other ids (an object that had several): only those that a refresh has
            // made visible can be found, which is every one but those of a replace just before
            Query stale = Query.of(q ->
                    q.bool(b -> b.filter(f -> f.term(t -> t.field("root").value(FieldValue.of(root))))
                            .mustNot(n -> n.ids(i -> i.values(List.copyOf(ids))))));
            if (client.count(c -> c.index(index).query(stale)).count() > 0) {
                client.deleteByQuery(d -> d.index(index)
                        .query(stale)
                        .conflicts(org.opensearch.client.opensearch._types.Conflicts.Proceed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return change;
    }

    private static Map<String, Object> source(SearchDocument d, long generation) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", d.id());
        source.put("root", d.root());
        source.put("type", d.type());
        source.put("titel", clean(d.title()));
        source.put("titel_parts", DutchAnalysis.compoundParts(d.title()));
        List<String> texts = d.segments().stream().map(s -> clean(s.text())).toList();
        source.put("text", texts);
        source.put("text_parts", DutchAnalysis.compoundParts(String.join("\n", texts)));
        source.put(
                "segments",
                d.segments().stream()
                        .map(s -> {
                            Map<String, Object> segment = new LinkedHashMap<>();
                            segment.put("page", s.page());
                            segment.put("url", s.url());
                            return segment;
                        })
                        .toList());
        source.put("fractie", d.fracties());
        if (d.date() != null) {
            source.put("date", d.date().toString());
        }
        if (d.published() != null) {
            source.put("published", d.published().toEpochMilli());
        }
        if (d.sourceId() != null) {
            source.put("sourceId", d.sourceId());
        }
        source.put("generation", generation);
        source.put("access", List.copyOf(d.access()));
        source.put("restricted", !d.isPublic());
        if (d.level() != null) {
            source.put("level", d.level());
        }
        Map<String, Object> facets = new LinkedHashMap<>();
        d.facets().forEach((name, values) -> facets.put(name, List.copyOf(new LinkedHashSet<>(values))));
        source.put("facet", facets);
        return source;
    }

    /** Without the characters that mark matches in highlights, so a mark always is one. */
    private static String clean(String text) {
        return text.replace(MARK_START, " ").replace(MARK_END, " ");
    }

    private void open() {
        if (closed) {
            // the caller's event stays unhandled and is published again after the restart
            throw new IllegalStateException("the search index is closed");
        }
    }

    @Override
    public synchronized void beginRebuild() {
        open();
        complete = false;
        generation++;
        writeState();
    }

    @Override
    public synchronized void finishRebuild() {
        open();
        try {
            client.indices().refresh(r -> r.index(index));
            long current = generation;
            client.deleteByQuery(d -> d.index(index)
                    .query(q -> q.range(r -> r.field("generation").lt(JsonData.of(current))))
                    .conflicts(org.opensearch.client.opensearch._types.Conflicts.Proceed)
                    .refresh(org.opensearch.client.opensearch._types.Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        complete = true;
        writeState();
        commit();
    }

    /** The state goes into the mapping's _meta, which the cluster persists in its metadata, not in a document. */
    private void writeState() {
        try {
            boolean done = complete;
            long current = generation;
            client.indices()
                    .putMapping(m -> m.index(index)
                            .meta(Map.of(
                                    "schema", JsonData.of(SCHEMA),
                                    "complete", JsonData.of(done),
                                    "generation", JsonData.of(current))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit() {
        commit(Long.MAX_VALUE);
    }

    /**
     * Writes are durable once OpenSearch acknowledges them (it syncs its translog per request); a commit makes them
     * visible to searches.
     */
    @Override
    public synchronized void commit(long change) {
        if (change <= committed) {
            return;
        }
        open();
        long upTo = changes.get();
        try {
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        committed = Math.max(committed, upTo);
    }

    /** What was acknowledged stays: a cluster does not lose acknowledged writes when its client dies. */
    @Override
    public void abandon() {
        close();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SearchResult search(SearchQuery q, Set<String> reader) {
        long start = System.nanoTime();
        String text = q.q().isEmpty() ? "" : TITLE_FIELD.matcher(q.q()).replaceAll("titel\\\\*:");
        Readable readable = readable(reader);
        SearchResponse<JsonNode> response = run(q, readable, text, Operator.And, null);
        long total = response.hits().total().value();
        if (total == 0 && !text.isEmpty()) {
            // all words is what users expect; when no object has them all, most of them (as the Lucene engine:
            // half, rounded up, of three words or more), then any
            List<String> relaxations = new ArrayList<>();
            int words = plainWords(q.q());
            if (words >= 3) {
                relaxations.add(Integer.toString((words + 1) / 2));
            }
            relaxations.add(null);
            for (String most : relaxations) {
                SearchResponse<JsonNode> relaxed = run(q, readable, text, Operator.Or, most);
                if (relaxed.hits().total().value() > 0) {
                    response = relaxed;
                    total = relaxed.hits().total().value();
                    break;
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (var hit : response.hits().hits()) {
            hits.add(hit(hit.source(), hit.highlight().getOrDefault("text", List.of())));
        }
        return new SearchResult(
                total,
                (System.nanoTime() - start) / 1_000_000,
                hits,
                facets(response.aggregations()),
                total <= 2 ? didYouMean(response, readable) : null);
    }

    /** Searches; invalid syntax is searched again as plain words, and what still fails is the user's to fix. */
    private SearchResponse<JsonNode> run(
            SearchQuery q, Readable readable, String text, Operator operator, @Nullable String minimumShouldMatch) {
        try {
            return client.search(request(q, readable, text, operator, minimumShouldMatch), JsonNode.class);
        } catch (OpenSearchException invalid) {
            if (invalid.status() != 400) {
                throw invalid;
            }
            try {
                return client.search(
                        request(q, readable, QueryParser.escape(q.q()), operator, minimumShouldMatch), JsonNode.class);
            } catch (OpenSearchException again) {
                throw new IllegalArgumentException("De zoekvraag is te ingewikkeld.", again);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The number of words a query of plain words has once stop words are gone, as the Lucene engine's parser makes
     * clauses of them; 0 for a query with syntax, which is only relaxed to any of its words.
     */
    private static int plainWords(String q) {
        if (!PLAIN_WORDS.matcher(q).matches()) {
            return 0;
        }
        int words = 0;
        try (var stream = QUERY_WORDS.tokenStream("text", q)) {
            var increment =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0) {
                    words++;
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * What a reader may read, as clauses of a bool query: for a reader who holds only the public key, everything but
     * the documents marked restricted (few, so excluding them costs an anonymous search next to nothing); else the
     * documents with one of the reader's keys.
     */
    private record Readable(List<Query> filter, List<Query> mustNot) {

        Query and(Query query) {
            return Query.of(q -> q.bool(b -> b.must(query).filter(filter).mustNot(mustNot)));
        }
    }

    private static Readable readable(Set<String> reader) {
        if (reader.equals(nl.statenwerk.access.AccessKeys.ANONYMOUS)) {
            return new Readable(
                    List.of(),
                    List.of(Query.of(q -> q.term(t -> t.field("restricted").value(FieldValue.of(true))))));
        }
        List<FieldValue> keys = reader.stream().map(FieldValue::of).toList();
        return new Readable(
                List.of(Query.of(q -> q.terms(t -> t.field("access").terms(v -> v.value(keys))))), List.of());
    }

    private SearchRequest request(
            SearchQuery q, Readable readable, String text, Operator operator, @Nullable String minimumShouldMatch) {
        Query words = text.isEmpty()
                ? Query.of(m -> m.matchAll(a -> a))
                : Query.of(m -> m.queryString(s -> s.query(text)
                        .fields(TEXT_FIELDS)
                        .defaultOperator(operator)
                        .minimumShouldMatch(minimumShouldMatch)
                        // each word may match in any field, as with Lucene's MultiFieldQueryParser; the other
                        // types want all words in one field
                        .type(TextQueryType.CrossFields)
                        // OpenSearch finds no phrase through a multi-word synonym with stop words in it, so a
                        // quoted phrase is taken literally
                        .quoteAnalyzer("nl_index")
                        .allowLeadingWildcard(false)
                        .autoGenerateSynonymsPhraseQuery(true)));
        List<Query> filters = new ArrayList<>(readable.filter());
        filter(filters, "type", q.type());
        filter(filters, "jaar", q.year() == null ? null : q.year().toString());
        filter(filters, "orgaan", q.body());
        filter(filters, "vergadertype", q.meetingType());
        filter(filters, "fractie", q.fractie());
        filter(filters, "uitslag", q.voteResult());
        if (q.from() != null || q.to() != null) {
            filters.add(Query.of(f -> f.range(r -> {
                r.field("date");
                if (q.from() != null) {
                    r.gte(JsonData.of(q.from().toString()));
                }
                if (q.to() != null) {
                    r.lte(JsonData.of(q.to().toString()));
                }
                return r;
            })));
        }
        if (q.since() != null) {
            filters.add(Query.of(f ->
                    f.range(r -> r.field("published").gte(JsonData.of(q.since().toEpochMilli())))));
        }
        return SearchRequest.of(s -> {
            s.index(index)
                    .query(b -> b.bool(x -> x.must(words).filter(filters).mustNot(readable.mustNot())))
                    .from((q.page() - 1) * q.size())
                    .size(q.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(c -> c.filter(
                            f -> f.includes("id", "type", "titel", "text", "segments", "date", "sourceId", "level")))
                    .highlight(h -> h.fields("text", f -> {
                        f.numberOfFragments(1)
                                .fragmentSize(250)
                                .noMatchSize(250)
                                .preTags(MARK_START)
                                .postTags(MARK_END);
                        Query compounds = compoundHighlight(q.q(), words);
                        return compounds == null ? f : f.highlightQuery(compounds);
                    }));
            if (q.sort() == SearchQuery.Sort.DATE) {
                s.sort(o -> o.field(f -> f.field("date").order(SortOrder.Desc).missing(FieldValue.of("_last"))))
                        .sort(o -> o.score(x -> x.order(SortOrder.Desc)));
            }
            for (String facet : SearchDocument.FACETS) {
                s.aggregations(
                        facet,
                        a -> a.terms(t -> t.field("facet." + facet)
                                .size(50)
                                .order(List.of(Map.of("_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc)))));
            }
            if (!q.q().isEmpty() && PLAIN_WORDS.matcher(q.q()).matches()) {
                s.suggest(g -> g.suggesters(
                        "spelling",
                        f -> f.text(q.q())
                                // always, and five: a word may be in the index only in papers this reader may not
                                // read, and the first suggestions may be such words
                                .term(t -> t.field("spell")
                                        .suggestMode(SuggestMode.Always)
                                        .size(5))));
            }
            return s;
        });
    }

    /**
     * For plain words, a highlight query that also marks the compounds a word is part of: the parts are matched in
     * a field of their own, which has no offsets in the text, so the highlighter looks for the compounds that
     * contain the word's stem. Lucene marks them through the parts' offsets.
     */
    private static @Nullable Query compoundHighlight(String q, Query words) {
        if (q.isEmpty() || !PLAIN_WORDS.matcher(q).matches()) {
            return null;
        }
        List<Query> should = new ArrayList<>();
        should.add(words);
        for (String stem : new LinkedHashSet<>(DutchAnalysis.queryTerms(q))) {
            // short stems are inside too many words to mark them all
            if (stem.length() >= 4) {
                should.add(Query.of(w -> w.wildcard(x -> x.field("text").value("*" + stem + "*"))));
            }
        }
        return should.size() == 1 ? null : Query.of(b -> b.bool(x -> x.should(should)));
    }

    private static void filter(List<Query> filters, String facet, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            filters.add(Query.of(f -> f.term(t -> t.field("facet." + facet).value(FieldValue.of(value.strip())))));
        }
    }

    /** A hit, with the page of its snippet: the value of the text field that the highlighter took it from. */
    private static Hit hit(JsonNode source, List<String> highlights) {
        List<String> texts = new ArrayList<>();
        source.path("text").forEach(t -> texts.add(t.asText()));
        JsonNode segments = source.path("segments");
        String fragment = highlights.isEmpty() ? null : highlights.getFirst();
        int segment = 0;
        if (fragment != null) {
            String plain = fragment.replace(MARK_START, "").replace(MARK_END, "");
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).contains(plain)) {
                    segment = i;
                    break;
                }
            }
        }
        JsonNode at = segments.path(Math.min(segment, Math.max(0, segments.size() - 1)));
        String snippet = fragment == null || fragment.isBlank() ? null : html(fragment.strip());
        return new Hit(
                source.path("id").asText(),
                source.path("type").asText(),
                source.path("titel").asText(),
                source.hasNonNull("date") ? LocalDate.parse(source.path("date").asText()) : null,
                snippet,
                at.hasNonNull("page") ? at.path("page").asInt() : null,
                at.path("url").asText(),
                source.hasNonNull("sourceId") ? source.path("sourceId").asText() : null,
                source.hasNonNull("level") ? source.path("level").asText() : null);
    }

    /** Escapes the fragment as the Lucene engine does, and turns the highlighter's marks into {@code <mark>}. */
    private static String html(String fragment) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\uE000' -> html.append("<mark>");
                case '\uE001' -> html.append("</mark>");
                case '\f' -> html.append(' ');
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    private static Map<String, List<FacetValue>> facets(
            Map<String, org.opensearch.client.opensearch._types.aggregations.Aggregate> aggregations) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String facet : SearchDocument.FACETS) {
            var aggregate = aggregations.get(facet);
            List<FacetValue> values = new ArrayList<>();
            if (aggregate != null && aggregate.isSterms()) {
                for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                    values.add(new FacetValue(bucket.key(), bucket.docCount()));
                }
            }
            facets.put(facet, List.copyOf(values));
        }
        return facets;
    }

    /**
     * The query with the words the index does not know replaced by the closest ones it does. The term suggester
     * reads the term dictionary, which keeps the words of deleted documents (an object that is no longer public)
     * until their segment is merged: a spelling counts only when a live document has it.
     */
    private @Nullable String didYouMean(SearchResponse<JsonNode> response, Readable readable) {
        List<Suggest<JsonNode>> spelling = response.suggest().get("spelling");
        if (spelling == null || spelling.isEmpty()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        boolean changed = false;
        for (Suggest<JsonNode> entry : spelling) {
            var term = entry.term();
            String replacement = null;
            List<String> folded = DutchAnalysis.foldedTokens(term.text());
            if (folded.size() == 1 && live(folded.getFirst(), readable)) {
                // known to this reader
                words.add(folded.getFirst());
                continue;
            }
            for (var option : term.options()) {
                if (live(option.text(), readable)) {
                    replacement = option.text();
                    break;
                }
            }
            if (replacement == null) {
                words.addAll(DutchAnalysis.foldedTokens(term.text()));
            } else {
                words.add(replacement);
                changed = true;
            }
        }
        return changed ? String.join(" ", words) : null;
    }

    /** Whether a live document that the reader may read has the word. */
    private boolean live(String spelling, Readable readable) {
        try {
            return client.count(c -> c.index(index)
                                    .query(readable.and(Query.of(
                                            q -> q.term(t -> t.field("spell").value(FieldValue.of(spelling)))))))
                            .count()
                    > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> suggest(String prefix, int max, Set<String> reader) {
        List<String> words = DutchAnalysis.foldedTokens(prefix);
        if (words.isEmpty() || max < 1) {
            return List.of();
        }
        List<Query> all = words.subList(0, Math.min(words.size(), 10)).stream()
                .map(word -> word.length() > 20 ? word.substring(0, 20) : word)
                .map(word -> Query.of(q -> q.term(t -> t.field("complete").value(FieldValue.of(word)))))
                .toList();
        try {
            SearchResponse<JsonNode> response = client.search(
                    s -> s.index(index)
                            .query(readable(reader).and(Query.of(q -> q.bool(b -> b.must(all)))))
                            .size(max * 3)
                            .source(c -> c.filter(f -> f.includes("titel"))),
                    JsonNode.class);
            Set<String> titles = new LinkedHashSet<>();
            for (var hit : response.hits().hits()) {
                titles.add(hit.source().path("titel").asText());
                if (titles.size() == max) {
                    break;
                }
            }
            return List.copyOf(titles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request the typed client has no shape for (index creation with analysis from files, _cat, _mapping). */
    private JsonNode generic(String method, String endpoint, @Nullable Object body) throws IOException {
        var request = Requests.builder().method(method).endpoint(endpoint);
        if (body != null) {
            request.body(Body.from(JSON.writeValueAsBytes(body), "application/json"));
        }
        try (Response response = client.generic().execute(request.build())) {
            String content = response.getBody()
                    .map(b -> new String(b.bodyAsBytes(), StandardCharsets.UTF_8))
                    .orElse("");
            if (response.getStatus() >= 300) {
                throw new OpenSearchFailure(method + " " + endpoint + ": " + response.getStatus() + " " + content);
            }
            return content.isEmpty() ? JSON.createObjectNode() : JSON.readTree(content);
        }
    }

    static final class OpenSearchFailure extends IllegalStateException {
        OpenSearchFailure(String message) {
            super(message);
        }
    }
}
