package nl.statenwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.Person;
import nl.statenwerk.identity.SignIn;
import nl.statenwerk.ingest.ImportListener;
import nl.statenwerk.ingest.ImportReport;
import nl.statenwerk.ingest.Importer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OWASP ASVS 4.0.3 level 2 requirements that apply to the running application, each shown over HTTP: stored
 * XSS through every imported field a page shows (V5.3.3), SQL injection through every query parameter (V5.3.4),
 * path traversal on file and static routes (V12.3.1), session fixation (V3.2.1), CORS (V14.5.3), HTTP methods
 * (V14.5.1), error pages without internals (V7.4.1) and closed actuator endpoints for signed-in users (V14.3.2).
 * Security headers, CSRF and sign-in are in SecurityHeadersIntegrationTest and SignInIntegrationTest.
 */
@StatenwerkTest
class AsvsIntegrationTest {

    private static final String SCRIPT = "<script>alert('asvs')</script>";
    private static final String IMG = "\"><img src=x onerror=alert('asvs')>";
    private static final String BASE = "https://ori.asvs.invalid/";
    private static final String OPARL = "https://oparl.asvs.invalid/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    Council council;

    @Autowired
    Accounts accounts;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void importHostileObjects() throws IOException {
        synchronized (AsvsIntegrationTest.class) {
            if (council.idOf(Paper.class, BASE + "informatieobjecten/i1").isEmpty()) {
                importOri();
                importOparl();
            }
        }
        awaitSearchable("zonneweide");
    }

    @Test
    void importedMarkupIsEscapedOnEveryPageThatShowsIt() {
        UUID paper = id(Paper.class, BASE + "informatieobjecten/i1");
        UUID file = council.links().paperFiles(paper).getFirst().fileId();
        List<String> pages = List.of(
                "/",
                "/vergaderingen",
                "/vergaderingen/" + id(Meeting.class, BASE + "vergaderingen/v1"),
                "/stukken/" + paper,
                "/stukken/" + paper + "/bestanden/" + file,
                "/personen/" + id(Person.class, BASE + "natuurlijkpersonen/p1"),
                "/fracties/" + id(Organization.class, BASE + "fracties/f1"),
                "/fracties/" + id(Organization.class, OPARL + "organization/1"),
                "/fracties/" + id(Organization.class, OPARL + "organization/2"),
                "/moties",
                "/zoeken?q=zonneweide",
                "/zoeken?q=Jansen",
                "/stukken.atom",
                "/zoeken.atom?q=zonneweide");
        for (String path : pages) {
            HttpResponse<String> page = get(path, "text/html");
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertNoMarkupFrom(path, page.body());
        }
        String paperPage = get("/stukken/" + paper, "text/html").body();
        assertThat(paperPage).as("the title is shown, escaped").contains("&lt;script&gt;alert(");
        assertThat(get("/stukken/" + paper, "text/html").body())
                .as("the file name is shown, escaped")
                .contains("&lt;img src=x onerror=alert(");
        String linked = get("/fracties/" + id(Organization.class, OPARL + "organization/2"), "text/html")
                .body();
        assertThat(linked)
                .as("a web address stays a link, its quote escaped")
                .contains("href=\"https://partij.example");
    }

