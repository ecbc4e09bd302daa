package nl.statenwerk.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.statenwerk.core.Commands;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar statenwerk.jar audit verify [--anker <seq>:<hash>]...}: walks the audit chain and prints the
 * number of entries checked and {@code keten intact}, or the first break; exit code 0 when intact, 1 on a break, 2
 * on wrong usage. {@code audit export --van <datum> --tot <datum> <bestand>} writes the entries recorded from the
 * first day up to (not including) the second as JSON Lines for an auditor. Both are themselves recorded.
 */
public final class AuditCommand {

    static final String USAGE = """
            Gebruik: java -jar statenwerk.jar audit verify [--anker <volgnummer>:<hash>]...
                     java -jar statenwerk.jar audit export --van <jjjj-mm-dd> --tot <jjjj-mm-dd> <bestand.jsonl>""";

    private AuditCommand() {}

    /** @param application the Spring Boot application class to start without its web server */
    public static int run(Class<?> application, String[] args) {
        if (args.length < 2) {
            System.err.println(USAGE);
            return 2;
        }
        return switch (args[1]) {
            case "verify" -> verify(application, args);
            case "export" -> export(application, args);
            default -> {
                System.err.println(USAGE);
                yield 2;
            }
        };
    }

    private static int verify(Class<?> application, String[] args) {
        List<ChainVerifier.Anchor> anchors = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String[] anchor = i + 1 < args.length && args[i].equals("--anker") ? args[++i].split(":", 2) : null;
            if (anchor == null
                    || anchor.length != 2
                    || !anchor[0].matches("\\d+")
                    || !anchor[1].matches("[0-9a-f]{64}")) {
                System.err.println(USAGE);
                return 2;
            }
            anchors.add(new ChainVerifier.Anchor(Long.parseLong(anchor[0]), anchor[1]));
        }
        try (ConfigurableApplicationContext context = start(application)) {
            Instant start = Instant.now();
            long began = System.nanoTime();
            ChainVerifier.Verification result =
                    context.getBean(ChainVerifier.class).verify(anchors, 5000, checked -> {});
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf("Gecontroleerd: %,d regels in %.1f s%n", result.checked(), seconds);
            ChainVerifier.Break found = result.firstBreak();
            if (found == null) {
                System.out.println("keten intact");
                System.out.printf("kop: volgnummer %d, hash %s%n", result.headSeq(), result.headHash());
            } else {
                System.out.printf("keten gebroken bij volgnummer %d: regel %s%n", found.seq(), found.kind().dutch);
                System.out.println("  verwacht: " + found.expected());
                System.out.println("  gevonden: " + found.found());
                System.out.println("  " + found.detail());
            }
            context.getBean(AuditLog.class)
                    .recordNow(command()
                            .summary(
                                    "audit-verify",
                                    start,
                                    AuditEvent.Status.OK,
                                    new Subject("AuditLog", null, null, null, null),
                                    found == null
                                            ? "keten intact, " + result.checked() + " regels"
                                            : "keten gebroken bij " + found.seq() + " (" + found.kind().dutch + ")"));
            return found == null ? 0 : 1;
        }
    }

    private static int export(Class<?> application, String[] args) {
        LocalDate from = null;
        LocalDate to = null;
        Path file = null;
        try {
            for (int i = 2; i < args.length; i++) {
                switch (args[i]) {
                    case "--van", "--from" -> from = LocalDate.parse(args[++i]);
                    case "--tot", "--to" -> to = LocalDate.parse(args[++i]);
                    default -> file = Path.of(args[i]);
                }
            }
        } catch (RuntimeException e) {
            file = null;
        }
        if (from == null || to == null || file == null || !to.isAfter(from)) {
            System.err.println(USAGE);
            return 2;
        }
        ZoneId dutch = ZoneId.of("Europe/Amsterdam");
        Instant start = Instant.now();
        try (ConfigurableApplicationContext context = start(application);
                BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long written = context.getBean(AuditExport.class)
                    .write(
                            from.atStartOfDay(dutch).toInstant(),
                            to.atStartOfDay(dutch).toInstant(),
                            out);
            System.out.printf("%,d regels geschreven naar %s%n", written, file);
            context.getBean(AuditLog.class)
                    .recordNow(command()
                            .summary(
                                    "audit-export",
                                    start,
                                    AuditEvent.Status.OK,
                                    new Subject("AuditLog", from + "/" + to, null, null, null),
                                    written + " regels naar " + file.toAbsolutePath()));
            return 0;
        } catch (IOException e) {
            System.err.println("Export mislukt: " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            System.err.println("Export mislukt: " + e.getCause().getMessage());
            return 1;
        }
    }

    /** Who runs a command: the operating system's user, as an administrator. */
    static AuditContext command() {
        return AuditContext.start(
                Actor.administrator("os:" + System.getProperty("user.name", "onbekend")),
                ProcessingActivity.AUDIT,
                null);
    }

    private static ConfigurableApplicationContext start(Class<?> application) {
        return Commands.start(application);
    }
}
