package nl.statenwerk.retention;

import java.time.LocalDate;
import java.util.UUID;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.core.Commands;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code java -jar statenwerk.jar retention propose}: what the nightly job does, now, printing each body's draft list;
 * {@code retention destroy <list-id>}: carries out an approved list (approval itself is only in the application, by
 * a griffie account). Exit code 0 when done, 1 when refused, 2 on wrong usage.
 */
public final class RetentionCommand {

    private RetentionCommand() {}

    /** @param application the Spring Boot application class to start without its web server */
    public static int run(Class<?> application, String[] args) {
        boolean propose = args.length == 2 && "propose".equals(args[1]);
        boolean destroy = args.length == 3 && "destroy".equals(args[1]);
        if (!propose && !destroy) {
            System.err.println("Gebruik: java -jar statenwerk.jar retention propose | retention destroy <lijst-id>");
            return 2;
        }
        try (ConfigurableApplicationContext context = Commands.start(application, Commands.WITHOUT_JOBS)) {
            Retention retention = context.getBean(Retention.class);
            Actor operator = Actor.administrator("opdrachtregel:" + System.getProperty("user.name", "onbekend"));
            if (propose) {
                JdbcClient jdbc = context.getBean(JdbcClient.class);
                for (UUID body : jdbc.sql("select id from body where deleted_at is null order by id")
                        .query(UUID.class)
                        .list()) {
                    Retention.Proposal p =
                            retention.propose(body, LocalDate.now(RetentionConfiguration.ZONE), operator);
                    System.out.printf(
                            "lijst %s (orgaan %s): %d toegevoegd, %d op de lijst%n",
                            p.list().id(),
                            body,
                            p.added(),
                            retention.records(p.list().id()).size());
                }
                return 0;
            }
            try {
                var records = retention.destroy(UUID.fromString(args[2]), operator);
                System.out.printf("%d records vernietigd op lijst %s%n", records.size(), args[2]);
                return 0;
            } catch (DestructionRefused | IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }
}