    @Test
    void searchQueriesAreEscapedWhereverTheyAreEchoed() {
        for (String q : List.of(SCRIPT, IMG, "javascript:alert(1)", "\" onfocus=\"alert(1)")) {
            String encoded = java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
            for (String path : List.of("/zoeken?q=", "/zoeken.atom?q=", "/zoeken?type=motie&q=")) {
                HttpResponse<String> page = get(path + encoded, "text/html");
                assertThat(page.statusCode()).as(path + q).isIn(200, 400);
                assertNoMarkupFrom(path + q, page.body());
                // a quote in text is harmless; inside a tag it would have ended the attribute
                assertThat(page.body()).doesNotContainPattern("<[^>]*\"\\s*onfocus=");
            }
            HttpResponse<String> api = get("/api/search?q=" + encoded, "application/json");
            assertThat(api.statusCode()).isIn(200, 400);
            assertThat(api.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/"));
            assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
    }

    @Test
    void sqlInjectionInAnyQueryParameterIsNeverAServerErrorNorWidensAResult() {
        long papers = rows("paper");
        List<String> routes = List.of(
                "/",
                "/vergaderingen",
                "/zoeken",
                "/moties",
                "/toezeggingen",
                "/moties.csv",
                "/stukken.atom",
                "/zoeken.atom",
                "/vergaderingen.ics",
                "/api/search",
                "/api/search/suggest",
                "/api/ori/v2/informatieobjecten",
                "/api/ori/v2/vergaderingen",
                "/oparl/v1/bodies",
                "/oparl/v1/body/" + id(nl.statenwerk.council.Body.class, OPARL + "body/1") + "/paper");
        List<String> parameters = List.of(
                "q",
                "type",
                "jaar",
                "orgaan",
                "fractie",
                "staten",
                "pagina",
                "page",
                "size",
                "sort",
                "status",
                "uitkomst",
                "afdoening",
                "verlopen",
                "maand",
                "weergave",
                "van",
                "tot",
                "uitslag",
                "modified_since",
                "vanaf",
                "datum",
                "stuk",
                "lang");
        List<String> payloads = List.of(
                "'",
                "' or 1=1--",
                "1; drop table paper;--",
                "\") or (\"1\"=\"1",
                "1' union select * from user_account--");
        for (String route : routes) {
            for (String payload : payloads) {
                StringBuilder query = new StringBuilder();
                for (String parameter : parameters) {
                    query.append(query.isEmpty() ? "?" : "&")
                            .append(parameter)
                            .append('=')
                            .append(java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8));
                }
                for (String accept : List.of("text/html", "application/json")) {
                    HttpResponse<String> response = get(route + query, accept);
                    assertThat(response.statusCode())
                            .as(route + " with " + payload)
                            .isIn(200, 302, 400, 404, 406);
                    assertThat(response.body())
                            .as(route + " with " + payload)
                            .doesNotContainIgnoringCase("syntax error")
                            .doesNotContain("org.h2", "PSQLException", "SQLException", "BadSqlGrammar");
                }
            }
        }
        // a filter that is an injection matches nothing, rather than everything
        for (String filter : List.of("type", "fractie", "orgaan")) {
            HttpResponse<String> search = get(
                    "/api/search?" + filter + "=" + java.net.URLEncoder.encode("' or '1'='1", StandardCharsets.UTF_8),
                    "application/json");
            assertThat(search.statusCode()).isIn(200, 400);
            if (search.statusCode() == 200) {
                assertThat(JSON.readTree(search.body()).get("total").asLong())
                        .as(filter)
                        .isZero();
            }
        }
        assertThat(rows("paper")).as("no table was dropped or emptied").isEqualTo(papers);
    }

    @Test
    void pathTraversalOnFileAndStaticRoutesReachesNothingOutside() {
        UUID paper = id(Paper.class, BASE + "informatieobjecten/i1");
        UUID file = council.links().paperFiles(paper).getFirst().fileId();
        List<String> paths = List.of(
                "/api/files/" + file + "/..%2f..%2f..%2fetc%2fpasswd",
                "/api/files/..%2f..%2fetc%2fpasswd/x.pdf",
                "/api/files/%2fetc%2fpasswd/x.pdf",
                "/api/files/" + file + "/%2e%2e%5c%2e%2e%5capplication.yml",
                "/portal.css/..%2f..%2fapplication.yml",
                "/theme/..%2f..%2f..%2fapplication.yml",
                "/theme/%2e%2e/%2e%2e/application.yml",
                "/vendor/..%5c..%5capplication.yml",
                "/js/....//....//application.yml",
                "/%2e%2e/%2e%2e/etc/passwd",
                "/stukken/" + paper + "/bestanden/..%2f..%2fetc%2fpasswd",
                "/WEB-INF/web.xml",
                "/META-INF/MANIFEST.MF",
                "/application.yml",
                "/db/migration/common/V1__council.sql",
                "/messages.properties");
        for (String path : paths) {
            HttpResponse<String> response = get(path, "*/*");
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body())
                    .as(path)
                    .doesNotContain("root:x:", "spring:", "datasource", "create table", "Manifest-Version");
        }
        // the file itself stays reachable by its own address
        assertThat(get("/api/files/" + file + "/x.pdf", "*/*").statusCode()).isIn(200, 302);
    }

