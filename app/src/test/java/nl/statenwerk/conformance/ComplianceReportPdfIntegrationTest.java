package nl.statenwerk.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The compliance report as a PDF (portal, /beheer/naleving.pdf) passes veraPDF for PDF/UA-1 and PDF/A-2 and carries
 * the figures; it lives here because the validator is this module's own.
 */
@StatenwerkTest
class ComplianceReportPdfIntegrationTest {

    @Autowired
    Council council;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void theReportIsAnAccessibleArchivalPdfWithTheFigures() throws Exception {
        String name = "Provinciale Staten van Rapportland " + UUID.randomUUID();
        UUID body = council.save(
                        new Body(
                                null,
                                "compliance:pdf:" + UUID.randomUUID(),
                                name,
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
        council.save(
                new Paper(
                        null,
                        body,
                        "compliance:pdf:paper:" + UUID.randomUUID(),
                        "Brief over de stikstofaanpak",
                        null,
                        LocalDate.of(2025, 3, 1),
                        PaperType.INGEKOMEN_STUK,
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
                null);
        assertThat(new TestBrowser(port).get("/beheer/naleving.pdf").status()).isEqualTo(302);
        TestBrowser.Download response =
                TestBrowser.signedIn(context, port, Role.GRIFFIE, null).download("/beheer/naleving.pdf");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        Path pdf = Files.write(dir.resolve("naleving.pdf"), response.body());

        try (PdfValidator validator = new PdfValidator(Duration.ofSeconds(120), 100_000_000)) {
            PdfValidator.Check ua = validator.accessibility(pdf);
            assertThat(ua.outcome()).as("PDF/UA-1: %s", ua.failedRules()).isEqualTo(Outcome.PASSED);
            PdfValidator.Check a = validator.archival(pdf);
            assertThat(a.outcome()).as("PDF/A: %s", a.failedRules()).isEqualTo(Outcome.PASSED);
        }
        try (PDDocument document = Loader.loadPDF(response.body())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Naleving Woo en Archiefwet");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Naleving Woo en Archiefwet")
                    // the body's name ends in a UUID that the line may break
                    .contains("Metadata van de 1 openbare stukken van Provinciale Staten van Rapportland")
                    .contains("Officiële titel 1 100%", "Taal 0 0%")
                    .contains("Toegankelijkheid en duurzaamheid van de PDF's")
                    .contains("Integriteit van de opgeslagen bestanden");
        }
    }
}
