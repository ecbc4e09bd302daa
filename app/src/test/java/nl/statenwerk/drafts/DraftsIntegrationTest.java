package nl.statenwerk.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.OrganizationClassification;
import org.automerge.ChangeHash;
import org.automerge.Document;
import org.automerge.ObjectId;
import org.automerge.Transaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * Drafts over real HTTP with signed-in members of two fracties: who sees a draft, what is audited, the save without
 * JavaScript merged against its version, and the sync the browser's Automerge uses (here played by the Java binding).
 */
@StatenwerkTest
class DraftsIntegrationTest {

    private static final Pattern DRAFT = Pattern.compile("/concepten/([0-9a-f-]{36})$");
    private static final Pattern VERSION = Pattern.compile("name=\"versie\" value=\"([0-9a-f,]*)\"");
    private static final Pattern TEXT = Pattern.compile("<textarea[^>]*>\\n?(.*?)</textarea>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Council council;

    @Autowired
    Accounts accounts;

    @Autowired
    Drafts drafts;

    @Autowired
    JdbcClient jdbc;

    TestBrowser ria;
    TestBrowser kees;
    TestBrowser outsider;

    @BeforeEach
    void members() {
        CouncilFactory factory = new CouncilFactory(council);
        UUID body = factory.body("Provinciale Staten van Flevoland");
        UUID groen = factory.organization(body, "Groen Vooruit", OrganizationClassification.FRACTIE);
        UUID blauw = factory.organization(body, "Blauw Beraad", OrganizationClassification.FRACTIE);
        UUID riaPerson = factory.person(body, "Ria Groen");
        UUID keesPerson = factory.person(body, "Kees Blauw");
        factory.membership(riaPerson, groen, body, null, null);
        factory.membership(keesPerson, blauw, body, null, null);
        ria = TestBrowser.signedIn(context, port, Role.MEMBER, riaPerson);
        kees = TestBrowser.signedIn(context, port, Role.MEMBER, keesPerson);
        outsider = TestBrowser.signedIn(context, port, Role.MEMBER, null);
    }

    @Test
    void onlyTheOwnerAndInvitedParticipantsSeeADraftAndEveryReadAndChangeIsAudited() {
        UUID id = create(ria, "MOTION", "Motie wegenonderhoud");
        String page = "/concepten/" + id;

        TestBrowser.Response own = ria.get(page);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("constaterende dat", "overwegende dat", "verzoeken het college");

        // not invited: as if it did not exist, on every address of the draft
        for (TestBrowser browser : List.of(kees, outsider)) {
            assertThat(browser.get(page).status()).isEqualTo(404);
            assertThat(browser.get(page + "/tekst.txt").status()).isEqualTo(404);
            assertThat(browser.get(page + "/stroom").status()).isEqualTo(404);
            assertThat(sync(browser, id, new byte[0], List.of()).statusCode()).isEqualTo(404);
            assertThat(browser.get("/concepten").body()).doesNotContain("Motie wegenonderhoud");
        }
        // a participant may not invite, and an outsider cannot invite himself
        assertThat(outsider.post(
                                page + "/deelnemers",
                                Map.of(
                                        "email",
                                        "x@example.org",
                                        "_csrf",
                                        outsider.get("/concepten").csrf()))
                        .status())
                .isEqualTo(404);
        // signed out: to the sign-in page
        assertThat(new TestBrowser(port).get(page).location()).endsWith("/inloggen");

        String keesEmail = accounts.find(kees.account()).orElseThrow().email();
        TestBrowser.Response invited = ria.post(page + "/deelnemers", Map.of("email", keesEmail, "_csrf", own.csrf()));
        assertThat(invited.location()).contains("uitgenodigd");

        TestBrowser.Response keesPage = kees.get(page);
        assertThat(keesPage.status()).isEqualTo(200);
        assertThat(keesPage.body()).contains("constaterende dat").contains("Test MEMBER");
        assertThat(kees.get("/concepten").body()).contains("Motie wegenonderhoud");
        assertThat(kees.get(page + "/tekst.txt").body()).startsWith("Motie: Motie wegenonderhoud");
        TestBrowser.Response pdf = kees.get(page + "/motie.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(outsider.get(page + "/motie.pdf").status()).isEqualTo(404);
        assertThat(outsider.get(page).status()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select name from audit_entry where object_type = 'Draft' and object_id = ? order by seq")
                                .param(id.toString())
                                .query(String.class)
                                .list())
                        .contains(
                                "concept-aangemaakt",
                                "concept-gelezen",
                                "concept-deelnemer-toegevoegd",
                                "concept-geexporteerd"));
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'Draft' and object_id = ?"
                                + " and name = 'concept-gelezen' and actor_id = ?")
                        .params(id.toString(), "account:" + kees.account())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aSaveWithoutJavaScriptIsMergedWithWhatOthersTypedMeanwhile() {
        UUID id = create(ria, "NOTE", "Notitie bereikbaarheid");
        invite(id, kees);
        String page = "/concepten/" + id;

        // Kees loads the form
        TestBrowser.Response form = kees.get(page);
        String version = match(VERSION, form.body());
        String loaded = HtmlUtils.htmlUnescape(match(TEXT, form.body()));
        assertThat(loaded).isEqualTo("Notitie bereikbaarheid\n\n");
        // a note is no motie: there is no submission to the griffie of it
        assertThat(kees.get(page + "/motie.pdf").status()).isEqualTo(404);

        // meanwhile Ria types in the live editor (the browser's Automerge, here the Java binding)
        Document riaCopy = replica(ria, id);
        edit(riaCopy, DraftDocuments.text(riaCopy).length(), "Ria: de bus rijdt te weinig.\n");
        assertThat(sync(ria, id, riaCopy.encodeChangesSince(new ChangeHash[0]), DraftDocuments.heads(riaCopy))
                        .statusCode())
                .isEqualTo(200);

        // Kees saves his form, with the browser's line breaks
        String keesText = "Notitie over de bereikbaarheid\r\n\r\nKees: de trein ook.\r\n";
        TestBrowser.Response saved =
                kees.post(page, Map.of("tekst", keesText, "versie", version, "_csrf", form.csrf()));
        assertThat(saved.location()).contains("opgeslagen");

        String merged = drafts.read(id, kees.account()).orElseThrow().text();
        // both added a line at the same place: Automerge orders them by its own (random) actor ids, and keeps both
        assertThat(merged)
                .isIn(
                        "Notitie over de bereikbaarheid\n\nKees: de trein ook.\nRia: de bus rijdt te weinig.\n",
                        "Notitie over de bereikbaarheid\n\nRia: de bus rijdt te weinig.\nKees: de trein ook.\n")
                .isEqualTo(HtmlUtils.htmlUnescape(match(TEXT, kees.get(page).body())));
        riaCopy.free();
    }

    @Test
    void aReplicaThatJoinsLaterGetsEverythingAlsoAfterTheChangesWereCompacted() {
        UUID id = create(ria, "AMENDMENT", "Amendement begroting");
        invite(id, kees);
        Document riaCopy = replica(ria, id);
        List<String> server = DraftDocuments.heads(riaCopy);
        for (int i = 0; i < JdbcDrafts.COMPACT_AFTER + 5; i++) {
            edit(riaCopy, DraftDocuments.text(riaCopy).length(), "regel " + i + "\n");
            HttpResponse<byte[]> reply = sync(
                    ria, id, riaCopy.encodeChangesSince(DraftDocuments.hashes(server)), DraftDocuments.heads(riaCopy));
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.body()).isEmpty();
            server = List.of(reply.headers().firstValue("X-Heads").orElseThrow().split(","));
            assertThat(server).isEqualTo(DraftDocuments.heads(riaCopy));
        }
        assertThat(jdbc.sql("select count(*) from draft_change where draft_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isLessThan(JdbcDrafts.COMPACT_AFTER);

        Document keesCopy = replica(kees, id);
        assertThat(DraftDocuments.text(keesCopy))
                .isEqualTo(DraftDocuments.text(riaCopy))
                .contains("regel 0\n", "regel " + (JdbcDrafts.COMPACT_AFTER + 4) + "\n");
        assertThat(drafts.read(id, ria.account()).orElseThrow().text()).isEqualTo(DraftDocuments.text(riaCopy));

        // what is not Automerge changes nothing (Automerge skips what it cannot read, so it is not an error)
        String before = drafts.read(id, ria.account()).orElseThrow().text();
        assertThat(sync(kees, id, "geen automerge".getBytes(), List.of()).statusCode())
                .isIn(200, 400);
        assertThat(drafts.read(id, ria.account()).orElseThrow().text()).isEqualTo(before);
        assertThatThrownBy(() -> drafts.sync(id, outsider.account(), new byte[0], List.of()))
                .isInstanceOf(NoSuchElementException.class);
        riaCopy.free();
        keesCopy.free();
    }

    @Test
    void theOwnerRemovesAParticipantWhoLosesAccessAtOnceAlsoInTheOpenStream() throws Exception {
        String title = "Notitie " + UUID.randomUUID();
        UUID id = create(ria, "NOTE", title);
        invite(id, kees);
        String page = "/concepten/" + id;
        String removeKees = page + "/deelnemers/" + kees.account() + "/verwijderen";
        HttpResponse<java.io.InputStream> stream = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page + "/stroom"))
                                .header("Cookie", "statenwerk-sessie=" + kees.cookie("statenwerk-sessie"))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        var streamEnds = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try (var in = stream.body()) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return "";
            }
        });

        TestBrowser.Response own = ria.get(page);
        assertThat(own.body())
                .contains("action=\"" + removeKees + "\"")
                .doesNotContain(page + "/deelnemers/" + ria.account() + "/verwijderen");
        TestBrowser.Response keesPage = kees.get(page);
        assertThat(keesPage.body()).doesNotContain("/verwijderen\"");
        // only the owner removes, and only a participant
        assertThat(kees.post(removeKees, Map.of("_csrf", keesPage.csrf())).status())
                .isEqualTo(404);
        assertThat(outsider.post(
                                removeKees,
                                Map.of("_csrf", outsider.get("/concepten").csrf()))
                        .status())
                .isEqualTo(404);
        assertThat(ria.post(page + "/deelnemers/" + outsider.account() + "/verwijderen", Map.of("_csrf", own.csrf()))
                        .status())
                .isEqualTo(404);
        assertThat(ria.post(removeKees, Map.of("email", "", "_csrf", "fout")).status())
                .isEqualTo(403);
        assertThat(kees.get(page).status()).isEqualTo(200);

        TestBrowser.Response removed = ria.post(removeKees, Map.of("_csrf", own.csrf()));

        assertThat(removed.location()).endsWith(page + "?verwijderd#deelnemers");
        assertThat(ria.get(page).body()).doesNotContain(removeKees);
        // the open stream ends now, not at its time-out minutes later
        assertThat(streamEnds.get(10, java.util.concurrent.TimeUnit.SECONDS)).contains("event:aanwezig");
        assertThat(kees.get(page).status()).isEqualTo(404);
        assertThat(kees.get(page + "/stroom").status()).isEqualTo(404);
        assertThat(kees.get(page + "/tekst.txt").status()).isEqualTo(404);
        assertThat(sync(kees, id, new byte[0], List.of()).statusCode()).isEqualTo(404);
        assertThat(kees.get("/concepten").body()).doesNotContain(title);
        assertThat(drafts.find(id, ria.account()).orElseThrow().participants()).isEmpty();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'Draft'"
                                        + " and object_id = ? and name = 'concept-deelnemer-verwijderd'")
                                .param(id.toString())
                                .query(Long.class)
                                .single())
                        .isOne());
    }

    @Test
    void theSyncNeedsTheCsrfToken() throws Exception {
        UUID id = create(ria, "NOTE", "Notitie");
        HttpResponse<byte[]> refused = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/concepten/" + id + "/sync"))
                                .header("Cookie", "statenwerk-sessie=" + ria.cookie("statenwerk-sessie"))
                                .header("Content-Type", "application/octet-stream")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[0]))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    private UUID create(TestBrowser owner, String kind, String title) {
        String csrf = owner.get("/concepten").csrf();
        TestBrowser.Response created = owner.post("/concepten", Map.of("soort", kind, "titel", title, "_csrf", csrf));
        return UUID.fromString(match(DRAFT, created.location()));
    }

    private void invite(UUID id, TestBrowser participant) {
        String csrf = ria.get("/concepten/" + id).csrf();
        String email = accounts.find(participant.account()).orElseThrow().email();
        assertThat(ria.post("/concepten/" + id + "/deelnemers", Map.of("email", email, "_csrf", csrf))
                        .location())
                .contains("uitgenodigd");
    }

    /** A new replica of the draft, as the browser starts one: empty, then everything the server has. */
    private Document replica(TestBrowser browser, UUID id) {
        HttpResponse<byte[]> reply = sync(browser, id, new byte[0], List.of());
        assertThat(reply.statusCode()).isEqualTo(200);
        Document document = new Document();
        document.applyEncodedChanges(reply.body());
        return document;
    }

    private HttpResponse<byte[]> sync(TestBrowser browser, UUID id, byte[] changes, List<String> heads) {
        String csrf = browser.get("/concepten").csrf();
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + port + "/concepten/" + id + "/sync"))
                                    .header("Cookie", "statenwerk-sessie=" + browser.cookie("statenwerk-sessie"))
                                    .header("Content-Type", "application/octet-stream")
                                    .header("X-CSRF-TOKEN", csrf)
                                    .header("X-Heads", String.join(",", heads))
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(changes))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void edit(Document document, int at, String text) {
        ObjectId textId = DraftDocuments.textId(document);
        try (Transaction tx = document.startTransaction()) {
            tx.spliceText(textId, at, 0, text);
            tx.commit();
        }
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " in " + text);
        }
        return m.group(1);
    }
}
