package nl.statenwerk.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import nl.statenwerk.core.Commands;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar statenwerk.jar bench-audit [entries]} (default 1,000,000): appends to the audit log of a fresh,
 * temporary installation (H2, or the database {@code SPRING_DATASOURCE_URL} names, whose log it then grows) and
 * verifies it, and reports entries/s: changes recorded in transactions of 1,000 as an import records them, reads
 * recorded one at a time, and verification.
 */
public final class AuditBenchmark {

    private AuditBenchmark() {}

    public static int run(Class<?> application, String[] args) throws IOException {
        long entries = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 1_000_000;
        long single = Math.min(entries, 10_000);
        Path home = Files.createTempDirectory("statenwerk-bench-audit");
        try (ConfigurableApplicationContext context = Commands.start(application, "--statenwerk.home=" + home)) {
            JdbcAuditLog log = context.getBean(JdbcAuditLog.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            AuditContext run = AuditContext.start(Actor.SYSTEM, ProcessingActivity.IMPORT, null);

            long start = System.nanoTime();
            for (long done = 0; done < entries; done += 1000) {
                long batch = Math.min(1000, entries - done);
                tx.executeWithoutResult(status -> {
                    for (long i = 0; i < batch; i++) {
                        log.record(run.event(
                                "stukkenstroom-gewijzigd",
                                Instant.now(),
                                AuditEvent.Status.OK,
                                Subject.object("Paper", UUID.randomUUID()),
                                "gewijzigd"));
                    }
                });
            }
            log.drain();
            double batched = seconds(start);

            AuditContext reader = AuditContext.start(
                    Actor.account(UUID.randomUUID()),
                    ProcessingActivity.CONFIDENTIAL_ACCESS,
                    Client.of("192.0.2.17", "Mozilla/5.0"));
            start = System.nanoTime();
            for (long i = 0; i < single; i++) {
                log.recordNow(reader.event(
                        "stuk-gelezen",
                        Instant.now(),
                        AuditEvent.Status.OK,
                        Subject.object("Paper", UUID.randomUUID()).withConfidentiality("vertrouwelijk"),
                        "getoond"));
            }
            double one = seconds(start);

            start = System.nanoTime();
            ChainVerifier.Verification result =
                    context.getBean(ChainVerifier.class).verify(java.util.List.of(), 5000, n -> {});
            double verify = seconds(start);

            System.out.printf(
                    "changes, 1,000 per transaction  %,d entries in %.1f s: %,.0f entries/s%n",
                    entries, batched, entries / batched);
            System.out.printf(
                    "reads, one per transaction      %,d entries in %.1f s: %,.0f entries/s%n",
                    single, one, single / one);
            System.out.printf(
                    "verify                          %,d entries in %.1f s: %,.0f entries/s (%s)%n",
                    result.checked(),
                    verify,
                    result.checked() / verify,
                    result.intact() ? "keten intact" : "keten gebroken");
            return result.intact() ? 0 : 1;
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
