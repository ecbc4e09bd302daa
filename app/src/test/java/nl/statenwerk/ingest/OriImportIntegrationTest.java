package nl.statenwerk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.council.Commitment;
import nl.statenwerk.council.CommitmentStatus;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Decision;
import nl.statenwerk.council.FollowUps;
import nl.statenwerk.council.ListQuery;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.MotionOutcome;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.Vote;
import nl.statenwerk.council.VoteFractionResult;
import nl.statenwerk.ingest.ImportReport.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@StatenwerkTest
class OriImportIntegrationTest {

    private static final List<String> TABLES = List.of(
            "body",
            "organization",
            "person",
            "membership",
            "meeting",
            "agenda_item",
            "decision",
            "paper",
            "paper_submitter",
            "consultation",
            "vote",
            "vote_fraction_result",
            "stored_file",
            "paper_file");

    @Autowired
    Importer importer;

    @Autowired
    Council council;

    @Autowired
    FollowUps followUps;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @Test
    void importsABundleAndAgainWithoutChangingAnyCount() throws IOException {
        TestBundles bundle = TestBundles.flevoland(temp.resolve("good")).write();

        ImportReport first = importer.importFrom(bundle.dir.toString(), ImportListener.NONE);
        assertThat(first.problems()).isEmpty();
        assertThat(first.count(Outcome.CREATED)).isEqualTo(bundle.objectCount());
        Map<String, Long> counts = counts();

        ImportReport second = importer.importFrom(bundle.dir.toString(), ImportListener.NONE);
        assertThat(second.problems()).isEmpty();
        assertThat(second.count(Outcome.UNCHANGED)).isEqualTo(bundle.objectCount());
        assertThat(counts()).isEqualTo(counts);

        Paper motie = find(Paper.class, bundle.url("informatieobjecten", "i1"));
        assertThat(motie.motionType()).isEqualTo("vreemd");
        assertThat(council.links().paperFiles(motie.id())).hasSize(1);
        Vote vote = find(Vote.class, bundle.url("stemmingen", "s1"));
        assertThat(vote.paperId()).isEqualTo(motie.id());
        assertThat(vote.yesCount()).isEqualTo(30);
        assertThat(council.related(VoteFractionResult.class, "vote_id", vote.id(), true))
                .hasSize(2);
    }

    @Test
    void updatesAChangedObjectInPlace() throws IOException {
        TestBundles bundle = TestBundles.flevoland(temp.resolve("changing")).write();
        importer.importFrom(bundle.dir.toString(), ImportListener.NONE);
        bundle.collections.get("besluiten").getFirst().put("besluitresultaat", "Verworpen");
        bundle.write();

        ImportReport again = importer.importFrom(bundle.dir.toString(), ImportListener.NONE);

        assertThat(again.count(Outcome.UPDATED)).isEqualTo(1);
        assertThat(again.count(Outcome.UNCHANGED)).isEqualTo(bundle.objectCount() - 1);
    }