    @Test
    void aSessionIdFromBeforeSignInIsWorthlessAfterIt() {
        UserAccount resident = accounts.create("Fixatie Inwoner", "fixatie@example.org", DigestPreference.NONE);
        accounts.grant(resident.id(), Role.RESIDENT);
        signIn.setPassword(resident.id(), "een heel lang wachtwoord");
        TestBrowser victim = new TestBrowser(port);
        String csrf = victim.get("/inloggen").csrf();
        String planted = victim.cookie("statenwerk-sessie");
        assertThat(planted).as("the sign-in form starts a session").isNotNull();
        assertThat(victim.post(
                                "/inloggen",
                                Map.of(
                                        "email",
                                        "fixatie@example.org",
                                        "password",
                                        "een heel lang wachtwoord",
                                        "_csrf",
                                        csrf))
                        .location())
                .endsWith("/mijn");
        assertThat(victim.get("/mijn").status()).isEqualTo(200);

        TestBrowser attacker = new TestBrowser(port).header("Cookie", "statenwerk-sessie=" + planted);
        TestBrowser.Response mine = attacker.get("/mijn");
        assertThat(mine.status()).isEqualTo(302);
        assertThat(mine.location()).endsWith("/inloggen");
    }

    @Test
    void noOriginButOurOwnMayReadResponsesWithCredentials() throws Exception {
        for (String path : List.of("/api/search?q=zonneweide", "/mijn", "/oparl/v1/bodies", "/")) {
            HttpResponse<String> cross = HTTP.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Origin", "https://evil.example")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(cross.headers().firstValue("Access-Control-Allow-Origin"))
                    .as(path)
                    .isEmpty();
            HttpResponse<String> preflight = HTTP.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Origin", "https://evil.example")
                            .header("Access-Control-Request-Method", "POST")
                            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                    .as(path)
                    .isEmpty();
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                    .as(path)
                    .isEmpty();
        }
    }

    @Test
    void traceIsOffAndUnusedMethodsAreRefused() throws Exception {
        for (String path : List.of("/", "/inloggen", "/api/search", "/mijn")) {
            HttpResponse<String> trace = HTTP.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Cookie", "statenwerk-sessie=geheim-koekje")
                            .method("TRACE", HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(trace.statusCode()).as(path).isIn(403, 405);
            assertThat(trace.body()).doesNotContain("geheim-koekje");
        }
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(uri("/api/search?q=x"))
                            .method(method, HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method).isIn(403, 405);
        }
    }

