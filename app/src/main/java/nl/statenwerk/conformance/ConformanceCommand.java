package nl.statenwerk.conformance;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import nl.statenwerk.core.Commands;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar statenwerk.jar check-documents}: checks every stored PDF again for PDF/UA-1 and PDF/A with a progress
 * bar, replacing earlier results (after a veraPDF upgrade, say), and reports how many passed and how long a document
 * took (p50, max) and the peak heap: the figures of docs/benchmarks.md. Exit code 0 when done, 2 on wrong usage.
 */
public final class ConformanceCommand {

    private ConformanceCommand() {}

    /** @param application the Spring Boot application class to start without its web server */
    public static int run(Class<?> application, String[] args) {
        if (args.length != 1) {
            System.err.println("Gebruik: java -jar statenwerk.jar check-documents");
            return 2;
        }
        try (ConfigurableApplicationContext context = Commands.start(application, Commands.WITHOUT_JOBS)) {
            Conformance conformance = context.getBean(Conformance.class);
            List<String> pdfs = conformance.storedPdfs();
            Map<Standard, Map<Outcome, Integer>> counts = new EnumMap<>(Standard.class);
            List<Long> millis = new ArrayList<>();
            long start = System.nanoTime();
            try (ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("Documenten")
                    .setInitialMax(pdfs.size())
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200)
                    .build()) {
                for (String sha256 : pdfs) {
                    long t = System.nanoTime();
                    for (ConformanceResult r : conformance.check(sha256)) {
                        counts.computeIfAbsent(r.standard(), k -> new EnumMap<>(Outcome.class))
                                .merge(r.outcome(), 1, Integer::sum);
                    }
                    millis.add((System.nanoTime() - t) / 1_000_000);
                    bar.step();
                }
            }
            System.out.printf(
                    Locale.ROOT, "%d PDF's gecontroleerd in %.1f s%n", pdfs.size(), (System.nanoTime() - start) / 1e9);
            for (Standard standard : Standard.values()) {
                Map<Outcome, Integer> c = counts.getOrDefault(standard, Map.of());
                System.out.printf(
                        Locale.ROOT,
                        "%-13s voldoet %d, voldoet niet %d, niet te controleren %d%n",
                        standard == Standard.ACCESSIBILITY ? "PDF/UA-1" : "PDF/A",
                        c.getOrDefault(Outcome.PASSED, 0),
                        c.getOrDefault(Outcome.FAILED, 0),
                        c.getOrDefault(Outcome.NOT_CHECKABLE, 0));
            }
            if (!millis.isEmpty()) {
                Collections.sort(millis);
                System.out.printf(
                        Locale.ROOT,
                        "per document (beide profielen): p50 %d ms, p95 %d ms, max %d ms; piek heap %d MB%n",
                        millis.get((millis.size() - 1) / 2),
                        millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                        millis.getLast(),
                        peakHeapMegabytes());
            }
            return 0;
        }
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
