package nl.statenwerk.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.core.StatenwerkProperties;
import nl.statenwerk.core.UpsertOutcome;
import nl.statenwerk.core.Upserted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@StatenwerkTest
@TestPropertySource(
        properties = {
            "statenwerk.jobs.polling-interval=200ms",
            "statenwerk.files.max-size=1MB",
            "statenwerk.files.extraction-retries=1",
            "statenwerk.files.extraction-retry-delay=100ms"
        })
class FileCatalogIntegrationTest {

    private static final Duration EXTRACTION = Duration.ofSeconds(60);

    @Autowired
    FileCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    StatenwerkProperties properties;

    @Autowired
    ExtractedEvents events;

    @Test
    void rejectsEmptyContent() {
        assertRejected(new byte[0], null, "leeg.pdf", FileRejectedException.Reason.EMPTY);
    }

    @Test
    void rejectsContentOverTheSizeLimit() {
        assertRejected(new byte[1024 * 1024 + 1], null, "groot.bin", FileRejectedException.Reason.TOO_LARGE);
    }

    @Test
    void rejectsADamagedPdf() {
        byte[] damaged = TestFiles.truncated(TestFiles.pdf(TestFiles.DUTCH, "tweede pagina"));

        assertRejected(damaged, "application/pdf", "kapot.pdf", FileRejectedException.Reason.CORRUPT_PDF);
    }

    @Test
    void rejectsAPdfEncryptedWithAUserPasswordAsVersleuteld() {
        byte[] encrypted = TestFiles.encryptedPdf("geheim", "eigenaar", "vertrouwelijk");

        FileRejectedException rejected =
                assertRejected(encrypted, "application/pdf", "geheim.pdf", FileRejectedException.Reason.ENCRYPTED);

        assertThat(rejected.code()).isEqualTo("encrypted");
        assertThat(rejected.dutchMessage()).contains("versleuteld");
        assertThat(rejected.getMessage()).contains("encrypted");
    }

    @Test
    void rejectsAPdfWithoutPages() {
        assertRejected(TestFiles.pdf(), "application/pdf", "leeg.pdf", FileRejectedException.Reason.NO_PAGES);
    }

    @Test
    void acceptsAPdfThatOnlyHasAnOwnerPassword() throws Exception {
        StoredContent content = store(TestFiles.encryptedPdf("", "eigenaar", "Openbaar stuk"), null, "stuk.pdf");

        assertThat(content.mimeType()).isEqualTo("application/pdf");
        assertThat(content.pageCount()).isEqualTo(1);
        assertThat(content.warnings()).isEmpty();

        // The owner password forbids copying text; the text is readable all the same, and we index it.
        UUID id = save(content, "stuk.pdf").id();
        assertThat(catalog.awaitExtraction(List.of(id), EXTRACTION)).isTrue();
        assertThat(catalog.pages(id)).extracting(FilePage::text).containsExactly("Openbaar stuk");
    }

    @Test
    void warnsWhenTheDeclaredMimeTypeDoesNotMatchAndKeepsBoth() throws Exception {
        StoredContent content = store(TestFiles.pdf("Besluitenlijst"), "text/html", "besluitenlijst.html");

        assertThat(content.mimeType()).isEqualTo("application/pdf");
        assertThat(content.warnings()).singleElement().asString().contains("text/html", "application/pdf");

        UUID id = catalog.save(
                        StoredFile.of(null, source(), "Besluitenlijst", "besluitenlijst.html", "text/html", content),
                        "r1")
                .id();
        StoredFile saved = catalog.find(id).orElseThrow();
        assertThat(saved.mimeType()).isEqualTo("application/pdf");
        assertThat(saved.declaredMimeType()).isEqualTo("text/html");
    }

    @Test
    void aMatchingDeclaredMimeTypeWithParametersIsNoMismatch() throws Exception {
        StoredContent content = store(TestFiles.utf8("Agenda"), "text/plain; charset=UTF-8", "agenda.txt");

        assertThat(content.mimeType()).isEqualTo("text/plain");
        assertThat(content.warnings()).isEmpty();
    }

