package nl.statenwerk.conformance;

import java.io.ByteArrayInputStream;
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

/**
 * On top of the API fixture: a public paper with the untagged demo PDF, a public paper with a PDF/UA and PDF/A
 * document, and a secret paper with a PDF of its own. Written once per database; {@link #seed} returns when all three
 * have been checked in the background.
 */
public record ConformanceFixture(
        ApiFixture api,
        UUID untaggedPaper,
        UUID untaggedFile,
        String untaggedSha,
        UUID accessiblePaper,
        UUID accessibleFile,
        String accessibleSha,
        UUID secretPaper,
        String secretSha) {

    public static final String UNTAGGED_TITLE = "Brief over de Europese top";
    public static final String ACCESSIBLE_TITLE = "Statenvoorstel toegankelijke documenten";
    public static final String SECRET_TITLE = "Geheime notitie grondposities";

    public static synchronized ConformanceFixture seed(Council council, FileCatalog files, Conformance conformance) {
        ApiFixture api = ApiFixture.seed(council, files);
        if (council.idOf(Paper.class, "conformance:paper:untagged").isEmpty()) {
            paper(council, files, api.body(), "untagged", UNTAGGED_TITLE, null, ConformancePdfs.untagged());
            paper(council, files, api.body(), "accessible", ACCESSIBLE_TITLE, null, ConformancePdfs.accessible());
            paper(council, files, api.body(), "secret", SECRET_TITLE, "geheim", ConformancePdfs.plain(SECRET_TITLE));
        }
        UUID untagged = council.idOf(Paper.class, "conformance:paper:untagged").orElseThrow();
        UUID accessible =
                council.idOf(Paper.class, "conformance:paper:accessible").orElseThrow();
        UUID secret = council.idOf(Paper.class, "conformance:paper:secret").orElseThrow();
        UUID untaggedFile = council.links().paperFiles(untagged).getFirst().fileId();
        UUID accessibleFile = council.links().paperFiles(accessible).getFirst().fileId();
        UUID secretFile = council.links().paperFiles(secret).getFirst().fileId();
        String untaggedSha = files.find(untaggedFile).orElseThrow().sha256();
        String accessibleSha = files.find(accessibleFile).orElseThrow().sha256();
        String secretSha = files.find(secretFile).orElseThrow().sha256();
        awaitChecked(conformance, List.of(untaggedSha, accessibleSha, secretSha));
        return new ConformanceFixture(
                api, untagged, untaggedFile, untaggedSha, accessible, accessibleFile, accessibleSha, secret, secretSha);
    }

    /** Waits until every content has a result for both standards. */
    public static void awaitChecked(Conformance conformance, List<String> hashes) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!conformance.results(hashes).values().stream().allMatch(r -> r.size() == Standard.values().length)
                || conformance.results(hashes).size() < hashes.size()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the PDFs were not checked in time: " + conformance.results(hashes));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void paper(
            Council council,
            FileCatalog files,
            UUID body,
            String key,
            String name,
            String confidentiality,
            byte[] pdf) {
        UUID paper = council.save(
                        new Paper(
                                null,
                                body,
                                "conformance:paper:" + key,
                                name,
                                "2026-c-" + key,
                                LocalDate.of(2026, 3, 2),
                                PaperType.STATENVOORSTEL,
                                null,
                                null,
                                confidentiality,
                                false,
                                "Griffie",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "nl",
                                "1",
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
        try {
            StoredContent content = files.store(new ByteArrayInputStream(pdf), "application/pdf", key + ".pdf");
            UUID file = files.save(
                            StoredFile.of(
                                    body, "conformance:file:" + key, name, key + ".pdf", "application/pdf", content),
                            content.sha256())
                    .id();
            council.links().replacePaperFiles(paper, List.of(new PaperFile(paper, file, PaperFile.Role.MAIN, 0)));
        } catch (FileRejectedException e) {
            throw new IllegalStateException(e);
        }
    }
}
