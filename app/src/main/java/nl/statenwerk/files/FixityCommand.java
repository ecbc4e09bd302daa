package nl.statenwerk.files;

import java.util.Locale;
import nl.statenwerk.core.Commands;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar statenwerk.jar fixity check}: reads every stored content back, recomputes its SHA-256 and lists
 * what is corrupt or missing. Exit code 0 when all content is intact, 1 when any is corrupt or missing, 2 on wrong
 * usage, so a monitoring script can act on it.
 */
public final class FixityCommand {

    private FixityCommand() {}

    /** @param application the Spring Boot application class to start without its web server */
    public static int run(Class<?> application, String[] args) {
        if (args.length != 2 || !"check".equals(args[1])) {
            System.err.println("Gebruik: java -jar statenwerk.jar fixity check");
            return 2;
        }
        try (ConfigurableApplicationContext context = Commands.start(application, Commands.WITHOUT_JOBS)) {
            FixityStatus status = context.getBean(Fixity.class).checkAll();
            System.out.printf(
                    Locale.ROOT,
                    "in orde %d, beschadigd %d, ontbrekend %d%n",
                    status.ok(),
                    status.corrupt(),
                    status.missing());
            for (FixityStatus.BadFile bad : status.badFiles()) {
                System.out.printf(
                        Locale.ROOT,
                        "%s %s %s %s%n",
                        bad.result() == FixityStatus.Result.CORRUPT ? "BESCHADIGD" : "ONTBREEKT ",
                        bad.fileId(),
                        bad.sha256(),
                        bad.name() == null ? "" : bad.name());
            }
            return status.intact() ? 0 : 1;
        }
    }
}
