package nl.statenwerk.core;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application for a command line command ({@code import}, {@code reindex}, {@code archive export}, ...):
 * without a web server, without loading the demo (a command on an empty installation must not fill it), quietly, so
 * that what the command prints is what the operator reads.
 */
public final class Commands {

    /** For commands that do a background job's work themselves: the job would only do the same work twice. */
    public static final String WITHOUT_JOBS = "--statenwerk.jobs.enabled=false";

    private Commands() {}

    /** @param settings further settings, as {@code --name=value} */
    public static ConfigurableApplicationContext start(Class<?> application, String... settings) {
        List<String> args = new ArrayList<>(
                List.of("--statenwerk.demo=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }
}
