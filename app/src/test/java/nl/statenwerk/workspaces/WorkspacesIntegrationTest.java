package nl.statenwerk.workspaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.TestBrowser.Response;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.HostileFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Workspaces over real HTTP with signed-in accounts: who sees which workspace, uploads and their checks, versions,
 * sharing, search, the bin, and that every download and change is in the audit log.
 */
@StatenwerkTest
@TestPropertySource(
        properties = {"statenwerk.workspaces.max-upload-size=1MB", "statenwerk.jobs.polling-interval=200ms"})
class WorkspacesIntegrationTest {

    private static final Pattern DOCUMENT = Pattern.compile("href=\"/werkruimtes/documenten/([0-9a-f-]{36})\"");

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Autowired
    Council council;

    @Autowired
    Workspaces workspaces;

    @Autowired
    FileCatalog files;

    @Autowired
    JdbcClient jdbc;

    UUID body;
    UUID fractieA;
    UUID fractieB;
    UUID committee;
    TestBrowser memberA;
    TestBrowser memberB;

    @BeforeEach
    void council() {
        CouncilFactory factory = new CouncilFactory(council);
        body = factory.body("Provinciale Staten van Flevoland " + UUID.randomUUID());
        fractieA = factory.organization(body, "Fractie A " + UUID.randomUUID(), OrganizationClassification.FRACTIE);
        fractieB = factory.organization(body, "Fractie B " + UUID.randomUUID(), OrganizationClassification.FRACTIE);
        committee = factory.organization(
                body, "Commissie Ruimte " + UUID.randomUUID(), OrganizationClassification.COMMISSIE);
        UUID anna = factory.person(body, "Anna de Vries");
        UUID bert = factory.person(body, "Bert Jansen");
        factory.membership(anna, fractieA, body, LocalDate.of(2023, 3, 29), null);
        factory.membership(bert, fractieB, body, LocalDate.of(2023, 3, 29), null);
        memberA = TestBrowser.signedIn(context, port, Role.MEMBER, anna);
        memberB = TestBrowser.signedIn(context, port, Role.MEMBER, bert);
    }

