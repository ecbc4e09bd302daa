package nl.statenwerk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.statenwerk.core.Commands;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Cursor;
import nl.statenwerk.council.ListQuery;
import nl.statenwerk.council.Slice;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.ingest.ImportListener;
import nl.statenwerk.ingest.Importer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar statenwerk.jar bench-search [--sizes 100000,1000000] <bundle-folder>...}: imports the bundles into
 * a fresh, temporary installation, projects its public objects into search documents once (text already extracted),
 * then for each size grows them into that many documents by varied copies (other years, other bodies, title and
 * file text of different objects recombined) and reports, per engine: indexing throughput, index size, peak heap,
 * and query latency p50/p99 over a fixed mix of realistic queries (with facets, as every search computes them).
 */
public final class SearchBenchmark {

    private static final String[] BODIES = {
        "Provinciale Staten van Flevoland",
        "Provinciale Staten van Utrecht",
        "Provinciale Staten van Gelderland",
        "Provinciale Staten van Noord-Holland",
        "Provinciale Staten van Zuid-Holland",
        "Provinciale Staten van Fryslân",
        "Provinciale Staten van Groningen",
        "Provinciale Staten van Drenthe",
        "Provinciale Staten van Overijssel",
        "Provinciale Staten van Noord-Brabant",
        "Provinciale Staten van Limburg",
        "Provinciale Staten van Zeeland"
    };

    /** Short topical searches as members type them: a theme, often a part of the compound the papers use. */
    static final List<String> TOPICS = List.of(
            "stikstof",
            "asiel",
            "windmolenpark",
            "omgevingsvisie",
            "woningbouw",
            "natuur",
            "ov",
            "klimaat",
            "energie",
            "jeugdzorg",
            "mest",
            "landbouw",
            "oekraine",
            "spoor",
            "onderwijs",
            "belasting",
            "statenvoorstel",
            "GS",
            "huisartsenpraktijk",
            "water");

    private static final int WARM_UP = 2_000;
    private static final int MEASURED = 10_000;

    private SearchBenchmark() {}

