package nl.statenwerk.portal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.api.ApiFixture;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.FileRejectedException;
import nl.statenwerk.files.StoredContent;
import nl.statenwerk.files.StoredFile;
import nl.statenwerk.search.SearchIndex;
import nl.statenwerk.search.SearchQuery;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The API fixture plus what the search page and the document viewer need: a statenvoorstel with a three-page PDF
 * (the windmills are on page 2), a motie whose title and text carry a script tag, and enough mededelingen about
 * dikes for two pages of results. Written once per database, and searchable when {@link #seed} returns.
 */
record PortalFixture(ApiFixture api, UUID pdfPaper, UUID pdfFile, UUID scriptPaper, UUID secretFile, UUID minutes) {

    static final String PDF_PAGE_2 = "De windmolens komen langs de dijk bij Urk.";
    static final String SCRIPT = "<script>alert('xss')</script>";
    static final int DIKE_PAPERS = 12;

    static synchronized PortalFixture seed(Council council, FileCatalog files, SearchIndex index) {
        ApiFixture api = ApiFixture.seed(council, files);
        if (council.idOf(Paper.class, "portal:paper:pdf").isEmpty()) {
            write(api, council, files);
        }
        UUID pdfPaper = council.idOf(Paper.class, "portal:paper:pdf").orElseThrow();
        awaitSearchable(index);
        return new PortalFixture(
                api,
                pdfPaper,
                council.links().paperFiles(pdfPaper).getFirst().fileId(),
                council.idOf(Paper.class, "portal:paper:script").orElseThrow(),
                council.links().paperFiles(api.secretPaper()).getFirst().fileId(),
                council.links().meetingFiles(api.meeting()).getFirst().fileId());
    }

    private static void write(ApiFixture api, Council council, FileCatalog files) {
        UUID paper = paper(
                council,
                api.body(),
                "pdf",
                "Statenvoorstel windparken Noordoostpolder",
                PaperType.STATENVOORSTEL,
                "Voorstel over windparken.",
                LocalDate.of(2025, 2, 20));
        UUID pdf = pdf(
                files,
                api.body(),
                "Inleiding over de energietransitie in de provincie.",
                PDF_PAGE_2,
                "Besluit: de Staten stemmen in met het voorstel.");
        council.links().replacePaperFiles(paper, List.of(new PaperFile(paper, pdf, PaperFile.Role.MAIN, 0)));
        paper(
                council,
                api.body(),
                "script",
                "Motie " + SCRIPT + " over zonnepanelen",
                PaperType.MOTIE,
                "Tekst met " + SCRIPT + " en zonnepanelen op daken.",
                // old enough to stay off the home page's latest papers, and so off the screenshots
                LocalDate.of(2020, 2, 21));
        for (int i = 1; i <= DIKE_PAPERS; i++) {
            paper(
                    council,
                    api.body(),
                    "dike-" + i,
                    "Mededeling dijkversterking deel " + i,
                    PaperType.MEDEDELING,
                    "Stand van de dijkversterking.",
                    LocalDate.of(2024, 1, i));
        }
        files.awaitExtraction(List.of(pdf), Duration.ofSeconds(30));
    }

    private static void awaitSearchable(SearchIndex index) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (index.search(SearchQuery.of("windmolens")).total() == 0
                || index.search(SearchQuery.of("dijkversterking")).total() < DIKE_PAPERS) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the fixture did not become searchable");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static UUID paper(
            Council council, UUID body, String key, String name, PaperType type, String description, LocalDate date) {
        return council.save(
                        new Paper(
                                null,
                                body,
                                "portal:paper:" + key,
                                name,
                                "2025-" + key,
                                date,
                                type,
                                null,
                                null,
                                null,
                                false,
                                "Griffie",
                                description,
                                null,
                                null,
                                date,
                                null,
                                "nl",
                                "1",
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
    }

    private static UUID pdf(FileCatalog files, UUID body, String... pages) {
        try {
            StoredContent content =
                    files.store(new ByteArrayInputStream(pdfBytes(pages)), "application/pdf", "windparken.pdf");
            return files.save(
                            StoredFile.of(
                                    body,
                                    "portal:file:pdf",
                                    "Statenvoorstel windparken",
                                    "windparken.pdf",
                                    "application/pdf",
                                    content),
                            content.sha256())
                    .id();
        } catch (FileRejectedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pdfBytes(String... pages) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    stream.beginText();
                    stream.setFont(font, 14);
                    stream.newLineAtOffset(72, 700);
                    stream.showText(text);
                    stream.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
