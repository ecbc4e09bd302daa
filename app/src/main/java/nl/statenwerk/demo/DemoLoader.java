package nl.statenwerk.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.TreeSet;
import nl.statenwerk.core.StatenwerkProperties;
import nl.statenwerk.ingest.ImportListener;
import nl.statenwerk.ingest.ImportReport;
import nl.statenwerk.ingest.Importer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty installation ({@code statenwerk.demo=true}, the default), imports the bundles that
 * ship in the jar under {@code demo/}. It runs in the background so the portal answers at once; a marker file in
 * STATENWERK_HOME makes sure it runs once, also when the griffie empties the data later.
 */
@Component
class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final StatenwerkProperties properties;
    private final Importer importer;
    private final JdbcClient jdbc;

    DemoLoader(StatenwerkProperties properties, Importer importer, JdbcClient jdbc) {
        this.properties = properties;
        this.importer = importer;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        Path marker = properties.home().resolve("demo-loaded");
        if (!properties.demo() || Files.exists(marker)) {
            return;
        }
        long bodies = jdbc.sql("select count(*) from body").query(Long.class).single();
        if (bodies > 0) {
            return;
        }
        Thread.ofVirtual().name("demo-loader").start(() -> load(marker));
    }

    void load(Path marker) {
        try {
            Path target = properties.home().resolve("demo");
            List<Path> bundles = unpack(target);
            log.info("Loading {} demo bundles from {}", bundles.size(), target);
            for (Path bundle : bundles) {
                ImportReport report = importer.importFrom(bundle.toString(), ImportListener.NONE);
                log.info("Demo bundle {}: {}", bundle.getFileName(), report.summary());
            }
            Files.writeString(marker, "demo data loaded\n");
        } catch (IOException | RuntimeException e) {
            log.error("Loading the demo data failed", e);
        }
    }

    /** Copies the bundles out of the jar, because the importer reads folders. */
    private static List<Path> unpack(Path target) throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/**");
        TreeSet<Path> bundles = new TreeSet<>();
        for (Resource resource : resources) {
            String url = resource.getURL().toString();
            int at = url.lastIndexOf("/demo/");
            if (at < 0 || !resource.isReadable() || url.endsWith("/")) {
                continue;
            }
            String relative = url.substring(at + "/demo/".length());
            Path file = target.resolve(relative).normalize();
            if (!file.startsWith(target)) {
                continue;
            }
            Files.createDirectories(file.getParent());
            try (InputStream in = resource.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            if (relative.endsWith("/bundle.json")) {
                bundles.add(file.getParent());
            }
        }
        return List.copyOf(bundles);
    }
}
