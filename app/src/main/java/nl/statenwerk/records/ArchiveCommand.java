package nl.statenwerk.records;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.core.Commands;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar statenwerk.jar archive export <dir> [--body X] [--from yyyy-mm-dd] [--to yyyy-mm-dd]}: writes a
 * SIP for the e-Depot (see {@link ArchiveExport}) and prints what it holds. Exit code 0 when the SIP is complete, 1 when
 * no SIP was written (target not empty, unknown body, invalid or damaged content), 2 on wrong usage.
 */
public final class ArchiveCommand {

    static final String USAGE =
            "Gebruik: java -jar statenwerk.jar archive export <map> [--body <bestuursorgaan>] [--from jjjj-mm-dd]"
                    + " [--to jjjj-mm-dd]";

    private ArchiveCommand() {}

    /** @param application the Spring Boot application class to start without its web server */
    public static int run(Class<?> application, String[] args) {
        if (args.length < 3 || args.length % 2 == 0 || !"export".equals(args[1])) {
            System.err.println(USAGE);
            return 2;
        }
        Path target = Path.of(args[2]);
        String body = null;
        LocalDate from = null;
        LocalDate to = null;
        try {
            for (int i = 3; i < args.length; i += 2) {
                switch (args[i]) {
                    case "--body" -> body = args[i + 1];
                    case "--from" -> from = LocalDate.parse(args[i + 1]);
                    case "--to" -> to = LocalDate.parse(args[i + 1]);
                    default -> throw new IllegalArgumentException("onbekende optie " + args[i]);
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        ExportSelection selection;
        try {
            selection = new ExportSelection(body, from, to);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext context = Commands.start(application, Commands.WITHOUT_JOBS)) {
            ArchiveExport export = context.getBean(ArchiveExport.class);
            ExportSummary summary = AuditContext.start(
                            Actor.administrator("os:" + System.getProperty("user.name", "onbekend")),
                            ProcessingActivity.ADMINISTRATION,
                            null)
                    .call(() -> export.export(target, selection));
            print(summary);
            return 0;
        } catch (ArchiveExportException | IOException | java.io.UncheckedIOException e) {
            System.err.println("Geen export geschreven: " + e.getMessage());
            return 1;
        }
    }

    private static void print(ExportSummary s) {
        System.out.printf(
                "Export naar %s: %d vergaderingen, %d stukken (waarvan %d niet openbaar), %d bestanden, %d bytes%n",
                s.directory(), s.meetings(), s.papers(), s.nonPublicPapers(), s.files(), s.bytes());
        for (String note : s.notes()) {
            System.out.println("Let op: " + note);
        }
    }
}