    private UUID workspaceOf(UUID organization) {
        return workspaces.all().stream()
                .filter(w -> organization.equals(w.organizationId()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private Response upload(TestBrowser browser, UUID workspace, String name, String type, byte[] content) {
        String page = browser.get("/werkruimtes/" + workspace).body();
        return browser.postMultipart(
                "/werkruimtes/" + workspace + "/bestanden",
                Map.of("_csrf", csrf(page), "map", ""),
                "bestand",
                name,
                type,
                content);
    }

    private static String csrf(String page) {
        return new Response(200, page, java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true)).csrf();
    }

    private static UUID documentIn(String page, String name) {
        int at = page.indexOf(">" + name + "<");
        assertThat(at).as(name + " on the page").isPositive();
        Matcher m = DOCUMENT.matcher(page.substring(Math.max(0, at - 200), at + 1));
        UUID last = null;
        while (m.find()) {
            last = UUID.fromString(m.group(1));
        }
        assertThat(last).isNotNull();
        return last;
    }

    @Test
    void aMemberOfFractieASeesAndUploadsInAButNotInBAndTheGriffieNotInA() {
        UUID a = workspaceOf(fractieA);
        UUID b = workspaceOf(fractieB);

        Response mine = memberA.get("/werkruimtes");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(mine.body()).contains("/werkruimtes/" + a).doesNotContain("/werkruimtes/" + b);
        assertThat(memberA.get("/werkruimtes/" + b).status()).isEqualTo(404);

        Response uploaded = upload(memberA, a, "fractieoverleg.txt", "text/plain", utf8("Strategie voor de begroting"));
        assertThat(uploaded.status()).isEqualTo(302);
        String page = memberA.get("/werkruimtes/" + a).body();
        UUID document = documentIn(page, "fractieoverleg.txt");

        // fractie B: neither the workspace nor the document nor an upload into A
        assertThat(memberB.get("/werkruimtes/" + a).status()).isEqualTo(404);
        assertThat(memberB.get("/werkruimtes/documenten/" + document).status()).isEqualTo(404);
        assertThat(memberB.get("/werkruimtes/documenten/" + document + "/versies/1")
                        .status())
                .isEqualTo(404);
        String pageB = memberB.get("/werkruimtes/" + b).body();
        assertThat(memberB.postMultipart(
                                "/werkruimtes/" + a + "/bestanden",
                                Map.of("_csrf", csrf(pageB)),
                                "bestand",
                                "indringer.txt",
                                "text/plain",
                                utf8("nee"))
                        .status())
                .isEqualTo(404);

        // the griffie: committees and PS, never a fractie's
        TestBrowser griffie = TestBrowser.signedIn(context, port, Role.GRIFFIE, null);
        assertThat(griffie.get("/werkruimtes/" + a).status()).isEqualTo(404);
        assertThat(griffie.get("/werkruimtes/documenten/" + document + "/versies/1")
                        .status())
                .isEqualTo(404);
        assertThat(griffie.get("/werkruimtes/" + workspaceOf(committee)).status())
                .isEqualTo(200);
        assertThat(griffie.get("/werkruimtes").body()).doesNotContain("/werkruimtes/" + a);

        // nobody signed in is sent to sign in; a resident is in no workspace
        assertThat(new TestBrowser(port).get("/werkruimtes/" + a).location()).endsWith("/inloggen");
        TestBrowser resident = TestBrowser.signedIn(context, port, Role.RESIDENT, null);
        assertThat(resident.get("/werkruimtes/" + a).status()).isEqualTo(404);
    }

    @Test
    void everyFormNeedsItsCsrfToken() {
        UUID a = workspaceOf(fractieA);
        memberA.get("/werkruimtes/" + a);
        assertThat(memberA.postMultipart(
                                "/werkruimtes/" + a + "/bestanden",
                                Map.of(),
                                "bestand",
                                "x.txt",
                                "text/plain",
                                utf8("x"))
                        .status())
                .isEqualTo(403);
        assertThat(memberA.post("/werkruimtes/" + a + "/mappen", Map.of("naam", "Map"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aNewUploadOfTheSameDocumentIsTheNextVersionAndOldVersionsStayDownloadable() {
        UUID a = workspaceOf(fractieA);
        upload(memberA, a, "motie.txt", "text/plain", utf8("eerste versie"));
        upload(memberA, a, "motie.txt", "text/plain", utf8("tweede versie"));
        UUID document = documentIn(memberA.get("/werkruimtes/" + a).body(), "motie.txt");

        Response page = memberA.get("/werkruimtes/documenten/" + document);
        assertThat(page.body()).contains("/versies/1\"", "/versies/2\"", "Test MEMBER");
        assertThat(new String(
                        memberA.download("/werkruimtes/documenten/" + document + "/versies/1")
                                .body(),
                        StandardCharsets.UTF_8))
                .isEqualTo("eerste versie");
        Response latest = memberA.get("/werkruimtes/documenten/" + document + "/versies/2");
        assertThat(latest.body()).isEqualTo("tweede versie");
        assertThat(latest.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains("motie.txt"));
        assertThat(latest.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        // a version through the document's own form, and a PDF shown inline
        String documentPage = memberA.get("/werkruimtes/documenten/" + document).body();
        memberA.postMultipart(
                "/werkruimtes/documenten/" + document + "/versies",
                Map.of("_csrf", csrf(documentPage)),
                "bestand",
                "motie.txt",
                "text/plain",
                utf8("derde versie"));
        assertThat(memberA.get("/werkruimtes/documenten/" + document + "/versies/3")
                        .body())
                .isEqualTo("derde versie");
        upload(memberA, a, "besluit.pdf", "application/pdf", HostileFiles.plainPdf());
        UUID pdf = documentIn(memberA.get("/werkruimtes/" + a).body(), "besluit.pdf");
        assertThat(memberA.get("/werkruimtes/documenten/" + pdf + "/versies/1")
                        .headers()
                        .firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("inline"));

        // a workspace file hangs off no paper, and is still never public: not on the file routes, never published
        List<UUID> stored = jdbc.sql("select file_id from workspace_version where item_id = :id")
                .param("id", document)
                .query(UUID.class)
                .list();
        assertThat(stored)
                .hasSize(3)
                .allSatisfy(file -> assertThat(council.isFilePublic(file)).isFalse());

        // every download and every change is on record, with who did it
        List<String> names = jdbc.sql("select name from audit_entry where object_id = :id order by seq")
                .param("id", document.toString())
                .query(String.class)
                .list();
        assertThat(names)
                .contains("werkruimte-bestand-geupload", "werkruimte-versie-geupload", "werkruimte-bestand-gelezen");
    }

    @Test
    void sharingMakesOneDocumentReadableInBAndRevokingTakesItAway() {
        UUID a = workspaceOf(fractieA);
        UUID b = workspaceOf(fractieB);
        upload(memberA, a, "gezamenlijke-motie.txt", "text/plain", utf8("Motie over de Markermeerdijken"));
        upload(memberA, a, "intern.txt", "text/plain", utf8("Alleen voor fractie A"));
        String page = memberA.get("/werkruimtes/" + a).body();
        UUID shared = documentIn(page, "gezamenlijke-motie.txt");
        UUID internal = documentIn(page, "intern.txt");

        String documentPage = memberA.get("/werkruimtes/documenten/" + shared).body();
        assertThat(memberA.post(
                                "/werkruimtes/documenten/" + shared + "/delen",
                                Map.of("_csrf", csrf(documentPage), "met", b.toString()))
                        .status())
                .isEqualTo(302);

        assertThat(memberB.get("/werkruimtes/" + b).body()).contains("gezamenlijke-motie.txt");
        assertThat(memberB.get("/werkruimtes/documenten/" + shared).body())
                .contains("U kunt het lezen, niet wijzigen")
                .doesNotContain("/versies\" method=\"post\"");
        assertThat(memberB.get("/werkruimtes/documenten/" + shared + "/versies/1")
                        .body())
                .isEqualTo("Motie over de Markermeerdijken");
        assertThat(memberB.get("/werkruimtes/documenten/" + internal).status()).isEqualTo(404);
        // read-only: B cannot add a version, rename or share it on
        String pageB = memberB.get("/werkruimtes/" + b).body();
        assertThat(memberB.post(
                                "/werkruimtes/documenten/" + shared + "/naam",
                                Map.of("_csrf", csrf(pageB), "naam", "gekaapt.txt"))
                        .status())
                .isEqualTo(404);

        assertThat(memberA.post(
                                "/werkruimtes/documenten/" + shared + "/delen/" + b + "/intrekken",
                                Map.of("_csrf", csrf(documentPage)))
                        .status())
                .isEqualTo(302);
        assertThat(memberB.get("/werkruimtes/documenten/" + shared).status()).isEqualTo(404);
        assertThat(memberB.get("/werkruimtes/" + b).body()).doesNotContain("gezamenlijke-motie.txt");
    }

    @Test
    void searchFindsNamesAndTextWithoutRegardToCaseOrAccentsAndOnlyWhatTheReaderMaySee() {
        UUID a = workspaceOf(fractieA);
        upload(memberA, a, "Café-overleg.txt", "text/plain", utf8("Afspraken over de Hanzelijn bij Lelystad"));
        UUID document = documentIn(memberA.get("/werkruimtes/" + a).body(), "Café-overleg.txt");
        UUID fileId = jdbc.sql("select file_id from workspace_version where item_id = :id")
                .param("id", document)
                .query(UUID.class)
                .single();
        assertThat(files.awaitExtraction(List.of(fileId), Duration.ofSeconds(60)))
                .isTrue();
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> memberA.get("/werkruimtes?q=hanzelijn").body().contains(document.toString()));

        assertThat(memberA.get("/werkruimtes?q=CAFE").body()).contains(document.toString());
        assertThat(memberA.get("/werkruimtes?q=lelystad+afspraken").body()).contains(document.toString());
        assertThat(memberA.get("/werkruimtes?q=lelystad+zwolle").body()).doesNotContain(document.toString());
        assertThat(memberA.get("/werkruimtes?q=100%25").body()).doesNotContain(document.toString());
        assertThat(memberB.get("/werkruimtes?q=hanzelijn").body()).doesNotContain(document.toString());
        TestBrowser griffie = TestBrowser.signedIn(context, port, Role.GRIFFIE, null);
        assertThat(griffie.get("/werkruimtes?q=hanzelijn").body()).doesNotContain(document.toString());
    }

    @Test
    void aDeletedFolderGoesToTheBinWithItsContentAndComesBackWhole() {
        UUID a = workspaceOf(fractieA);
        String page = memberA.get("/werkruimtes/" + a).body();
        memberA.post("/werkruimtes/" + a + "/mappen", Map.of("_csrf", csrf(page), "naam", "Begroting 2027"));
        UUID folder = workspaces.listing(viewerA(), a, null).orElseThrow().items().stream()
                .filter(e -> e.item().name().equals("Begroting 2027"))
                .findFirst()
                .orElseThrow()
                .item()
                .id();
        memberA.postMultipart(
                "/werkruimtes/" + a + "/bestanden",
                Map.of("_csrf", csrf(page), "map", folder.toString()),
                "bestand",
                "concept.txt",
                "text/plain",
                utf8("concept"));
        UUID document =
                documentIn(memberA.get("/werkruimtes/" + a + "?map=" + folder).body(), "concept.txt");

        memberA.post("/werkruimtes/" + a + "/items/" + folder + "/verwijderen", Map.of("_csrf", csrf(page), "map", ""));
        String after = memberA.get("/werkruimtes/" + a).body();
        assertThat(after).contains("Prullenbak").contains("/items/" + folder + "/herstellen");
        assertThat(memberA.get("/werkruimtes/documenten/" + document).status()).isEqualTo(404);
        assertThat(memberA.get("/werkruimtes?q=concept").body()).doesNotContain(document.toString());

        memberA.post("/werkruimtes/" + a + "/items/" + folder + "/herstellen", Map.of("_csrf", csrf(page)));
        assertThat(memberA.get("/werkruimtes/" + a + "?map=" + folder).body()).contains("concept.txt");
        assertThat(memberA.get("/werkruimtes/documenten/" + document).status()).isEqualTo(200);
    }

    @Test
    void theDailyPurgeRemovesWhatWasInTheBinLongerThanThirtyDaysAndKeepsSharedContent() throws Exception {
        UUID a = workspaceOf(fractieA);
        String page = memberA.get("/werkruimtes/" + a).body();
        memberA.post("/werkruimtes/" + a + "/mappen", Map.of("_csrf", csrf(page), "naam", "Oud " + UUID.randomUUID()));
        UUID folder = workspaces.listing(viewerA(), a, null).orElseThrow().items().stream()
                .filter(e -> e.item().folder() && e.item().name().startsWith("Oud "))
                .findFirst()
                .orElseThrow()
                .item()
                .id();
        byte[] unique = utf8("alleen in de prullenbak " + UUID.randomUUID());
        byte[] alsoElsewhere = utf8("ook elders " + UUID.randomUUID());
        for (var file : Map.of("weg.txt", unique, "gedeeld.txt", alsoElsewhere).entrySet()) {
            memberA.postMultipart(
                    "/werkruimtes/" + a + "/bestanden",
                    Map.of("_csrf", csrf(page), "map", folder.toString()),
                    "bestand",
                    file.getKey(),
                    "text/plain",
                    file.getValue());
        }
        assertThat(upload(memberA, a, "blijft.txt", "text/plain", alsoElsewhere).status())
                .isLessThan(400);
        UUID recent = documentIn(memberA.get("/werkruimtes/" + a).body(), "blijft.txt");
        memberA.post("/werkruimtes/" + a + "/items/" + folder + "/verwijderen", Map.of("_csrf", csrf(page), "map", ""));
        memberA.post("/werkruimtes/" + a + "/items/" + recent + "/verwijderen", Map.of("_csrf", csrf(page), "map", ""));
        List<String> hashes =
                jdbc.sql("""
                        select v.sha256 from workspace_version v join workspace_item i on i.id = v.item_id
                        where i.deleted_with = :folder order by v.file_name desc""").param("folder", folder).query(String.class).list();
        assertThat(hashes).hasSize(2);
        JdbcWorkspaces bin = context.getBean(JdbcWorkspaces.class);

        // a day short of the term nothing goes, so the member can still restore it
        bin.purgeBin(java.time.Instant.now().plus(Duration.ofDays(Workspaces.RESTORE_DAYS - 1)));
        assertThat(itemExists(folder)).isTrue();

        // the folder was deleted a moment before "blijft.txt": a purge between the two takes only the folder
        java.time.OffsetDateTime folderDeleted = jdbc.sql("select deleted_at from workspace_item where id = :id")
                .param("id", folder)
                .query(java.time.OffsetDateTime.class)
                .single();
        jdbc.sql("update workspace_item set deleted_at = :at where id = :id")
                .param("at", folderDeleted.plusHours(1))
                .param("id", recent)
                .update();
        bin.purgeBin(
                folderDeleted.plusDays(Workspaces.RESTORE_DAYS).plusMinutes(1).toInstant());

        assertThat(itemExists(folder)).isFalse();
        assertThat(jdbc.sql("select count(*) from workspace_item where deleted_with = :folder")
                        .param("folder", folder)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(itemExists(recent)).as("in the bin for less than 30 days").isTrue();
        // the only copy of its content is gone from the store; content a live file still has stays
        assertThatThrownBy(() -> files.open(hashes.get(0)).close())
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
        try (var in = files.open(hashes.get(1))) {
            assertThat(in.readAllBytes()).isEqualTo(alsoElsewhere);
        }
        memberA.post("/werkruimtes/" + a + "/items/" + recent + "/herstellen", Map.of("_csrf", csrf(page)));
        assertThat(memberA.get("/werkruimtes/documenten/" + recent).status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_entry where name = 'werkruimte-prullenbak-geleegd'"
                                + " and object_id = :id")
                        .param("id", folder.toString())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private boolean itemExists(UUID item) {
        return jdbc.sql("select count(*) from workspace_item where id = :id")
                        .param("id", item)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Test
    void uploadsAreCheckedAndRefusedWithAClearDutchReason() {
        UUID a = workspaceOf(fractieA);
        Response exe = upload(memberA, a, "notulen.pdf", "application/pdf", HostileFiles.windowsProgram());
        assertThat(exe.status()).isEqualTo(422);
        assertThat(exe.body()).contains("Het bestand is geweigerd", "programma of script");

        Response script = upload(memberA, a, "stuk.pdf", "application/pdf", HostileFiles.pdfWithOpenActionJavaScript());
        assertThat(script.status()).isEqualTo(422);
        assertThat(script.body()).contains("De PDF bevat JavaScript");

        Response html = upload(memberA, a, "agenda.txt", "text/plain", HostileFiles.html());
        assertThat(html.status()).isEqualTo(422);
        Response svg = upload(memberA, a, "logo.png", "image/png", HostileFiles.svgWithScript());
        assertThat(svg.status()).isEqualTo(422);
        Response bomb = upload(memberA, a, "stukken.zip", "application/zip", HostileFiles.nestedZipOfZeros(10));
        assertThat(bomb.status()).isEqualTo(422);
        assertThat(bomb.body()).contains("zipbom");

        Response large = upload(memberA, a, "groot.txt", "text/plain", new byte[2 * 1024 * 1024]);
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.body()).contains("Het bestand is te groot. Een upload mag ten hoogste 1 MB zijn.");

        // the name as the browser sent it: its path and control characters go, the rest is display only
        Response odd = upload(memberA, a, "../../ver\u0001slag\u202E.txt", "text/plain", utf8("verslag"));
        assertThat(odd.status()).isEqualTo(302);
        String page = memberA.get("/werkruimtes/" + a).body();
        assertThat(page).contains(">verslag.txt<").doesNotContain("../");
        assertThat(workspaces.listing(viewerA(), a, null).orElseThrow().items())
                .extracting(e -> e.item().name())
                .containsExactly("verslag.txt");
    }

    @Test
    void theGriffieAddsANamedAccountToAWorkspaceAndOnlyTheGriffieManagesThem() {
        UUID a = workspaceOf(fractieA);
        assertThat(memberA.get("/beheer/werkruimtes").status()).isEqualTo(403);
        assertThat(memberB.get("/werkruimtes/" + a).status()).isEqualTo(404);

        TestBrowser griffie = TestBrowser.signedIn(context, port, Role.GRIFFIE, null);
        Response overview = griffie.get("/beheer/werkruimtes");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).contains("/beheer/werkruimtes/" + a + "/leden");
        String email = context.getBean(nl.statenwerk.accounts.Accounts.class)
                .find(memberB.account())
                .orElseThrow()
                .email();
        assertThat(griffie.post("/beheer/werkruimtes/" + a + "/leden", Map.of("_csrf", overview.csrf(), "email", email))
                        .status())
                .isEqualTo(302);
        assertThat(memberB.get("/werkruimtes/" + a).status()).isEqualTo(200);
        // still not the griffie itself: adding others does not let it into the fractie's workspace
        assertThat(griffie.get("/werkruimtes/" + a).status()).isEqualTo(404);

        griffie.post(
                "/beheer/werkruimtes/" + a + "/leden/" + memberB.account() + "/verwijderen",
                Map.of("_csrf", overview.csrf()));
        assertThat(memberB.get("/werkruimtes/" + a).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_entry where name in"
                                + " ('werkruimte-lid-toegevoegd', 'werkruimte-lid-verwijderd') and object_id = :ws")
                        .param("ws", a.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private nl.statenwerk.access.Viewer viewerA() {
        return context.getBean(nl.statenwerk.access.Viewers.class).of(memberA.account());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