    @Test
    void errorsTellNothingOfTheInternals() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("/api/search?size=veel", "application/json");
        bad.put("/api/search?page=-1", "application/json");
        bad.put("/api/ori/v2/informatieobjecten?page=abc", "application/json");
        bad.put("/api/ori/v2/informatieobjecten/%00", "application/json");
        bad.put("/oparl/v1/paper/niet-een-id", "application/json");
        bad.put("/zoeken?pagina=abc", "text/html");
        bad.put("/stukken/niet-een-uuid", "text/html");
        bad.put("/vergaderingen?maand=2024-13", "text/html");
        bad.put("/api/files/" + UUID.randomUUID() + "/x.pdf", "*/*");
        for (var entry : bad.entrySet()) {
            HttpResponse<String> response = get(entry.getKey(), entry.getValue());
            assertThat(response.statusCode()).as(entry.getKey()).isBetween(200, 499);
            assertThat(response.body())
                    .as(entry.getKey())
                    .doesNotContain(
                            "Exception", "at nl.statenwerk", "at org.springframework", "\"trace\"", "Whitelabel");
        }
    }

    @Test
    void actuatorEndpointsStayClosedToSignedInMembersAndGriffie() {
        for (Role role : List.of(Role.MEMBER, Role.GRIFFIE)) {
            TestBrowser user = TestBrowser.signedIn(context, port, role, null);
            assertThat(user.get("/actuator/health").status()).isEqualTo(200);
            for (String path : List.of(
                    "/actuator/env",
                    "/actuator/heapdump",
                    "/actuator/beans",
                    "/actuator/mappings",
                    "/actuator/loggers",
                    "/actuator/configprops",
                    "/actuator/info")) {
                assertThat(user.get(path).status()).as(role + " " + path).isIn(403, 404);
            }
        }
    }

    private static void assertNoMarkupFrom(String path, String body) {
        assertThat(body)
                .as(path)
                .doesNotContain("<script>alert(")
                .doesNotContain("<img src=x onerror")
                .doesNotContainIgnoringCase("href=\"javascript:")
                .doesNotContainIgnoringCase("src=\"javascript:");
    }

    private void importOri() throws IOException {
        Path bundle = Files.createTempDirectory("asvs-ori");
        String fileName = "besluit" + IMG + ".pdf";
        pdf(bundle.resolve("files").resolve(fileName), "De zonneweide bij Dronten.");
        Map<String, List<Map<String, Object>>> c = new LinkedHashMap<>();
        add(c, "fracties", "f1", Map.of("fractienaam", "Partij " + IMG, "provincie", "flevoland"));
        add(
                c,
                "natuurlijkpersonen",
                "p1",
                Map.of(
                        "naamNatuurlijkPersoon",
                        Map.of("achternaam", "Jansen", "voornamen", "Jan", "volledigeNaam", "Jan Jansen " + SCRIPT),
                        "functie",
                        "statenlid"));
        add(
                c,
                "fractielidmaatschappen",
                "m1",
                Map.of("fractie", ref("fracties", "f1"), "natuurlijkPersoon", ref("natuurlijkpersonen", "p1")));
        add(
                c,
                "vergaderingen",
                "v1",
                Map.of(
                        "vergaderingstype",
                        "statenvergadering",
                        "status",
                        "gehouden",
                        "naam",
                        "Statenvergadering " + IMG,
                        "vergaderdatum",
                        "2025-03-12",
                        "locatie",
                        "Provinciehuis " + SCRIPT,
                        "provincie",
                        "flevoland"));
        add(
                c,
                "agendapunten",
                "a1",
                Map.of(
                        "vergadering",
                        ref("vergaderingen", "v1"),
                        "agendapuntvolgnummer",
                        "1",
                        "agendapuntTitel",
                        "Zonneweide " + SCRIPT,
                        "agendapuntOmschrijving",
                        "Omschrijving " + IMG,
                        "provincie",
                        "flevoland"));
        add(
                c,
                "informatieobjecten",
                "i1",
                Map.of(
                        "titel",
                        "Motie zonneweide " + SCRIPT + IMG,
                        "omschrijving",
                        "Omschrijving " + SCRIPT,
                        "informatieobjecttype",
                        "motie",
                        "creatiedatum",
                        "2025-03-12",
                        "link",
                        "files/" + fileName,
                        "agendapunten",
                        List.of(ref("agendapunten", "a1")),
                        "provincie",
                        "flevoland"));
        add(
                c,
                "indieners",
                "ind1",
                Map.of(
                        "informatieobject",
                        ref("informatieobjecten", "i1"),
                        "natuurlijkPersoon",
                        ref("natuurlijkpersonen", "p1")));
        for (var entry : c.entrySet()) {
            Files.write(bundle.resolve(entry.getKey() + ".json"), JSON.writeValueAsBytes(entry.getValue()));
        }
        ImportReport report = importer.importFrom(bundle.toString(), ImportListener.NONE);
        assertThat(report.count(ImportReport.Outcome.FAILED))
                .as(report.problems().toString())
                .isZero();
    }

    private void importOparl() throws IOException {
        Path folder = Files.createTempDirectory("asvs-oparl");
        String body = OPARL + "body/1";
        List<Map<String, Object>> objects = new ArrayList<>();
        objects.add(Map.of("id", body, "type", "https://schema.oparl.org/1.1/Body", "name", "Staten van Hostiel"));
        objects.add(Map.of(
                "id", OPARL + "organization/1",
                "type", "https://schema.oparl.org/1.1/Organization",
                "body", body,
                "name", "Fractie met een scriptlink",
                "classification", "Fraktion",
                "website", "javascript:alert('asvs')"));
        objects.add(Map.of(
                "id",
                OPARL + "organization/2",
                "type",
                "https://schema.oparl.org/1.1/Organization",
                "body",
                body,
                "name",
                "Fractie met een aanhalingsteken",
                "classification",
                "Fraktion",
                "website",
                "https://partij.example.nl/" + IMG));
        Files.write(folder.resolve("objects.json"), JSON.writeValueAsBytes(Map.of("data", objects)));
        ImportReport report = importer.importFrom(folder.toString(), ImportListener.NONE);
        assertThat(report.count(ImportReport.Outcome.FAILED))
                .as(report.problems().toString())
                .isZero();
    }

    private static void add(
            Map<String, List<Map<String, Object>>> collections,
            String collection,
            String id,
            Map<String, Object> fields) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("url", BASE + collection + "/" + id);
        object.put("id", id);
        object.putAll(fields);
        collections.computeIfAbsent(collection, k -> new ArrayList<>()).add(object);
    }

    private static Map<String, Object> ref(String collection, String id) {
        return Map.of("id", id, "url", BASE + collection + "/" + id);
    }

    private static void pdf(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(target.toFile());
        }
    }

    private <T extends Record> UUID id(Class<T> type, String sourceId) {
        return council.idOf(type, sourceId).orElseThrow(() -> new AssertionError("not imported: " + sourceId));
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void awaitSearchable(String word) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (JSON.readTree(get("/api/search?q=" + word, "application/json").body())
                        .path("total")
                        .asLong()
                < 1) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(word + " did not become searchable");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> get(String path, String accept) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Accept", accept)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
