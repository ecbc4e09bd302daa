package nl.statenwerk.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.StoredContent;
import nl.statenwerk.files.StoredFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A paper's PDF redacted through the service: the redacted version replaces it publicly, the original answers 404 as
 * an unknown file does, the log, the inventory and the audit log have it, and a refused redaction changes nothing.
 */
@StatenwerkTest
class RedactionsIntegrationTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    Redactions redactions;

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRedactedVersionIsPublicAndTheOriginalIsNot() throws Exception {
        UUID body = council.save(
                        new Body(
                                null,
                                "test:redaction:body",
                                "Provinciale Staten van Flevoland",
                                "PS Flevoland",
                                BodyClassification.PROVINCIE,
                                "flevoland",
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
        UUID paper = council.save(
                        new Paper(
                                null,
                                body,
                                "test:redaction:paper",
                                "Ingekomen brief over de Dorpsstraat",
                                "2026-1",
                                LocalDate.of(2026, 3, 1),
                                PaperType.values()[0],
                                null,
                                null,
                                null,
                                true,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "nl",
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
        byte[] pdf = PdfRedactorTest.sample();
        StoredContent content = files.store(new ByteArrayInputStream(pdf), "application/pdf", "brief.pdf");
        UUID original = files.save(
                        StoredFile.of(body, "test:redaction:file", "Brief", "brief.pdf", "application/pdf", content),
                        null)
                .id();
        council.links().replacePaperFiles(paper, List.of(new PaperFile(paper, original, PaperFile.Role.MAIN, 0)));
        assertThat(get("/api/files/" + original + "/brief.pdf").statusCode()).isEqualTo(200);

        List<RedactionBox> boxes = redactions.find(original, "Jansen", "5.1.2e", "naam van een inwoner");
        assertThat(boxes).hasSize(3);
        Redaction done = redactions.apply(paper, original, boxes, Actor.administrator("test"));

        // the original is gone from public view exactly as a file that does not exist
        HttpResponse<byte[]> unknown = get("/api/files/" + UUID.randomUUID() + "/brief.pdf");
        HttpResponse<byte[]> withheld = get("/api/files/" + original + "/brief.pdf");
        assertThat(withheld.statusCode()).isEqualTo(404).isEqualTo(unknown.statusCode());
        assertThat(council.isFilePublic(original)).isFalse();
        assertThat(council.links().paperFiles(paper))
                .extracting(PaperFile::fileId)
                .containsExactly(done.redactedFileId());
        HttpResponse<byte[]> published = get("/api/files/" + done.redactedFileId() + "/brief-gelakt.pdf");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(PdfRedactorTest.text(published.body()))
                .doesNotContain("Jansen")
                .contains("Dorpsstraat")
                .contains("5.1.2e");
        assertThat(PdfRedactorTest.everything(published.body())).doesNotContain("Jansen");
        // the original itself is kept, unchanged, for those entitled to it
        try (InputStream in = files.open(files.find(original).orElseThrow().sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        // a re-import that links the original again gets the public version
        council.links().replacePaperFiles(paper, List.of(new PaperFile(paper, original, PaperFile.Role.MAIN, 0)));
        assertThat(council.links().paperFiles(paper))
                .extracting(PaperFile::fileId)
                .containsExactly(done.redactedFileId());

        assertThat(redactions.log(paper)).singleElement().satisfies(r -> {
            assertThat(r.actorId()).isEqualTo("test");
            assertThat(r.originalFileId()).isEqualTo(original);
            assertThat(r.boxes()).hasSize(3);
            assertThat(r.boxes().getFirst().ground()).isEqualTo("5.1.2e");
            assertThat(r.boxes().getFirst().note()).isEqualTo("naam van een inwoner");
            assertThat(r.boxes().getFirst().page()).isEqualTo(1);
        });
        assertThat(redactions.inventory())
                .filteredOn(l -> l.paperId().equals(paper))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.paperTitle()).isEqualTo("Ingekomen brief over de Dorpsstraat");
                    assertThat(l.grounds()).containsEntry("5.1.2e", 3);
                });
        // nothing of what was redacted is kept in the log
        assertThat(jdbc.sql("select count(*) from redaction_box where note like '%Jansen%'")
                        .query(Long.class)
                        .single())
                .isZero();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long audited = 0;
        while (audited == 0 && System.nanoTime() < deadline) {
            audited = jdbc.sql("select count(*) from audit_entry where name = 'document-gelakt' and object_id = :id")
                    .param("id", original.toString())
                    .query(Long.class)
                    .single();
            if (audited == 0) {
                Thread.sleep(100);
            }
        }
        assertThat(audited).isEqualTo(1);

        // the griffie screens are not for the public
        HttpResponse<byte[]> screen = get("/beheer/lakken");
        assertThat(screen.statusCode()).isEqualTo(302);
        assertThat(screen.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/inloggen"));
        assertThat(get("/beheer/lakken/inventaris.csv").statusCode()).isEqualTo(302);
    }

    @Test
    void aRefusedRedactionChangesNothing() throws Exception {
        UUID body = council.save(
                        new Body(
                                null,
                                "test:redaction:body2",
                                "Provinciale Staten van Flevoland 2",
                                null,
                                BodyClassification.PROVINCIE,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
        UUID paper = council.save(
                        new Paper(
                                null,
                                body,
                                "test:redaction:paper2",
                                "Stuk met een inline beeld",
                                null,
                                null,
                                PaperType.values()[0],
                                null,
                                null,
                                null,
                                true,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
        byte[] pdf = inlineImage();
        StoredContent content = files.store(new ByteArrayInputStream(pdf), "application/pdf", "scan.pdf");
        UUID original = files.save(
                        StoredFile.of(body, "test:redaction:file2", "Scan", "scan.pdf", "application/pdf", content),
                        null)
                .id();
        council.links().replacePaperFiles(paper, List.of(new PaperFile(paper, original, PaperFile.Role.MAIN, 0)));

        assertThatThrownBy(() -> redactions.apply(
                        paper,
                        original,
                        List.of(new RedactionBox(1, 100, 600, 50, 50, "5.1.2e", null)),
                        Actor.administrator("test")))
                .isInstanceOf(RedactionRefusedException.class);

        assertThat(council.isFilePublic(original)).isTrue();
        assertThat(redactions.log(paper)).isEmpty();
        assertThat(council.links().paperFiles(paper))
                .extracting(PaperFile::fileId)
                .containsExactly(original);
    }

    @Autowired
    ApplicationContext context;

    @Test
    void theGriffieRedactsThroughTheFormsWithoutJavaScript() throws Exception {
        UUID body = council.save(
                        new Body(
                                null,
                                "test:redaction:body3",
                                "Provinciale Staten van Flevoland 3",
                                null,
                                BodyClassification.PROVINCIE,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
        UUID paper = council.save(
                        new Paper(
                                null,
                                body,
                                "test:redaction:paper3",
                                "Brief van een inwoner",
                                null,
                                null,
                                PaperType.values()[0],
                                null,
                                null,
                                null,
                                true,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
        StoredContent content =
                files.store(new ByteArrayInputStream(PdfRedactorTest.sample()), "application/pdf", "inwoner.pdf");
        UUID original = files.save(
                        StoredFile.of(body, "test:redaction:file3", "Brief", "inwoner.pdf", "application/pdf", content),
                        null)
                .id();
        council.links().replacePaperFiles(paper, List.of(new PaperFile(paper, original, PaperFile.Role.MAIN, 0)));

        TestBrowser browser = TestBrowser.signedIn(context, port, Role.GRIFFIE, null);

        String start = body(browser.get("/beheer/lakken?stuk=" + paper));
        String editUrl = "/beheer/lakken/" + paper + "/" + original;
        assertThat(start).contains(editUrl).contains("Brief van een inwoner");
        String edit = body(browser.get(editUrl));
        assertThat(edit).contains("<label class=\"utrecht-form-label\" for=\"zoekterm\">");

        String found = body(browser.post(
                editUrl,
                java.util.Map.of(
                        "actie",
                        "zoeken",
                        "zoekterm",
                        "Jansen",
                        "grond",
                        "5.1.2e",
                        "vlakken",
                        "",
                        "_csrf",
                        csrf(edit))));
        assertThat(found).contains("3 vlakken toegevoegd");
        String boxes = java.util.regex.Pattern.compile("<textarea[^>]*>([^<]*)</textarea>")
                .matcher(found)
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        assertThat(boxes.lines().filter(l -> !l.isBlank())).hasSize(3).allMatch(l -> l.contains(";5.1.2e"));
        String withBox = body(browser.post(
                editUrl,
                java.util.Map.of(
                        "actie",
                        "toevoegen",
                        "pagina",
                        "2",
                        "x",
                        "60",
                        "y",
                        "740",
                        "breedte",
                        "60",
                        "hoogte",
                        "20",
                        "grond",
                        "5.1.2d",
                        "vlakken",
                        boxes,
                        "_csrf",
                        csrf(found))));
        assertThat(withBox).contains("2;60.00;740.00;60.00;20.00;5.1.2d");
        String all = java.util.regex.Pattern.compile("<textarea[^>]*>([^<]*)</textarea>")
                .matcher(withBox)
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);

        TestBrowser.Download preview =
                browser.submit(editUrl, java.util.Map.of("actie", "voorbeeld", "vlakken", all, "_csrf", csrf(withBox)));
        assertThat(preview.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(PdfRedactorTest.text(preview.body()))
                .doesNotContain("Jansen")
                .doesNotContain("Tweede");
        assertThat(redactions.log(paper)).isEmpty();

        TestBrowser.Response applied =
                browser.post(editUrl, java.util.Map.of("actie", "lakken", "vlakken", all, "_csrf", csrf(withBox)));
        assertThat(applied.status()).isEqualTo(302);
        assertThat(redactions.log(paper)).singleElement().satisfies(r -> {
            assertThat(r.actorId()).isEqualTo("account:" + browser.account());
            assertThat(r.boxes()).hasSize(4);
        });
        assertThat(body(browser.get(applied.location()))).contains("De gelakte versie is nu de openbare versie");
        assertThat(get("/api/files/" + original + "/inwoner.pdf").statusCode()).isEqualTo(404);
        assertThat(body(browser.get("/beheer/lakken/inventaris")))
                .contains("Brief van een inwoner")
                .contains("5.1.2e (3×)")
                .contains("5.1.2d (1×)");
        assertThat(body(browser.get("/beheer/lakken/inventaris.csv")))
                .contains("\"Brief van een inwoner\"")
                .contains("5.1.2d (1), 5.1.2e (3)");
    }

    private static String body(TestBrowser.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static String csrf(String html) {
        return java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(html)
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
    }

    /** A page with an inline image (BI ... EI), which this redactor refuses to redact under a box. */
    private static byte[] inlineImage() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(
                    doc,
                    new ByteArrayInputStream(
                            ("q 60 0 0 60 90 590 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \u00ff\u0000\u0000\u00ff EI Q\n"
                                            + "BT /F1 12 Tf 72 750 Td (Geen geheim) Tj ET")
                                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))));
            org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
            resources.put(
                    org.apache.pdfbox.cos.COSName.getPDFName("F1"),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
