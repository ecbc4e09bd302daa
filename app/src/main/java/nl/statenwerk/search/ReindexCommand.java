package nl.statenwerk.search;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.core.Commands;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar statenwerk.jar reindex}: rebuilds the search index from the database with a progress bar. Exit
 * code 0 when done, 2 on wrong usage.
 */
public final class ReindexCommand {

    private ReindexCommand() {}

    /** @param application the Spring Boot application class to start without its web server */
    public static int run(Class<?> application, String[] args) {
        if (args.length != 1) {
            System.err.println("Gebruik: java -jar statenwerk.jar reindex");
            return 2;
        }
        try (ConfigurableApplicationContext context = Commands.start(application)) {
            SearchIndex index = context.getBean(SearchIndex.class);
            long start = System.nanoTime();
            java.time.Instant began = java.time.Instant.now();
            try (ConsoleProgress progress = new ConsoleProgress()) {
                index.rebuild(progress);
            }
            System.out.printf("Zoekindex opnieuw opgebouwd in %.1f s%n", (System.nanoTime() - start) / 1e9);
            context.getBean(AuditLog.class)
                    .recordNow(AuditContext.start(
                                    Actor.administrator("os:" + System.getProperty("user.name", "onbekend")),
                                    ProcessingActivity.ADMINISTRATION,
                                    null)
                            .summary(
                                    "reindex",
                                    began,
                                    AuditEvent.Status.OK,
                                    Subject.object("SearchIndex", "*"),
                                    "zoekindex opnieuw opgebouwd"));
            return 0;
        }
    }

    private static final class ConsoleProgress implements SearchIndex.ProgressListener, AutoCloseable {

        private @Nullable ProgressBar bar;

        @Override
        public void start(long total) {
            bar = new ProgressBarBuilder()
                    .setTaskName("Zoekindex")
                    .setInitialMax(total)
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
            }
        }
    }
}