    @Test
    void storesIdenticalContentOnceUnderItsSha256() throws Exception {
        byte[] bytes = TestFiles.pdf("Motie over de Nedersaksenlijn");

        StoredContent first = store(bytes, "application/pdf", "motie.pdf");
        StoredContent second = store(bytes, "application/pdf", "motie-kopie.pdf");

        assertThat(second.sha256()).isEqualTo(first.sha256());
        Path stored = properties
                .home()
                .resolve("files")
                .resolve(first.sha256().substring(0, 2))
                .resolve(first.sha256().substring(2, 4))
                .resolve(first.sha256());
        assertThat(stored).hasBinaryContent(bytes);
        try (InputStream in = catalog.open(first.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void extractsTheTextOfEveryPdfPageWithItsLanguageAndPublishesTheEvent() throws Exception {
        StoredContent content = store(
                TestFiles.pdf(TestFiles.DUTCH, "", "Pagina drie: de stemming over het amendement"),
                "application/pdf",
                "voorstel.pdf");

        UUID id = save(content, "voorstel.pdf").id();
        assertThat(catalog.awaitExtraction(List.of(id), EXTRACTION)).isTrue();

        StoredFile file = catalog.find(id).orElseThrow();
        assertThat(file.textStatus()).isEqualTo(TextStatus.EXTRACTED);
        assertThat(file.pageCount()).isEqualTo(3);
        assertThat(file.language()).isEqualTo("nl");
        List<FilePage> pages = catalog.pages(id);
        assertThat(pages).extracting(FilePage::pageNumber).containsExactly(1, 2, 3);
        assertThat(pages.get(0).text()).startsWith("Provinciale Staten hebben vandaag besloten");
        assertThat(pages.get(1).text()).isEmpty();
        assertThat(pages.get(2).text()).isEqualTo("Pagina drie: de stemming over het amendement");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(events.received).contains(new FileTextExtracted(id)));
    }

    @Test
    void extractsPlainTextAndHtmlAsOnePage() throws Exception {
        UUID text = save(store(TestFiles.utf8(TestFiles.DUTCH), "text/plain", "brief.txt"), "brief.txt")
                .id();
        UUID html = save(
                        store(
                                TestFiles.utf8("<html><head><title>Agenda</title></head><body><h1>Agenda</h1>"
                                        + "<p>Vaststelling van de begroting</p></body></html>"),
                                "text/html",
                                "agenda.html"),
                        "agenda.html")
                .id();

        assertThat(catalog.awaitExtraction(List.of(text, html), EXTRACTION)).isTrue();

        assertThat(catalog.find(text).orElseThrow().pageCount()).isEqualTo(1);
        assertThat(catalog.pages(text))
                .singleElement()
                .satisfies(p -> assertThat(p.text()).contains("bereikbaarheid van de dorpen"));
        assertThat(catalog.find(html).orElseThrow().textStatus()).isEqualTo(TextStatus.EXTRACTED);
        assertThat(catalog.pages(html))
                .singleElement()
                .satisfies(p -> assertThat(p.text())
                        .contains("Vaststelling van de begroting")
                        .doesNotContain("<p>"));
    }

    @Test
    void marksAPdfWithoutAnyTextEmpty() throws Exception {
        UUID id = save(store(TestFiles.pdf("", ""), "application/pdf", "scan.pdf"), "scan.pdf")
                .id();

        assertThat(catalog.awaitExtraction(List.of(id), EXTRACTION)).isTrue();

        StoredFile file = catalog.find(id).orElseThrow();
        assertThat(file.textStatus()).isEqualTo(TextStatus.EMPTY);
        assertThat(file.pageCount()).isEqualTo(2);
        assertThat(file.language()).isNull();
    }

    @Test
    void keepsTheTextOfUnchangedContentAndExtractsChangedContentAgain() throws Exception {
        String sourceId = source();
        StoredContent content = store(TestFiles.pdf("Eerste versie"), "application/pdf", "v.pdf");
        UUID id = catalog.save(StoredFile.of(null, sourceId, "Versie", "v.pdf", null, content), "r1")
                .id();
        assertThat(catalog.awaitExtraction(List.of(id), EXTRACTION)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> jobsFor(id) == 0);

        assertThat(catalog.save(StoredFile.of(null, sourceId, "Versie", "v.pdf", null, content), "r1"))
                .isEqualTo(new Upserted(id, UpsertOutcome.UNCHANGED));
        Upserted renamed = catalog.save(StoredFile.of(null, sourceId, "Nieuwe naam", "v.pdf", null, content), "r2");
        assertThat(renamed).isEqualTo(new Upserted(id, UpsertOutcome.UPDATED));
        StoredFile file = catalog.find(id).orElseThrow();
        assertThat(file.name()).isEqualTo("Nieuwe naam");
        assertThat(file.textStatus()).isEqualTo(TextStatus.EXTRACTED);
        assertThat(file.pageCount()).isEqualTo(1);
        assertThat(jobsFor(id)).isZero();

        StoredContent changed = store(TestFiles.pdf("Tweede versie", "met een bijlage"), "application/pdf", "v.pdf");
        assertThat(catalog.save(StoredFile.of(null, sourceId, "Nieuwe naam", "v.pdf", null, changed), "r2"))
                .isEqualTo(new Upserted(id, UpsertOutcome.UPDATED));
        assertThat(catalog.awaitExtraction(List.of(id), EXTRACTION)).isTrue();
        assertThat(catalog.pages(id)).extracting(FilePage::text).containsExactly("Tweede versie", "met een bijlage");
    }

    @Test
    void aRolledBackSaveLeavesNeitherMetadataNorJob() throws Exception {
        StoredContent content = store(TestFiles.pdf("Teruggedraaid"), "application/pdf", "terug.pdf");
        String sourceId = source();

        UUID id = new TransactionTemplate(transactionManager).execute(tx -> {
            UUID saved = catalog.save(StoredFile.of(null, sourceId, "Terug", "terug.pdf", null, content), null)
                    .id();
            assertThat(jobsFor(saved)).isOne();
            tx.setRollbackOnly();
            return saved;
        });

        assertThat(catalog.find(id)).isEmpty();
        assertThat(jobsFor(id)).isZero();
    }

    @Test
    void givesUpOnAFileWhoseContentCannotBeReadAfterAFewRetries() throws Exception {
        StoredContent content = store(TestFiles.utf8("Verdwenen inhoud " + UUID.randomUUID()), null, "weg.txt");
        UUID id = new TransactionTemplate(transactionManager).execute(tx -> {
            // The content disappears before the job can run, so every attempt fails.
            UUID saved = save(content, "weg.txt").id();
            deleteContent(content.sha256());
            return saved;
        });

        assertThat(catalog.awaitExtraction(List.of(id), EXTRACTION)).isTrue();

        StoredFile file = catalog.find(id).orElseThrow();
        assertThat(file.textStatus()).isEqualTo(TextStatus.FAILED);
        assertThat(file.textError()).contains("NoSuchFileException");
        await().atMost(Duration.ofSeconds(10)).until(() -> jobsFor(id) == 0);
    }

    private FileRejectedException assertRejected(
            byte[] bytes, String declared, String name, FileRejectedException.Reason reason) {
        List<Path> before = storedFiles();
        FileRejectedException rejected = (FileRejectedException) catchRejection(bytes, declared, name);
        assertThat(rejected.reason()).isEqualTo(reason);
        assertThat(storedFiles()).isEqualTo(before);
        return rejected;
    }

    private Throwable catchRejection(byte[] bytes, String declared, String name) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(
                FileRejectedException.class, () -> catalog.store(new ByteArrayInputStream(bytes), declared, name));
    }

    private StoredContent store(byte[] bytes, String declared, String name) throws FileRejectedException {
        return catalog.store(new ByteArrayInputStream(bytes), declared, name);
    }

    private Upserted save(StoredContent content, String fileName) {
        return catalog.save(StoredFile.of(null, source(), fileName, fileName, null, content), null);
    }

    private static String source() {
        return "https://api.example.org/files/" + UUID.randomUUID();
    }

    private long jobsFor(UUID fileId) {
        return jdbc.sql(
                        "select count(*) from scheduled_tasks where task_name = 'extract-text' and task_instance like :i")
                .param("i", fileId + "/%")
                .query(Long.class)
                .single();
    }

    private void deleteContent(String sha256) {
        try {
            Files.delete(properties
                    .home()
                    .resolve("files")
                    .resolve(sha256.substring(0, 2))
                    .resolve(sha256.substring(2, 4))
                    .resolve(sha256));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Path> storedFiles() {
        Path root = properties.home().resolve("files");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static class ExtractedEvents {
        final List<FileTextExtracted> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(FileTextExtracted event) {
            received.add(event);
        }
    }

    @TestConfiguration
    static class Events {
        @Bean
        ExtractedEvents extractedEvents() {
            return new ExtractedEvents();
        }
    }
}
