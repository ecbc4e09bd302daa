package nl.statenwerk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.statenwerk.Statenwerk;
import nl.statenwerk.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first start of an empty installation loads the shipped demo bundles, once; STATENWERK_DEMO=false starts empty.
 * With the demo loaded, every page type of the portal passes the browser checks (see {@link DemoPagesInChromium}).
 */
@Tag("persistence")
@Tag("browser")
class DemoLoaderIntegrationTest {

    private static final String PUBLIC_URL = "https://staten.demo.example";

    @TempDir
    Path home;

    @Test
    void firstStartLoadsEveryShippedBundleOnce() throws Exception {
        List<String> database = TestDatabase.freshDatabase(home);
        long papers;
        try (ConfigurableApplicationContext app = start(database, true)) {
            Path marker = home.resolve("demo-loaded");
            Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
            while (!Files.exists(marker) && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertThat(marker).exists();
            // the first start keeps indexing and checking PDFs after the demo is in; let the indexing finish, so
            // that closing does not wait on it (what closing in the middle does is EmbeddedDatabaseTest's and
            // SearchCrashConsistencyIntegrationTest's)
            var indexing = app.getBean(
                    "searchIndexing", org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor.class);
            while ((indexing.getQueueSize() + indexing.getActiveCount()) > 0
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(count(jdbc, "body")).isEqualTo(6);
            papers = count(jdbc, "paper");
            assertThat(papers).isEqualTo(shippedInformatieobjecten());
            assertThat(count(jdbc, "vote_fraction_result")).isGreaterThan(10_000);
            assertThat(jdbc.sql("select count(*) from import_run where failed_count > 0")
                            .query(Long.class)
                            .single())
                    .isZero();
            // the pages, sitemaps and SIP come from the same queries on both databases (their portability is the
            // other tests' concern): checked once, on the embedded default, to keep CI within its time
            if (!TestDatabase.onPostgres()) {
                browseEveryPageType(app, jdbc);
                publishAndTransfer(app, jdbc);
            }
        }
        awaitEmbeddedDatabaseClosed();
        try (ConfigurableApplicationContext again = start(database, true)) {
            Thread.sleep(1000);
            assertThat(count(again.getBean(JdbcClient.class), "paper")).isEqualTo(papers);
            assertThat(count(again.getBean(JdbcClient.class), "import_run")).isEqualTo(6);
        }
    }

    /** The browser tests' checks (axe, lang, skip link, CSP) on every page type, with the demo data loaded. */
    private static void browseEveryPageType(ConfigurableApplicationContext app, JdbcClient jdbc) throws Exception {
        int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
        // the Tweede Kamer plenary of 2 October 2025: 30 agenda items with motions and votes (tools/bench-portal.sh)
        String meeting = jdbc.sql("select id from meeting where source_id like :s")
                .param("s", "%/tweede-kamer/vergaderingen/vg-2025-10-02")
                .query(String.class)
                .single();
        DemoPagesInChromium portal = new DemoPagesInChromium(port);
        List<String> pages = portal.pageTypes(
                List.of("/vergaderingen/" + meeting, "/zoeken?q=windpark", "/moties?uitkomst=aangenomen"));
        assertThat(pages.stream().map(DemoPagesInChromium::type))
                .contains(
                        "/",
                        "/vergaderingen",
                        "/vergaderingen?weergave=maand",
                        "/vergaderingen/{id}",
                        "/stukken/{id}",
                        "/personen/{id}",
                        "/fracties/{id}",
                        "/zoeken",
                        "/stukken/{id}/bestanden/{id}",
                        "/moties",
                        "/toezeggingen",
                        "/toegankelijkheid",
                        "/toegankelijkheid/documenten");
        portal.check(pages);
    }

    /**
     * Issue 6's acceptance with the demo loaded: every Woo-index sitemap and DiWoo document validates and shows nothing
     * that is not public, and the whole installation exported as a SIP has valid sidecars and matching checksums.
     */
    private void publishAndTransfer(ConfigurableApplicationContext app, JdbcClient jdbc) throws Exception {
        String local = "http://127.0.0.1:" + app.getEnvironment().getRequiredProperty("local.server.port");
        System.out.println("Woo-index: " + nl.statenwerk.publication.WooDemoCheck.verify(local, PUBLIC_URL, jdbc));
        Path sip = home.resolve("sip");
        var summary = app.getBean(nl.statenwerk.records.ArchiveExport.class)
                .export(sip, nl.statenwerk.records.ExportSelection.ALL);
        assertThat(summary.files()).isPositive();
        nl.statenwerk.records.SipCheck.verify(sip, summary);
        System.out.println("SIP: " + summary);
    }

    @Test
    void startsEmptyWhenTheDemoIsSwitchedOff() throws Exception {
        try (ConfigurableApplicationContext app = start(TestDatabase.freshDatabase(home), false)) {
            Thread.sleep(1000);
            assertThat(count(app.getBean(JdbcClient.class), "body")).isZero();
            assertThat(home.resolve("demo-loaded")).doesNotExist();
        }
    }

    /**
     * H2 closes its file when the pool's last connection closes, which the pool does on threads of its own: opening
     * the file again before that is done reads a file that is still being compacted. A restarted process never meets
     * this; a second application in the same JVM must wait until H2 lets go of the file's lock.
     */
    private void awaitEmbeddedDatabaseClosed() throws Exception {
        Path file = home.resolve("db/statenwerk.mv.db");
        if (!Files.exists(file)) {
            return;
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
                var lock = channel.tryLock();
                if (lock != null) {
                    lock.release();
                    return;
                }
            } catch (java.nio.channels.OverlappingFileLockException stillOpen) {
                // this JVM's H2 still holds it
            }
            Thread.sleep(100);
        }
        throw new AssertionError("H2 did not close " + file);
    }

    private ConfigurableApplicationContext start(List<String> database, boolean demo) {
        List<String> properties = new ArrayList<>(database);
        properties.addAll(List.of(
                "statenwerk.home=" + home,
                "statenwerk.demo=" + demo,
                "server.port=0",
                "statenwerk.public-url=" + PUBLIC_URL));
        if (TestDatabase.onPostgres()) {
            // checking 705 PDFs for PDF/UA takes minutes of both cores, and the checks' own queries run on PostgreSQL
            // in ConformanceIntegrationTest: on this pass they would only slow the loading that it is here to show
            properties.add("statenwerk.conformance.enabled=false");
        }
        return new SpringApplicationBuilder(Statenwerk.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Counted from the bundles as shipped, so the test follows the demo data when it is regenerated. */
    private static long shippedInformatieobjecten() throws Exception {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        long total = 0;
        try (var bundles = Files.list(Path.of("src/main/resources/demo"))) {
            for (Path bundle : bundles.filter(Files::isDirectory).toList()) {
                Path file = bundle.resolve("informatieobjecten.json");
                if (Files.exists(file)) {
                    total += json.readTree(file.toFile()).size();
                }
            }
        }
        return total;
    }
}
