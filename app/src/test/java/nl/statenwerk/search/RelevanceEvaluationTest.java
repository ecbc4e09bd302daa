package nl.statenwerk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestDatabase;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Cursor;
import nl.statenwerk.council.ListQuery;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.Slice;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.FilePage;
import nl.statenwerk.ingest.ImportListener;
import nl.statenwerk.ingest.Importer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Relevance on the demo's 705 Tweede Kamer motions: known-item queries (a motion's subject line, three keywords of
 * it, three words of its dictum, and queries simulated as a user half remembers the motion, {@link
 * SimulatedKnownItems}) with that motion as the one right answer, and topical queries judged by the Kamer's own filing of motions
 * into dossiers ({@link #TOPICAL}), in the search index and, as the reference to beat, in PostgreSQL
 * full-text search with the 'dutch' configuration on the same texts (title weighted A, the rest B). Reports MRR@10,
 * recall@10 and nDCG@10 to {@code target/relevance.txt} and fails below the thresholds set from the first run.
 */
@StatenwerkTest
@Tag("relevance")
// checking 705 PDFs for PDF/UA in the background would only take the cores from the figures measured here
@TestPropertySource(properties = {"statenwerk.test.context=relevance", "statenwerk.conformance.enabled=false"})
@DirtiesContext
class RelevanceEvaluationTest {

    /** Set from the first measurement (see target/relevance.txt), a little below it. */
    private static final double MIN_SUBJECT_MRR = 0.98;

    private static final double MIN_KEYWORDS_MRR = 0.98;

    private static final double MIN_DICTUM_MRR = 0.98;

    /** First measurement: MRR@10 0.704, recall@10 0.569, nDCG@10 0.545; PostgreSQL 0.576, 0.426, 0.424. */
    private static final double MIN_TOPICAL_MRR = 0.68;

    private static final double MIN_TOPICAL_NDCG = 0.52;

    /**
     * The margin over PostgreSQL full-text search the issue asks for, held on the topical and the simulated known-item
     * queries; on the subject lines both engines are at the ceiling.
     */
    private static final double MARGIN = 0.10;

    /**
     * First measurement (705 queries, 291 of them with a word not in the motion): MRR@10 0.805, recall@10 0.899,
     * nDCG@10 0.828; PostgreSQL 0.549, 0.583, 0.557. Without noise: 0.955 against PostgreSQL's 0.960.
     */
    private static final double MIN_SIMULATED_MRR = 0.78;

    /** Known items as a user half remembers them ({@link SimulatedKnownItems}), and the same without noise. */
    private static final String SIMULATED = "gesimuleerd";

    private static final String SIMULATED_EXACT = "gesimuleerd zonder ruis";

    private static final Path BUNDLE = Path.of("src/main/resources/demo/tweede-kamer");

    @Autowired
    Importer importer;

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @Autowired
    SearchIndex index;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier(SearchConfiguration.INDEXING)
    org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor indexing;

    @Test
    void knownItemQueriesFindTheMotionAndBeatPostgresqlFullTextSearch() throws Exception {
        importer.importFrom(BUNDLE.toString(), ImportListener.NONE);
        List<Motion> motions = motions();
        assertThat(motions).hasSizeGreaterThan(600);
        Set<UUID> fileIds = new HashSet<>();
        motions.forEach(m -> fileIds.addAll(m.fileIds()));
        assertThat(files.awaitExtraction(fileIds, Duration.ofMinutes(20))).isTrue();
        // the import's events are indexed in the background; let them finish so that the figures below measure the
        // rebuild and the queries alone
        SearchIntegrationTest.eventually(
                () -> indexing.getQueueSize() + indexing.getActiveCount(), waiting -> waiting == 0);
        long rebuildStart = System.nanoTime();
        java.util.concurrent.atomic.AtomicLong rebuildCount = new java.util.concurrent.atomic.AtomicLong();
        index.rebuild(new SearchIndex.ProgressListener() {
            @Override
            public void start(long total) {
                rebuildCount.set(total);
            }

            @Override
            public void step() {}
        });
        double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;

        List<Query> queries = new ArrayList<>();
        for (Motion m : motions) {
            String subject = SearchBenchmark.subject(m.title());
            queries.add(new Query("onderwerp", subject, m.sourceId()));
            queries.add(new Query("3 trefwoorden", SearchBenchmark.keywords(subject), m.sourceId()));
            String dictum = dictum(m);
            if (dictum != null) {
                queries.add(new Query("3 woorden dictum", SearchBenchmark.keywords(dictum), m.sourceId()));
            }
        }
        java.util.SortedMap<String, String> documents = new java.util.TreeMap<>();
        motions.forEach(m -> documents.put(m.sourceId(), m.title() + "\n" + body(m)));
        List<SimulatedKnownItems.Simulated> simulated =
                SimulatedKnownItems.queries(documents, SimulatedKnownItems.NOISE, SimulatedKnownItems.SEED);
        long noisy =
                simulated.stream().filter(SimulatedKnownItems.Simulated::noisy).count();
        simulated.forEach(s -> queries.add(new Query(SIMULATED, s.text(), s.answer())));
        SimulatedKnownItems.queries(documents, 0, SimulatedKnownItems.SEED)
                .forEach(s -> queries.add(new Query(SIMULATED_EXACT, s.text(), s.answer())));
        TOPICAL.forEach((text, dossier) -> {
            Set<String> relevant = motions.stream()
                    .filter(m -> m.text().strip().equals(dossier))
                    .map(Motion::sourceId)
                    .collect(Collectors.toSet());
            assertThat(relevant).as(dossier).isNotEmpty();
            queries.add(new Query("onderwerpen", text, relevant));
        });

        List<Long> luceneNanos = new ArrayList<>();
        Function<Query, List<String>> lucene = q -> timed(
                luceneNanos,
                () -> index
                        .search(new SearchQuery(
                                q.text(),
                                "motie",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                SearchQuery.Sort.RELEVANCE,
                                1,
                                10))
                        .hits()
                        .stream()
                        .map(SearchResult.Hit::sourceId)
                        .toList());
        StringBuilder report =
                new StringBuilder("Known-item relevance, " + motions.size() + " Tweede Kamer motions of the demo\n");
        report.append(String.format(
                Locale.ROOT, "%-28s %-30s %8s %10s %8s%n", "engine", "queries", "MRR@10", "recall@10", "nDCG@10"));
        Metrics luceneSubject = measure(queries, "onderwerp", lucene);
        Metrics luceneKeywords = measure(queries, "3 trefwoorden", lucene);
        report.append(luceneSubject.line("Lucene (Statenwerk)", "onderwerp"));
        report.append(luceneKeywords.line("Lucene (Statenwerk)", "3 trefwoorden"));
        Metrics luceneDictum = measure(queries, "3 woorden dictum", lucene);
        report.append(luceneDictum.line("Lucene (Statenwerk)", "3 woorden dictum"));
        Metrics luceneSimulated = measure(queries, SIMULATED, lucene);
        report.append(luceneSimulated.line("Lucene (Statenwerk)", SIMULATED));
        Metrics luceneSimulatedExact = measure(queries, SIMULATED_EXACT, lucene);
        report.append(luceneSimulatedExact.line("Lucene (Statenwerk)", SIMULATED_EXACT));
        Metrics luceneTopical = measure(queries, "onderwerpen", lucene);
        report.append(luceneTopical.line("Lucene (Statenwerk)", "onderwerpen"));

        Metrics pgSubject = null;
        Metrics pgKeywords = null;
        Metrics pgDictum = null;
        Metrics pgTopical = null;
        Metrics pgSimulated = null;
        Metrics pgSimulatedExact = null;
        List<Long> postgresNanos = new ArrayList<>();
        try (Connection pg =
                DriverManager.getConnection(TestDatabase.PG_URL, TestDatabase.PG_USER, TestDatabase.PG_PASSWORD)) {
            loadIntoPostgres(pg, motions);
            Function<Query, List<String>> postgres = q -> timed(postgresNanos, () -> postgresSearch(pg, q.text()));
            pgSubject = measure(queries, "onderwerp", postgres);
            pgKeywords = measure(queries, "3 trefwoorden", postgres);
            report.append(pgSubject.line("PostgreSQL 'dutch' FTS", "onderwerp"));
            report.append(pgKeywords.line("PostgreSQL 'dutch' FTS", "3 trefwoorden"));
            pgDictum = measure(queries, "3 woorden dictum", postgres);
            report.append(pgDictum.line("PostgreSQL 'dutch' FTS", "3 woorden dictum"));
            pgSimulated = measure(queries, SIMULATED, postgres);
            report.append(pgSimulated.line("PostgreSQL 'dutch' FTS", SIMULATED));
            pgSimulatedExact = measure(queries, SIMULATED_EXACT, postgres);
            report.append(pgSimulatedExact.line("PostgreSQL 'dutch' FTS", SIMULATED_EXACT));
            pgTopical = measure(queries, "onderwerpen", postgres);
            report.append(pgTopical.line("PostgreSQL 'dutch' FTS", "onderwerpen"));
        } catch (SQLException e) {
            report.append("PostgreSQL not reachable at ")
                    .append(TestDatabase.PG_URL)
                    .append(": ")
                    .append(e.getMessage())
                    .append('\n');
        }
        report.append(String.format(
                Locale.ROOT,
                "simulated known-item queries: %d, of which %d with a word not in the motion (noise %.2f, seed %d)%n",
                simulated.size(),
                noisy,
                SimulatedKnownItems.NOISE,
                SimulatedKnownItems.SEED));
        report.append(String.format(
                Locale.ROOT,
                "rebuild of the index from the database (%d objects, file text extracted): %.1f s, %.0f objects/s%n",
                rebuildCount.get(),
                rebuildSeconds,
                rebuildCount.get() / rebuildSeconds));
        report.append("query latency (one thread, this machine, not a benchmark): Lucene " + percentiles(luceneNanos)
                + "; PostgreSQL " + percentiles(postgresNanos) + "\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/relevance.txt"), report);
        System.out.println(report);

        assertThat(luceneSubject.mrr()).isGreaterThanOrEqualTo(MIN_SUBJECT_MRR);
        assertThat(luceneKeywords.mrr()).isGreaterThanOrEqualTo(MIN_KEYWORDS_MRR);
        assertThat(luceneDictum.mrr()).isGreaterThanOrEqualTo(MIN_DICTUM_MRR);
        assertThat(luceneTopical.mrr()).isGreaterThanOrEqualTo(MIN_TOPICAL_MRR);
        assertThat(luceneSimulated.mrr()).isGreaterThanOrEqualTo(MIN_SIMULATED_MRR);
        assertThat(luceneTopical.ndcg()).isGreaterThanOrEqualTo(MIN_TOPICAL_NDCG);
        if (pgSubject != null) {
            // both engines are at the ceiling on these queries (first run: 0.991 to 0.999): a margin of 0.10 cannot
            // be shown here, so this guards against falling behind by more than one or two queries in 700
            assertThat(luceneSubject.mrr()).isGreaterThanOrEqualTo(pgSubject.mrr() - 0.01);
            assertThat(luceneKeywords.mrr()).isGreaterThanOrEqualTo(pgKeywords.mrr() - 0.01);
            assertThat(luceneDictum.mrr()).isGreaterThanOrEqualTo(pgDictum.mrr() - 0.01);
            assertThat(luceneTopical.mrr()).isGreaterThanOrEqualTo(pgTopical.mrr() + MARGIN);
            assertThat(luceneSimulated.mrr()).isGreaterThanOrEqualTo(pgSimulated.mrr() + MARGIN);
            // with every word in the motion both engines find nearly all; ties among equal scores may fall either way
            assertThat(luceneSimulatedExact.mrr()).isGreaterThanOrEqualTo(pgSimulatedExact.mrr() - 0.02);
            assertThat(luceneTopical.ndcg()).isGreaterThanOrEqualTo(pgTopical.ndcg() + MARGIN);
        }
    }

    private static <T> T timed(List<Long> nanos, java.util.function.Supplier<T> action) {
        long start = System.nanoTime();
        T result = action.get();
        nanos.add(System.nanoTime() - start);
        return result;
    }

    private static String percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "-";
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        return String.format(
                Locale.ROOT,
                "p50 %.1f ms, p99 %.1f ms",
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6);
    }

    record Motion(UUID id, String sourceId, String title, String text, List<UUID> fileIds) {}

    record Query(String kind, String text, Set<String> answers) {

        Query(String kind, String text, String answer) {
            this(kind, text, Set.of(answer));
        }
    }

    /**
     * Topical queries as a member types them, each judged by the Tweede Kamer's own filing: the motions of the
     * dossier (kamerstuk subject, {@code omschrijving}) the query is about are its relevant results. Written down
     * before the first measurement and kept whatever it showed.
     */
    static final Map<String, String> TOPICAL = topical();

    private static Map<String, String> topical() {
        Map<String, String> t = new java.util.LinkedHashMap<>();
        t.put("asiel", "Vreemdelingenbeleid");
        t.put("stikstof", "Problematiek rondom stikstof en PFAS");
        t.put("woningbouw", "Integrale visie op de woningmarkt");
        t.put("natuur", "Natuurbeleid");
        t.put("mest", "Mestbeleid");
        t.put("klimaat", "Kabinetsaanpak Klimaatbeleid");
        t.put("oekraine", "Situatie in Oekraïne");
        t.put("jeugd", "Jeugdzorg");
        t.put("stroomnet energie", "Voorzienings- en leveringszekerheid energie");
        t.put("toeslagen", "Toeslagen");
        t.put("omroep", "Toekomst mediabeleid");
        t.put("discriminatie", "Racisme en Discriminatie");
        t.put("boeren", "Toekomstvisie agrarische sector");
        t.put("bestrijdingsmiddelen", "Gewasbeschermingsbeleid");
        t.put("gokken", "Kansspelen");
        t.put("ov", "Openbaar vervoer");
        t.put("luchtvaart schiphol", "Luchtvaartbeleid");
        t.put("universiteiten", "Hoger Onderwijs-, Onderzoek- en Wetenschapsbeleid");
        t.put("basisschool", "Primair Onderwijs");
        t.put("grondstoffen", "Grondstoffenvoorzieningszekerheid");
        t.put("defensie", "Defensienota 2024 - Sterk, slim en samen");
        t.put("warmtenet", "Regels omtrent productie, transport en levering van warmte (Wet collectieve warmte)");
        t.put(
                "vuurwerk",
                "Voorstel van wet van de leden Klaver en Ouwehand tot wijziging van de Wet milieubeheer en de Wet op de economische delicten in verband met de invoering van een vuurwerkverbod voor consumenten (Wet veilige jaarwisseling)");
        t.put("politie", "Politie");
        t.put("belastingdienst", "Belastingdienst");
        t.put("navo", "NAVO");
        t.put("spoor", "Spoor: vervoer- en beheerplan");
        t.put("terrorisme", "Bestrijding internationaal terrorisme");
        t.put("rechtsbijstand advocaten", "Rechtsbijstand");
        t.put(
                "huren bevriezen",
                "Voorstel van wet van het lid De Hoop tot wijziging van de Uitvoeringswet huurprijzen woonruimte en de Woningwet in verband met de bevriezing van de huren in 2025 en van de Wet op de vennootschapsbelasting 1969 en andere fiscale wetten in verband met het vervallen van de vennootschapsbelastingplicht voor woningcorporaties en dekkingsmaatregelen daarvoor");
        return java.util.Collections.unmodifiableMap(t);
    }

    record Metrics(int queries, double mrr, double recall, double ndcg) {

        String line(String engine, String kind) {
            return String.format(
                    Locale.ROOT,
                    "%-28s %-30s %8.3f %10.3f %8.3f%n",
                    engine,
                    kind + " (" + queries + ")",
                    mrr,
                    recall,
                    ndcg);
        }
    }

    /**
     * MRR@10 (the first relevant hit), recall@10 (relevant hits in the top ten over the relevant ones, at most ten)
     * and nDCG@10 with binary gains.
     */
    private static Metrics measure(List<Query> queries, String kind, Function<Query, List<String>> engine) {
        double rr = 0;
        double recall = 0;
        double ndcg = 0;
        int n = 0;
        for (Query q : queries) {
            if (!q.kind().equals(kind)) {
                continue;
            }
            n++;
            List<String> hits = engine.apply(q);
            double dcg = 0;
            int found = 0;
            boolean first = true;
            for (int i = 0; i < Math.min(10, hits.size()); i++) {
                if (q.answers().contains(hits.get(i))) {
                    if (first) {
                        rr += 1.0 / (i + 1);
                        first = false;
                    }
                    found++;
                    dcg += 1.0 / log2(i + 2);
                }
            }
            int ideal = Math.min(10, q.answers().size());
            double idcg = 0;
            for (int i = 0; i < ideal; i++) {
                idcg += 1.0 / log2(i + 2);
            }
            recall += (double) found / ideal;
            ndcg += dcg / idcg;
        }
        return new Metrics(n, rr / n, recall / n, ndcg / n);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /**
     * What the motion asks ("verzoekt de regering ..."), as a reader remembers its content rather than its title;
     * {@code null} when its text has no dictum.
     */
    private String dictum(Motion m) {
        StringBuilder text = new StringBuilder();
        for (UUID fileId : m.fileIds()) {
            files.pages(fileId).forEach(page -> text.append(page.text()).append('\n'));
        }
        int at = text.indexOf("verzoekt");
        if (at < 0) {
            return null;
        }
        String dictum = text.substring(at + "verzoekt".length(), Math.min(text.length(), at + 300));
        int end = dictum.indexOf(';');
        return end > 20 ? dictum.substring(0, end) : dictum;
    }

    /** A motion's text beside its title: its description and the text of its files. */
    private String body(Motion m) {
        StringBuilder text = new StringBuilder(m.text());
        for (UUID fileId : m.fileIds()) {
            for (FilePage page : files.pages(fileId)) {
                text.append('\n').append(page.text());
            }
        }
        return text.toString();
    }

    private List<Motion> motions() {
        List<Motion> motions = new ArrayList<>();
        Cursor after = null;
        do {
            Slice<Paper> slice = council.list(Paper.class, new ListQuery(null, null, after, 1000, true, false));
            for (Paper p : slice.items()) {
                if (p.sourceId() != null && p.sourceId().contains("/tweede-kamer/")) {
                    List<UUID> fileIds = council.links().paperFiles(p.id()).stream()
                            .map(PaperFile::fileId)
                            .toList();
                    motions.add(new Motion(
                            p.id(), p.sourceId(), p.name(), p.description() == null ? "" : p.description(), fileIds));
                }
            }
            after = slice.next();
        } while (after != null);
        return motions;
    }

    private void loadIntoPostgres(Connection pg, List<Motion> motions) throws SQLException {
        try (var statement = pg.createStatement()) {
            statement.execute("create temporary table motion (source_id text primary key, document tsvector)");
        }
        try (PreparedStatement insert = pg.prepareStatement("insert into motion values (?,"
                + " setweight(to_tsvector('dutch', ?), 'A') || setweight(to_tsvector('dutch', ?), 'B'))")) {
            for (Motion m : motions) {
                insert.setString(1, m.sourceId());
                insert.setString(2, m.title());
                insert.setString(3, body(m).replace('\u0000', ' '));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (var statement = pg.createStatement()) {
            statement.execute("create index on motion using gin (document)");
            statement.execute("analyze motion");
        }
    }

    /** As a default PostgreSQL setup searches: websearch syntax, all words required, ranked by ts_rank. */
    private static List<String> postgresSearch(Connection pg, String q) {
        try (PreparedStatement query =
                pg.prepareStatement("select source_id from motion, websearch_to_tsquery('dutch', ?) q"
                        + " where document @@ q order by ts_rank(document, q) desc, source_id limit 10")) {
            query.setString(1, q);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