    public static int run(Class<?> application, String[] args) throws IOException {
        List<Integer> sizes = List.of(100_000, 1_000_000);
        List<Integer> openSearchSizes = List.of();
        java.net.URI openSearch = null;
        List<Path> bundles = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--sizes") && i + 1 < args.length) {
                sizes = sizes(args[++i]);
            } else if (args[i].equals("--opensearch") && i + 1 < args.length) {
                openSearch = java.net.URI.create(args[++i]);
            } else if (args[i].equals("--opensearch-sizes") && i + 1 < args.length) {
                openSearchSizes = sizes(args[++i]);
            } else {
                bundles.add(Path.of(args[i]));
            }
        }
        if (bundles.isEmpty()) {
            System.err.println(
                    "Gebruik: java -jar statenwerk.jar bench-search [--sizes 100000,1000000] <bundelmap>...");
            return 2;
        }
        Path home = Files.createTempDirectory("statenwerk-bench-search");
        List<SearchDocument> base;
        try (ConfigurableApplicationContext context = Commands.start(application, "--statenwerk.home=" + home)) {
            Importer importer = context.getBean(Importer.class);
            for (Path bundle : bundles) {
                var report = importer.importFrom(bundle.toString(), ImportListener.NONE);
                if (!context.getBean(FileCatalog.class).awaitExtraction(report.fileIds(), Duration.ofHours(2))) {
                    throw new IllegalStateException("text extraction did not finish");
                }
            }
            // the import's own events are indexed in the background: let them finish before projecting and closing
            var indexing = context.getBean(
                    SearchConfiguration.INDEXING,
                    org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor.class);
            while (indexing.getQueueSize() + indexing.getActiveCount() > 0) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 1;
                }
            }
            long start = System.nanoTime();
            base = project(context.getBean(Council.class), context.getBean(SearchProjection.class));
            System.out.printf(
                    Locale.ROOT,
                    "projected %,d public objects from the database in %.1f s (%.0f objects/s)%n",
                    base.size(),
                    seconds(start),
                    base.size() / seconds(start));
        }
        List<String> queries = queries(base, new Random(42));
        System.out.printf(
                Locale.ROOT,
                "%d cores, max heap %,d MB; query mix of %,d queries (%,d warm-up, %,d measured, one thread)%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                queries.size(),
                WARM_UP,
                MEASURED);
        for (int size : sizes) {
            Path directory = home.resolve("index-" + size);
            Result result = measure(
                    "Lucene", () -> new LuceneSearchEngine(directory), () -> size(directory), base, size, queries);
            System.out.println(result.line());
            if (openSearch != null && (openSearchSizes.isEmpty() || openSearchSizes.contains(size))) {
                java.net.URI url = openSearch;
                var cluster = new SearchProperties.OpenSearch(url, null, null, "bench" + size + "-");
                Result remote = measure(
                        "OpenSearch",
                        () -> new OpenSearchEngine(SearchConfiguration.transport(cluster), cluster.indexPrefix()),
                        () -> openSearchBytes(url, cluster.indexPrefix()),
                        base,
                        size,
                        queries);
                System.out.println(remote.line() + " (heap: this JVM's, the node's is its own)");
            }
        }
        return 0;
    }

    private static List<Integer> sizes(String list) {
        return Stream.of(list.split(","))
                .map(s -> Integer.valueOf(s.strip().replace("_", "")))
                .toList();
    }

    /** The primary store size of the bench's indexes on the cluster. */
    private static long openSearchBytes(java.net.URI cluster, String prefix) {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var response = http.send(
                    java.net.http.HttpRequest.newBuilder(cluster.resolve("/" + prefix + "*/_stats/store"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(response.body())
                    .path("_all")
                    .path("primaries")
                    .path("store")
                    .path("size_in_bytes")
                    .asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    record Result(
            String engine,
            int documents,
            double indexSeconds,
            long indexBytes,
            long peakHeapBytes,
            double p50Ms,
            double p99Ms,
            double queriesPerSecond) {

        String line() {
            return String.format(
                    Locale.ROOT,
                    "%-8s %,10d docs | indexing %,7.0f docs/s (%.0f s) | index %,6d MB | peak heap %,6d MB"
                            + " | query p50 %6.2f ms, p99 %6.2f ms, %,5.0f queries/s (2 threads)",
                    engine,
                    documents,
                    documents / indexSeconds,
                    indexSeconds,
                    indexBytes >> 20,
                    peakHeapBytes >> 20,
                    p50Ms,
                    p99Ms,
                    queriesPerSecond);
        }
    }

    private static Result measure(
            String name,
            java.util.function.Supplier<SearchEngine> open,
            java.util.function.LongSupplier indexSize,
            List<SearchDocument> base,
            int size,
            List<String> queries) {
        resetPeakHeap();
        int threads = Runtime.getRuntime().availableProcessors();
        double indexSeconds;
        try (SearchEngine engine = open.get()) {
            long start = System.nanoTime();
            engine.beginRebuild();
            AtomicLong next = new AtomicLong();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                List<Future<?>> writers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    writers.add(pool.submit(() -> {
                        for (long k = next.getAndIncrement(); k < size; k = next.getAndIncrement()) {
                            SearchDocument d = variant(base, (int) k);
                            engine.replace(d.root(), List.of(d));
                        }
                    }));
                }
                for (Future<?> writer : writers) {
                    writer.get();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            engine.finishRebuild();
            indexSeconds = seconds(start);
        }
        long indexBytes = indexSize.getAsLong();
        try (SearchEngine engine = open.get()) {
            Function<Integer, SearchQuery> query = i -> query(queries.get(i % queries.size()), i);
            for (int i = 0; i < WARM_UP; i++) {
                engine.search(query.apply(i));
            }
            long[] nanos = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                engine.search(query.apply(WARM_UP + i));
                nanos[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(nanos);
            AtomicLong done = new AtomicLong();
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                for (int t = 0; t < threads; t++) {
                    int offset = t * 997;
                    pool.submit(() -> {
                        for (int i = 0; i < MEASURED / threads; i++) {
                            engine.search(query.apply(offset + i));
                            done.incrementAndGet();
                        }
                    });
                }
            }
            return new Result(
                    name,
                    size,
                    indexSeconds,
                    indexBytes,
                    peakHeapBytes(),
                    nanos[nanos.length / 2] / 1e6,
                    nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6,
                    done.get() / seconds(start));
        }
    }

    /**
     * The mix: most searches are a few words; some add a filter, sort by date, quote a phrase or end in a prefix.
     * Which variant a query gets depends on its position only, so every engine and size sees the same sequence.
     */
    static SearchQuery query(String text, int i) {
        SearchQuery q = SearchQuery.of(text);
        return switch (i % 20) {
            case 0, 1 -> q.withType("motie");
            case 2 -> q.withSort(SearchQuery.Sort.DATE);
            case 3 ->
                new SearchQuery(
                        text, null, 2024, null, null, null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 1, 10);
            case 4 -> q.withPage(2, 10);
            default -> q;
        };
    }

    /** Realistic queries drawn from the corpus: subject lines, their keywords, phrases, prefixes and topics. */
    static List<String> queries(List<SearchDocument> base, Random random) {
        List<String> titles = base.stream()
                .filter(d -> !d.type().equals("stemming") && !d.type().equals("agendapunt"))
                .map(d -> subject(d.title()))
                .filter(t -> t.split(" ").length >= 3)
                .distinct()
                .toList();
        List<String> queries = new ArrayList<>();
        while (queries.size() < 5_000) {
            String title = titles.get(random.nextInt(titles.size()));
            String[] words = keywords(title).split(" ");
            switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> queries.add(keywords(title));
                case 4, 5 -> queries.add(title);
                case 6 -> queries.add(TOPICS.get(random.nextInt(TOPICS.size())));
                case 7 -> queries.add(words[0]);
                case 8 -> {
                    String[] all = title.split("\\s+");
                    int at = random.nextInt(Math.max(1, all.length - 1));
                    queries.add("\""
                            + String.join(" ", List.of(all).subList(at, Math.min(all.length, at + 2)))
                                    .replace("\"", "") + "\"");
                }
                default -> {
                    String word = words[random.nextInt(words.length)];
                    queries.add(word.length() > 5 ? word.substring(0, 5) + "*" : word);
                }
            }
        }
        return queries;
    }

    /** "Motie van het lid X over het spoor" → "het spoor": what the paper is about, without who filed it. */
    static String subject(String title) {
        int over = title.indexOf(" over ");
        return over < 0 ? title : title.substring(over + " over ".length());
    }

    /** The three longest words of a subject that are not stop words, in their order: how people type a search. */
    static String keywords(String subject) {
        List<String> words = new ArrayList<>();
        for (String word : subject.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2 && !DutchAnalyzer.getDefaultStopSet().contains(word.toLowerCase(Locale.ROOT))) {
                words.add(word);
            }
        }
        Set<String> longest = words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .limit(3)
                .collect(Collectors.toSet());
        return words.stream().filter(longest::contains).distinct().limit(3).collect(Collectors.joining(" "));
    }

    private static List<SearchDocument> project(Council council, SearchProjection projection) {
        List<SearchDocument> documents = new ArrayList<>();
        for (var type : SearchProjection.ROOTS) {
            Cursor after = null;
            do {
                Slice<? extends Record> slice = council.list(type, new ListQuery(null, null, after, 500, true, false));
                for (Record object : slice.items()) {
                    documents.addAll(projection.documents(type, SearchService.idOf(object)));
                }
                after = slice.next();
            } while (after != null);
        }
        return documents;
    }

    /**
     * Copy {@code k / base.size()} of a base document: the original first, then the same kind of object in another
     * year and body, with the title of one object of its type and the file text of another, so that the larger
     * corpus has new combinations of words rather than the same documents over and over.
     */
    static SearchDocument variant(List<SearchDocument> base, int k) {
        int n = base.size();
        SearchDocument original = base.get(k % n);
        int copy = k / n;
        if (copy == 0) {
            return original;
        }
        SearchDocument other = base.get((int) ((k * 7_919L + copy * 104_729L) % n));
        String id = UUID.nameUUIDFromBytes(
                        (original.id() + "/" + copy).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        List<SearchDocument.Segment> segments = new ArrayList<>();
        segments.add(original.segments().getFirst());
        if (other.type().equals(original.type())) {
            segments.addAll(other.segments().subList(1, other.segments().size()));
        } else {
            segments.addAll(original.segments().subList(1, original.segments().size()));
        }
        LocalDate date = original.date() == null ? null : original.date().minusYears(copy % 25);
        Map<String, List<String>> facets = new LinkedHashMap<>(original.facets());
        facets.put("orgaan", List.of(BODIES[copy % BODIES.length]));
        if (date != null) {
            facets.put("jaar", List.of(Integer.toString(date.getYear())));
        }
        String title = other.type().equals(original.type()) && copy % 2 == 1 ? other.title() : original.title();
        return new SearchDocument(
                id,
                id,
                original.type(),
                title,
                segments,
                date,
                original.sourceId() == null ? null : original.sourceId() + "#" + copy,
                original.fracties(),
                facets,
                original.published(),
                original.access(),
                original.level());
    }

    private static long size(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