    @Test
    void aBesluitsToezeggingBecomesACommitmentAtTheAgendaItemOfItsVoteAndTheMotionItsOutcome() throws IOException {
        TestBundles bundle = TestBundles.flevoland(temp.resolve("toezegging"));
        bundle.collections.get("besluiten").getFirst().put("besluitresultaat", "Aangenomen");
        bundle.collections
                .get("besluiten")
                .getFirst()
                .put("toezegging", "De gedeputeerde stuurt de Staten een brief over de netcapaciteit.");
        bundle.write();

        assertThat(importer.importFrom(bundle.dir.toString(), ImportListener.NONE)
                        .problems())
                .isEmpty();

        Paper motie = find(Paper.class, bundle.url("informatieobjecten", "i1"));
        Decision besluit = find(Decision.class, bundle.url("besluiten", "b1"));
        Meeting meeting = find(Meeting.class, bundle.url("vergaderingen", "v1"));
        UUID commitment =
                council.idOf(Commitment.class, "toezegging:" + besluit.id()).orElseThrow();
        var commitments = followUps.commitments(new FollowUps.CommitmentFilter(
                motie.bodyId(), null, null, java.time.LocalDate.of(2025, 1, 1), 0, 1000));
        assertThat(commitments.rows())
                .filteredOn(r -> r.commitmentId().equals(commitment))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.text()).isEqualTo("De gedeputeerde stuurt de Staten een brief over de netcapaciteit.");
                    assertThat(r.meetingId()).isEqualTo(meeting.id());
                    assertThat(r.agendaItem()).isEqualTo("Windmolenpark Zeewolde");
                    assertThat(r.dueDate())
                            .as("the source gives no termijn, so there is none")
                            .isNull();
                    assertThat(r.status()).isEqualTo(CommitmentStatus.OPEN);
                });
        var motions = followUps.motions(new FollowUps.MotionFilter(motie.bodyId(), null, null, null, null, 0, 1000));
        assertThat(motions.rows())
                .filteredOn(r -> r.paperId().equals(motie.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(MotionOutcome.ADOPTED));
    }

    @Test
    void reportsEveryBadInputWhileEveryGoodObjectLands() throws IOException {
        TestBundles bundle = TestBundles.flevoland(temp.resolve("bad"));
        Path dir = bundle.dir;
        bundle.add(
                "informatieobjecten",
                "unknown-type",
                Map.of("titel", "Onbekend soort", "informatieobjecttype", "kattebelletje", "provincie", "flevoland"));
        bundle.add(
                "agendapunten",
                "dangling",
                Map.of(
                        "vergadering",
                        bundle.ref("vergaderingen", "bestaat-niet"),
                        "agendapuntTitel",
                        "Zwevend",
                        "provincie",
                        "flevoland"));
        bundle.add(
                "informatieobjecten",
                "missing-file",
                Map.of("titel", "Zonder bestand", "link", "files/weg.pdf", "provincie", "flevoland"));
        bundle.add(
                "informatieobjecten",
                "unreachable",
                Map.of("titel", "Onbereikbaar", "link", "http://127.0.0.1:9/motie.pdf", "provincie", "flevoland"));
        bundle.add(
                "informatieobjecten",
                "corrupt",
                Map.of("titel", "Kapot", "link", "files/kapot.pdf", "provincie", "flevoland"));
        bundle.add(
                "informatieobjecten",
                "encrypted",
                Map.of("titel", "Versleuteld", "link", "files/slot.pdf", "provincie", "flevoland"));
        bundle.add(
                "informatieobjecten",
                "empty",
                Map.of("titel", "Leeg", "link", "files/leeg.pdf", "provincie", "flevoland"));
        bundle.add(
                "informatieobjecten",
                "traversal",
                Map.of("titel", "Buiten", "link", "../../etc/passwd", "provincie", "flevoland"));
        bundle.add(
                "informatieobjecten",
                "wrong-mime",
                Map.of("titel", "Eigenlijk HTML", "link", "files/pagina.pdf", "provincie", "flevoland"));
        bundle.add(
                "informatieobjecten",
                "secret",
                Map.of("titel", "Geheime notitie", "vertrouwelijkheidsaanduiding", "geheim", "provincie", "flevoland"));
        bundle.write();
        Files.writeString(dir.resolve("besluiten.json"), "[{\"url\": \"x\", ");
        Files.write(dir.resolve("files/kapot.pdf"), "%PDF-1.7\n1 0 obj <<".getBytes());
        TestBundles.encryptedPdf(dir.resolve("files/slot.pdf"));
        Files.write(dir.resolve("files/leeg.pdf"), new byte[0]);
        Files.writeString(dir.resolve("files/pagina.pdf"), "<html><body><p>Geen PDF</p></body></html>");

        ImportReport report = importer.importFrom(dir.toString(), ImportListener.NONE);

        assertThat(line(report, "besluiten.json").message()).contains("geen geldige JSON");
        assertThat(line(report, bundle.url("informatieobjecten", "unknown-type"))
                        .message())
                .contains("onbekende waarde 'kattebelletje'");
        assertThat(line(report, bundle.url("agendapunten", "dangling")).message())
                .contains("verwijst naar onbekend object");
        assertThat(line(report, bundle.url("informatieobjecten", "missing-file"))
                        .message())
                .contains("bestand ontbreekt");
        assertThat(line(report, bundle.url("informatieobjecten", "unreachable")).message())
                .contains("niet bereikbaar");
        assertThat(line(report, bundle.url("informatieobjecten", "corrupt")).outcome())
                .isEqualTo(Outcome.FAILED);
        assertThat(line(report, bundle.url("informatieobjecten", "encrypted")).outcome())
                .isEqualTo(Outcome.FAILED);
        assertThat(line(report, bundle.url("informatieobjecten", "empty")).outcome())
                .isEqualTo(Outcome.FAILED);
        assertThat(line(report, bundle.url("informatieobjecten", "traversal")).message())
                .contains("buiten de bundel");
        assertThat(report.lines()).anySatisfy(l -> {
            assertThat(l.sourceId()).isEqualTo(bundle.url("informatieobjecten", "wrong-mime"));
            assertThat(l.outcome()).isEqualTo(Outcome.WARNING);
        });
        // The vote refers to the decision in the broken besluiten.json; every other good object lands.
        assertThat(line(report, bundle.url("stemmingen", "s1")).message()).contains("besluit");
        assertThat(council.idOf(Paper.class, bundle.url("informatieobjecten", "i1")))
                .isPresent();
        assertThat(council.idOf(Paper.class, bundle.url("informatieobjecten", "wrong-mime")))
                .isPresent();
        assertThat(council.idOf(Paper.class, bundle.url("informatieobjecten", "corrupt")))
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from agenda_item where source_id like '%dangling'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(council.list(Paper.class, ListQuery.publicFirstPage(100)).items())
                .extracting(Paper::name)
                .doesNotContain("Geheime notitie")
                .contains("Motie windmolenpark Zeewolde");
    }

    @Test
    void unpacksAZipSafelySkippingTraversalAndBombs() throws IOException {
        TestBundles bundle = TestBundles.flevoland(temp.resolve("zipped")).write();
        Path zip = temp.resolve("bundle.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            try (var files = Files.walk(bundle.dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new ZipEntry("flevoland/" + bundle.dir.relativize(file)));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
            out.putNextEntry(new ZipEntry("../../ontsnapt.txt"));
            out.write("weg".getBytes());
            out.closeEntry();
            out.putNextEntry(new ZipEntry("flevoland/files/bom.pdf"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }

        ImportReport report = importer.importFrom(zip.toString(), ImportListener.NONE);

        assertThat(line(report, "../../ontsnapt.txt").message()).contains("path traversal");
        assertThat(line(report, "flevoland/files/bom.pdf").message()).contains("zip-bom");
        assertThat(Files.exists(temp.getParent().resolve("ontsnapt.txt"))).isFalse();
        assertThat(council.idOf(Paper.class, bundle.url("informatieobjecten", "i1")))
                .isPresent();
    }

    @Test
    void theBodyOfAFailedFirstObjectStillServesTheObjectsAfterIt() throws IOException {
        TestBundles bundle = new TestBundles(temp.resolve("zeeland"));
        bundle.add("fracties", "zonder-naam", Map.of("provincie", "zeeland"));
        bundle.add("fracties", "goed", Map.of("fractienaam", "Zeeuwse Stroom", "provincie", "zeeland"));
        bundle.write();

        ImportReport report = importer.importFrom(bundle.dir.toString(), ImportListener.NONE);

        assertThat(line(report, bundle.url("fracties", "zonder-naam")).message())
                .contains("fractienaam");
        assertThat(report.count(Outcome.CREATED)).isOne();
        assertThat(council.idOf(nl.statenwerk.council.Organization.class, bundle.url("fracties", "goed")))
                .isPresent();
    }

    @Test
    void importsFromALiveApiFollowingNextLinks() throws Exception {
        TestBundles bundle = TestBundles.flevoland(temp.resolve("api"));
        try (TestHttpServer server = new TestHttpServer()) {
            String ns = "/" + java.util.UUID.randomUUID() + "/api";
            server.serve(ns + "/files/motie-1.pdf", Files.readAllBytes(bundle.dir.resolve("files/motie-1.pdf")));
            bundle.collections.get("informatieobjecten").getFirst().put("link", server.url(ns + "/files/motie-1.pdf"));
            var json = tools.jackson.databind.json.JsonMapper.builder().build();
            for (var collection : bundle.collections.entrySet()) {
                List<Map<String, Object>> objects = collection.getValue();
                for (int page = 0; page * 2 < objects.size(); page++) {
                    boolean more = (page + 1) * 2 < objects.size();
                    String next = more ? server.url(ns + "/" + collection.getKey() + "?page=" + (page + 2)) : null;
                    var body = new java.util.LinkedHashMap<String, Object>();
                    body.put("next", next);
                    body.put("previous", null);
                    body.put("results", objects.subList(page * 2, Math.min(objects.size(), page * 2 + 2)));
                    String path = ns + "/" + collection.getKey() + (page == 0 ? "" : "?page=" + (page + 1));
                    server.serve(path, json.writeValueAsBytes(body));
                }
            }

            ImportReport report = importer.importFrom(server.url(ns), ImportListener.NONE);

            assertThat(report.problems()).isEmpty();
            assertThat(report.count(Outcome.CREATED)).isEqualTo(bundle.objectCount());
            Paper motie = find(Paper.class, bundle.url("informatieobjecten", "i1"));
            assertThat(council.links().paperFiles(motie.id())).hasSize(1);
        }
    }

    private static ImportReport.Line line(ImportReport report, String sourceId) {
        return report.lines().stream()
                .filter(l -> sourceId.equals(l.sourceId()) && l.outcome() != Outcome.CREATED)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no report line for " + sourceId + " in " + report.lines()));
    }

    private <T extends Record> T find(Class<T> type, String sourceId) {
        return council.find(type, council.idOf(type, sourceId).orElseThrow()).orElseThrow();
    }

    private Map<String, Long> counts() {
        var counts = new java.util.TreeMap<String, Long>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
