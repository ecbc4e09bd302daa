package nl.statenwerk.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.Statenwerk;
import nl.statenwerk.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A job scheduled by one run of the application is done by the next, on the same home and database. */
@Tag("persistence")
class ExtractionSurvivesRestartIntegrationTest {

    @TempDir
    Path home;

    @Test
    void aFileSavedWhileJobsAreOffIsExtractedAfterARestart() throws Exception {
        List<String> database = TestDatabase.freshDatabase(home);
        UUID id;
        try (ConfigurableApplicationContext first = start(database, false)) {
            FileCatalog catalog = first.getBean(FileCatalog.class);
            StoredContent content = catalog.store(
                    new ByteArrayInputStream(TestFiles.pdf(TestFiles.DUTCH, "Tweede pagina")),
                    "application/pdf",
                    "voorstel.pdf");
            id = catalog.save(StoredFile.of(null, "restart:1", "Voorstel", "voorstel.pdf", null, content), null)
                    .id();

            assertThat(catalog.find(id).orElseThrow().textStatus()).isEqualTo(TextStatus.PENDING);
            assertThat(jobs(first.getBean(JdbcClient.class))).isOne();
            assertThat(catalog.awaitExtraction(List.of(id), Duration.ofMillis(500)))
                    .isFalse();
        }

        try (ConfigurableApplicationContext second = start(database, true)) {
            FileCatalog catalog = second.getBean(FileCatalog.class);

            assertThat(catalog.awaitExtraction(List.of(id), Duration.ofSeconds(60)))
                    .isTrue();

            StoredFile file = catalog.find(id).orElseThrow();
            assertThat(file.textStatus()).isEqualTo(TextStatus.EXTRACTED);
            assertThat(file.pageCount()).isEqualTo(2);
            assertThat(file.language()).isEqualTo("nl");
            assertThat(catalog.pages(id)).extracting(FilePage::text).last().isEqualTo("Tweede pagina");
        }
    }

    private ConfigurableApplicationContext start(List<String> database, boolean jobsEnabled) {
        List<String> properties = new ArrayList<>(database);
        properties.addAll(List.of(
                "statenwerk.home=" + home,
                "statenwerk.demo=false",
                "server.port=0",
                "statenwerk.jobs.enabled=" + jobsEnabled,
                "statenwerk.jobs.polling-interval=200ms"));
        // As arguments, not builder properties: those are defaults that application.yml overrides.
        return new SpringApplicationBuilder(Statenwerk.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private static long jobs(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'extract-text'")
                .query(Long.class)
                .single();
    }
}
