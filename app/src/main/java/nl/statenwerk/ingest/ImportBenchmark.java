package nl.statenwerk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nl.statenwerk.core.Commands;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code java -jar statenwerk.jar bench <bundle-folder>...}: imports bundles into a fresh, temporary installation
 * and reports objects/s, files/s and pages/s including text extraction; then parses the same files with Apache Tika
 * alone, in the same JVM, so the pipeline's overhead is a ratio; and the peak heap.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {}

    public static int run(Class<?> application, String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Gebruik: java -jar statenwerk.jar bench <bundelmap>...");
            return 2;
        }
        Path home = Files.createTempDirectory("statenwerk-bench");
        try (ConfigurableApplicationContext context = Commands.start(application, "--statenwerk.home=" + home)) {
            ImportService importer = context.getBean(ImportService.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            List<Path> bundles = Stream.of(args).skip(1).map(Path::of).toList();

            long start = System.nanoTime();
            long objects = 0;
            List<ImportReport> reports = new java.util.ArrayList<>();
            for (Path bundle : bundles) {
                ImportReport report = importer.importFrom(bundle.toString(), ImportListener.NONE);
                objects += report.count(ImportReport.Outcome.CREATED);
                reports.add(report);
            }
            double importSeconds = seconds(start);
            for (ImportReport report : reports) {
                importer.awaitExtraction(report, Duration.ofHours(2));
            }
            double totalSeconds = seconds(start);
            // the search module's indexing threads, by their bean's name: what an import costs until it can be found
            var indexing = context.getBean(
                    "searchIndexing", org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor.class);
            while (indexing.getQueueSize() + indexing.getActiveCount() > 0) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 1;
                }
            }
            double searchableSeconds = seconds(start);
            long files = jdbc.sql("select count(*) from stored_file")
                    .query(Long.class)
                    .single();
            long pages =
                    jdbc.sql("select count(*) from file_page").query(Long.class).single();

            List<Path> pdfs = bundles.stream().flatMap(ImportBenchmark::files).toList();
            long tikaStart = System.nanoTime();
            long tikaChars = 0;
            // One parser for all files, as a tuned pipeline would keep one: the ratio must not flatter us.
            AutoDetectParser parser = new AutoDetectParser();
            for (Path pdf : pdfs) {
                tikaChars += tikaAlone(parser, pdf);
            }
            double tikaSeconds = seconds(tikaStart);

            System.out.printf(
                    "objects imported       %,d in %.1f s: %.0f objects/s (metadata and file storage)%n",
                    objects, importSeconds, objects / importSeconds);
            System.out.printf(
                    "with text extraction   %,d files, %,d pages in %.1f s: %.1f files/s, %.1f pages/s%n",
                    files, pages, totalSeconds, files / totalSeconds, pages / totalSeconds);
            System.out.printf(
                    "Tika alone             %,d files (%,d chars) in %.1f s: %.1f files/s%n",
                    pdfs.size(), tikaChars, tikaSeconds, pdfs.size() / tikaSeconds);
            System.out.printf(
                    "pipeline / Tika alone  %.2f (time for the whole import per file over Tika's)%n",
                    (totalSeconds / Math.max(1, files)) / (tikaSeconds / Math.max(1, pdfs.size())));
            System.out.printf(
                    "searchable             everything in the index %.1f s after the import began%n",
                    searchableSeconds);
            System.out.printf("peak heap              %,d MB%n", peakHeapBytes() / (1024 * 1024));
            return 0;
        }
    }

    private static Stream<Path> files(Path bundle) {
        try {
            Path dir = bundle.resolve("files");
            return Files.isDirectory(dir)
                    ? Files.walk(dir).filter(Files::isRegularFile).toList().stream()
                    : Stream.empty();
        } catch (IOException e) {
            throw new ImportException("map onleesbaar: " + bundle, e);
        }
    }

    private static long tikaAlone(AutoDetectParser parser, Path file) {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
        } catch (Exception e) {
            return 0;
        }
        return handler.toString().length();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
