package nl.statenwerk.ingest;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.core.Commands;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar statenwerk.jar import <dir|zip|url>}: imports into the installation's database and returns when
 * what it imported is stored, its text extracted and made searchable. Exit code 0 also when single objects failed
 * (the report names them); 1 when the import as a whole could not run; 2 on wrong usage.
 */
public final class ImportCommand {

    private ImportCommand() {}

    /** @param application the Spring Boot application class to start without its web server */
    public static int run(Class<?> application, String[] args) {
        PrintStream out = System.out;
        if (args.length != 2) {
            System.err.println("Gebruik: java -jar statenwerk.jar import <map|zip|url>");
            return 2;
        }
        String source = args[1];
        try (ConfigurableApplicationContext context = Commands.start(application)) {
            ImportService importer = context.getBean(ImportService.class);
            ImportReport report;
            try (ConsoleProgress progress = new ConsoleProgress()) {
                report = AuditContext.start(
                                Actor.administrator("os:" + System.getProperty("user.name", "onbekend")),
                                ProcessingActivity.IMPORT,
                                null)
                        .call(() -> importer.importFrom(source, progress));
            }
            out.println("Tekst uit bestanden halen...");
            if (!importer.awaitExtraction(report, Duration.ofHours(6))) {
                System.err.println("Tekstextractie is nog niet klaar; die loopt verder bij de volgende start.");
            }
            out.println("Doorzoekbaar maken...");
            if (!importer.awaitListeners(Duration.ofHours(6))) {
                System.err.println("De zoekindex is nog niet bij; dat gaat verder bij de volgende start.");
            }
            for (ImportReport.Line line : report.problems()) {
                out.printf("%-8s %-26s %s: %s%n", line.outcome(), line.collection(), line.sourceId(), line.message());
            }
            out.println("Import klaar: " + report.summary());
            return 0;
        } catch (ImportException e) {
            System.err.println("Import niet uitgevoerd: " + e.getMessage());
            return 1;
        }
    }

    /** A progress bar per phase (collection) on the console. */
    private static final class ConsoleProgress implements ImportListener, AutoCloseable {

        private @Nullable ProgressBar bar;

        @Override
        public void phase(String name, long steps) {
            close();
            bar = new ProgressBarBuilder()
                    .setTaskName(name)
                    .setInitialMax(steps)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200)
                    .build();
        }

        @Override
        public void step() {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
