package nl.statenwerk.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.api.ApiFixture;
import nl.statenwerk.council.Council;
import nl.statenwerk.files.FileCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@StatenwerkTest
class ArchiveExportIntegrationTest {

    private static final String MDTO = "https://www.nationaalarchief.nl/mdto";

    @Autowired
    ArchiveExport export;

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArchiveExports exports;

    @TempDir
    Path tmp;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    ApiFixture fixture;

    @BeforeEach
    void seed() {
        fixture = ApiFixture.seed(council, files);
    }

    @Test
    void theSipHoldsEveryRecordOfTheBodyWithValidSidecarsAndChecksumsThatMatchTheExportedFiles() throws Exception {
        Path sip = tmp.resolve("sip");
        ExportSummary summary = export.export(sip, new ExportSelection("zuid_holland", null, null));

        assertThat(summary.papers()).isGreaterThanOrEqualTo(2);
        assertThat(summary.nonPublicPapers()).isEqualTo(1);
        assertThat(summary.meetings()).isGreaterThanOrEqualTo(1);
        assertThat(summary.files()).isGreaterThanOrEqualTo(2);
        // every sidecar and ORI-A file valid, every file with its checksum and size
        List<Path> oria = SipCheck.verify(sip, summary);

        // the secret paper is in the SIP, and its sidecar says it is not public; the public one says it is
        Element secret = informationObject(sip, fixture.secretPaper().toString());
        assertThat(text(first(secret, "beperkingGebruikType"), "begripLabel")).isEqualTo("Overig");
        assertThat(text(secret, "beperkingGebruikNadereBeschrijving")).contains("geheim");
        Element open = informationObject(sip, fixture.publicPaper().toString());
        assertThat(text(first(open, "beperkingGebruikType"), "begripLabel")).isEqualTo("Geen beperking");
        assertThat(text(first(open, "waardering"), "begripCode")).isEqualTo("B");
        assertThat(text(first(open, "aggregatieniveau"), "begripLabel")).isEqualTo("Archiefstuk");
        assertThat(text(first(open, "archiefvormer"), "verwijzingNaam"))
                .isEqualTo("Provinciale Staten van Zuid-Holland");
        assertThat(text(first(open, "heeftRepresentatie"), "identificatieKenmerk"))
                .isEqualTo(fixture.publicFile().toString());
        Element meeting = informationObject(sip, fixture.meeting().toString());
        assertThat(text(first(meeting, "aggregatieniveau"), "begripLabel")).isEqualTo("Dossier");

        // the meeting's ORI-A file names both papers under its agenda item, by the ids the sidecars carry
        String meetingOria = oria.stream()
                .map(ArchiveExportIntegrationTest::read)
                .filter(x -> x.contains(fixture.meeting().toString()))
                .findFirst()
                .orElseThrow();
        assertThat(meetingOria)
                .contains("<ID>" + fixture.agendaItem() + "</ID>")
                .contains("<verwijzingID>" + fixture.publicPaper() + "</verwijzingID>")
                .contains("<verwijzingID>" + fixture.secretPaper() + "</verwijzingID>")
                .contains("<stemming>");

        // the transfer and the non-public paper in it are on record
        assertThat(jdbc.sql("select count(*) from audit_entry where name = 'archief-export'")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from audit_entry where name = 'archief-export-niet-openbaar'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aPeriodLimitsTheSipToTheRecordsDatedInIt() throws Exception {
        Path sip = tmp.resolve("leeg");
        ExportSummary summary = export.export(
                sip,
                new ExportSelection(
                        "zuid_holland", java.time.LocalDate.of(1900, 1, 1), java.time.LocalDate.of(1900, 12, 31)));
        assertThat(summary.papers()).isZero();
        assertThat(summary.meetings()).isZero();
        assertThat(sip).isEmptyDirectory();
    }

    @Test
    void aNonEmptyTargetIsRefusedAndLeftAsItWas() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("bezet"));
        Files.writeString(target.resolve("iets.txt"), "van iemand anders");

        assertThatThrownBy(() -> export.export(target, ExportSelection.ALL))
                .isInstanceOf(ArchiveExportException.class)
                .hasMessageContaining("niet leeg");
        try (Stream<Path> inTarget = Files.list(target);
                Stream<Path> inParent = Files.list(tmp)) {
            assertThat(inTarget.map(ArchiveExportIntegrationTest::name)).containsExactly("iets.txt");
            assertThat(inParent.map(ArchiveExportIntegrationTest::name)).containsExactly("bezet");
        }
        assertThatThrownBy(() -> export.export(tmp.resolve("x"), new ExportSelection("geen-orgaan", null, null)))
                .isInstanceOf(ArchiveExportException.class);
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void theGriffiesExportRunsAsAJobIntoTheHomeAndDownloadsAsAZip() throws Exception {
        ExportRun queued = exports.start(
                new ExportSelection("zuid_holland", null, null),
                nl.statenwerk.audit.Actor.administrator("griffie-test"));
        assertThat(queued.status()).isEqualTo(ExportRun.Status.QUEUED);
        nl.statenwerk.PaperBundle.await(() -> exports.find(queued.id())
                .map(r -> r.status() == ExportRun.Status.DONE || r.status() == ExportRun.Status.FAILED)
                .orElse(false));
        ExportRun done = exports.find(queued.id()).orElseThrow();
        assertThat(done.error()).isNull();
        assertThat(done.status()).isEqualTo(ExportRun.Status.DONE);
        assertThat(Path.of(Objects.requireNonNull(done.directory())).getParent().getFileName())
                .hasToString("exports");
        assertThat(done.summary()).contains("1 niet openbaar");
        assertThat(exports.recent(10)).extracting(ExportRun::id).contains(done.id());

        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        exports.zip(done.id(), nl.statenwerk.audit.Actor.administrator("griffie-test"), zip);
        List<String> entries = new ArrayList<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.toByteArray()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).anyMatch(e -> e.startsWith("stukken/") && e.endsWith(".bestand.mdto.xml"));
        assertThat(entries).anyMatch(e -> e.startsWith("vergaderingen/") && e.endsWith(".ori-a.xml"));
        assertThat(jdbc.sql("select count(*) from audit_entry where name = 'archief-export-gedownload'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void theGriffiesPagesAreClosedToWhoeverIsNotSignedIn() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("/beheer/archief", "/beheer/archief/" + java.util.UUID.randomUUID() + ".zip")) {
            var response = http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            // the sign-in page, or a refusal; never the page or a SIP
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403);
        }
    }

    private static Element informationObject(Path sip, String id) throws Exception {
        try (Stream<Path> walk = Files.walk(sip)) {
            for (Path p : walk.filter(p -> name(p).endsWith(".mdto.xml") && !name(p).endsWith(".bestand.mdto.xml"))
                    .toList()) {
                Element root = parse(p).getDocumentElement();
                Element io = first(root, "informatieobject");
                if (io != null && id.equals(text(first(io, "identificatie"), "identificatieKenmerk"))) {
                    return io;
                }
            }
        }
        throw new AssertionError("no informatieobject " + id);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Element first(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS(MDTO, name).item(0);
    }

    private static String text(Element parent, String name) {
        return Objects.requireNonNull(first(parent, name), name).getTextContent();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
