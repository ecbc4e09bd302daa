package nl.statenwerk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.Consultation;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.Membership;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.council.Person;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.ingest.ImportReport.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

@StatenwerkTest
class OParlImportIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Importer importer;

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @TempDir
    Path temp;

    @Test
    void importsTheSpecificationExamplesAndNamesTheirBrokenReferences() throws IOException {
        Path dir = new ClassPathResource("oparl-spec-examples").getFile().toPath();

        ImportReport report = importer.importFrom(dir.toString(), ImportListener.NONE);

        assertThat(council.idOf(Body.class, "https://oparl.example.org/body/0")).isPresent();
        // The examples point at a body 'bodies/1' and organisations they do not contain, and at files on a host that
        // does not exist: each of those is a clear line, not a crash, and the object that refers to them does not
        // land half (the person's embedded membership refers to an unknown organisation).
        assertThat(council.idOf(Person.class, "https://oparl.example.org/person/29"))
                .isEmpty();
        assertThat(report.lines())
                .anySatisfy(l -> assertThat(l.message()).contains("https://oparl.example.org/organizations/5"));
        assertThat(report.lines()).anySatisfy(l -> {
            assertThat(l.sourceId()).isEqualTo("https://oparl.example.org/paper/749");
            assertThat(l.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(l.message()).contains("https://oparl.example.org/bodies/1");
        });
        assertThat(report.problems()).allSatisfy(l -> assertThat(l.message()).isNotBlank());
    }

    @Test
    void crawlsASystemFollowingPaginationWithFilesAndConsultations() throws Exception {
        try (TestHttpServer server = new TestHttpServer()) {
            String ns = "/" + UUID.randomUUID();
            String base = server.url(ns);
            serve(
                    server,
                    ns + "/system",
                    Map.of(
                            "id",
                            base + "/system",
                            "type",
                            "https://schema.oparl.org/1.1/System",
                            "oparlVersion",
                            "https://schema.oparl.org/1.1/",
                            "body",
                            base + "/bodies"));
            serve(
                    server,
                    ns + "/bodies",
                    list(
                            List.of(Map.of(
                                    "id",
                                    base + "/body/1",
                                    "type",
                                    "https://schema.oparl.org/1.1/Body",
                                    "name",
                                    "Provinciale Staten van Flevoland",
                                    "shortName",
                                    "PS Flevoland",
                                    "organization",
                                    base + "/body/1/organizations",
                                    "person",
                                    base + "/body/1/persons",
                                    "meeting",
                                    base + "/body/1/meetings",
                                    "paper",
                                    base + "/body/1/papers",
                                    "legislativeTerm",
                                    List.of(Map.of(
                                            "id",
                                            base + "/term/1",
                                            "type",
                                            "https://schema.oparl.org/1.1/LegislativeTerm",
                                            "name",
                                            "2023-2027",
                                            "startDate",
                                            "2023-03-29",
                                            "endDate",
                                            "2027-03-30")))),
                            null));
            serve(
                    server,
                    ns + "/body/1/organizations",
                    list(
                            List.of(Map.of(
                                    "id",
                                    base + "/org/1",
                                    "type",
                                    "https://schema.oparl.org/1.1/Organization",
                                    "body",
                                    base + "/body/1",
                                    "name",
                                    "Fractie Polderpartij",
                                    "organizationType",
                                    "Fractie")),
                            null));
            serve(
                    server,
                    ns + "/body/1/persons",
                    list(
                            List.of(Map.of(
                                    "id",
                                    base + "/person/1",
                                    "type",
                                    "https://schema.oparl.org/1.1/Person",
                                    "body",
                                    base + "/body/1",
                                    "name",
                                    "Jet de Vries",
                                    "familyName",
                                    "de Vries",
                                    "membership",
                                    List.of(Map.of(
                                            "id",
                                            base + "/membership/1",
                                            "type",
                                            "https://schema.oparl.org/1.1/Membership",
                                            "organization",
                                            base + "/org/1",
                                            "role",
                                            "fractievoorzitter",
                                            "startDate",
                                            "2023-03-29")))),
                            null));
            serve(
                    server,
                    ns + "/body/1/meetings",
                    list(
                            List.of(Map.of(
                                    "id",
                                    base + "/meeting/1",
                                    "type",
                                    "https://schema.oparl.org/1.1/Meeting",
                                    "name",
                                    "Statenvergadering",
                                    "start",
                                    "2024-06-12T19:30:00+02:00",
                                    "organization",
                                    List.of(base + "/org/1"),
                                    "agendaItem",
                                    List.of(Map.of(
                                            "id",
                                            base + "/item/1",
                                            "type",
                                            "https://schema.oparl.org/1.1/AgendaItem",
                                            "number",
                                            "7",
                                            "order",
                                            7,
                                            "name",
                                            "Windmolenpark")))),
                            null));
            serve(
                    server,
                    ns + "/body/1/papers",
                    list(List.of(paper(base, 1, "/files/motie.pdf")), base + "/body/1/papers?page=2"));
            serve(server, ns + "/body/1/papers?page=2", list(List.of(paper(base, 2, "/files/weg.pdf")), null));
            TestBundles.pdf(temp.resolve("motie.pdf"), "Motie over het windmolenpark", "Tweede pagina");
            server.serve(ns + "/files/motie.pdf", Files.readAllBytes(temp.resolve("motie.pdf")));

            ImportReport report = importer.importFrom(base + "/system", ImportListener.NONE);

            UUID first = council.idOf(Paper.class, base + "/paper/1").orElseThrow();
            UUID second = council.idOf(Paper.class, base + "/paper/2").orElseThrow();
            assertThat(council.find(Paper.class, first).orElseThrow().paperType())
                    .isEqualTo(PaperType.MOTIE);
            assertThat(council.links().paperFiles(first)).hasSize(1);
            assertThat(council.links().paperFiles(second)).isEmpty();
            assertThat(report.lines()).anySatisfy(l -> {
                assertThat(l.sourceId()).isEqualTo(base + "/file/2");
                assertThat(l.message()).contains("HTTP 404");
            });
            assertThat(council.related(Consultation.class, "paper_id", first, true))
                    .singleElement()
                    .satisfies(c -> assertThat(c.agendaItemId()).isNotNull());
            assertThat(council.idOf(Membership.class, base + "/membership/1")).isPresent();
            assertThat(council.idOf(Meeting.class, base + "/meeting/1")).isPresent();
            UUID fileId = council.links().paperFiles(first).getFirst().fileId();
            assertThat(files.awaitExtraction(List.of(fileId), java.time.Duration.ofSeconds(30)))
                    .isTrue();
            assertThat(files.pages(fileId))
                    .hasSize(2)
                    .first()
                    .satisfies(p -> assertThat(p.text()).contains("windmolenpark"));

            ImportReport again = importer.importFrom(base + "/system", ImportListener.NONE);
            assertThat(again.count(Outcome.CREATED)).isZero();
        }
    }

    @Test
    void anObjectThatFailsLeavesNothingForLaterObjectsToReferTo() throws IOException {
        String base = "https://oparl.test.invalid/" + UUID.randomUUID();
        Path dir = temp.resolve("folder");
        Files.createDirectories(dir);
        write(
                dir.resolve("1-body.json"),
                Map.of(
                        "id",
                        base + "/body",
                        "type",
                        "https://schema.oparl.org/1.1/Body",
                        "name",
                        "Provinciale Staten van Zeeland"));
        // The person lands first, then its embedded membership fails: the whole person is rolled back.
        write(
                dir.resolve("2-person.json"),
                Map.of(
                        "id",
                        base + "/person",
                        "type",
                        "https://schema.oparl.org/1.1/Person",
                        "body",
                        base + "/body",
                        "name",
                        "Anna de Wit",
                        "membership",
                        List.of(Map.of(
                                "id",
                                base + "/membership",
                                "type",
                                "https://schema.oparl.org/1.1/Membership",
                                "organization",
                                base + "/nergens"))));
        write(
                dir.resolve("3-paper.json"),
                Map.of(
                        "id",
                        base + "/paper",
                        "type",
                        "https://schema.oparl.org/1.1/Paper",
                        "body",
                        base + "/body",
                        "name",
                        "Schriftelijke vragen over de Westerschelde",
                        "paperType",
                        "Schriftelijke vragen",
                        "originatorPerson",
                        List.of(base + "/person")));

        ImportReport report = importer.importFrom(dir.toString(), ImportListener.NONE);

        assertThat(council.idOf(Person.class, base + "/person")).isEmpty();
        assertThat(report.lines()).anySatisfy(l -> {
            assertThat(l.sourceId()).isEqualTo(base + "/paper");
            assertThat(l.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(l.message()).contains("verwijst naar onbekend object " + base + "/person");
        });
    }

    private static void write(Path file, Map<String, Object> object) throws IOException {
        Files.write(file, JSON.writeValueAsBytes(object));
    }

    private static Map<String, Object> paper(String base, int n, String file) {
        return Map.of(
                "id",
                base + "/paper/" + n,
                "type",
                "https://schema.oparl.org/1.1/Paper",
                "body",
                base + "/body/1",
                "name",
                "Motie " + n + " windmolenpark",
                "reference",
                "M" + n,
                "date",
                "2024-06-12",
                "paperType",
                "Motie",
                "mainFile",
                Map.of(
                        "id",
                        base + "/file/" + n,
                        "type",
                        "https://schema.oparl.org/1.1/File",
                        "name",
                        "Motie " + n,
                        "fileName",
                        "motie-" + n + ".pdf",
                        "mimeType",
                        "application/pdf",
                        "accessUrl",
                        base + file),
                "consultation",
                List.of(Map.of(
                        "id",
                        base + "/consultation/" + n,
                        "type",
                        "https://schema.oparl.org/1.1/Consultation",
                        "agendaItem",
                        base + "/item/1",
                        "meeting",
                        base + "/meeting/1",
                        "role",
                        "besluitvorming")));
    }

    private static Map<String, Object> list(List<Map<String, Object>> data, String next) {
        return next == null
                ? Map.of("data", data, "links", Map.of())
                : Map.of("data", data, "links", Map.of("next", next));
    }

    private static void serve(TestHttpServer server, String path, Map<String, Object> body) {
        server.serve(path, JSON.writeValueAsBytes(body));
    }
}
