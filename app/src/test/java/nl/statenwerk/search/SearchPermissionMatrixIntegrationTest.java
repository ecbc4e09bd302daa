package nl.statenwerk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.PaperBundle;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.alerts.SavedSearches;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperAccess;
import nl.statenwerk.ingest.ImportListener;
import nl.statenwerk.ingest.Importer;
import nl.statenwerk.notifications.Notification;
import nl.statenwerk.notifications.Notifications;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every search surface × every reader × every access level: a paper's words appear (and count in totals and facets)
 * exactly when {@link Viewer#mayRead} says the reader may read the paper. Two bodies; in the first a paper of each
 * level, with a word of its own in its title, its description and its file, and a besloten paper in the second. The
 * geheime paper names one member (of fractie B); the fractie-interne one belongs to fractie A.
 */
@StatenwerkTest
@TestPropertySource(properties = "statenwerk.test.context=search-permissions")
@DirtiesContext
class SearchPermissionMatrixIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** In the description of every paper: a search that finds them all, for totals and facets. */
    private static final String COMMON = "rietzanger";

    /** A paper of the matrix: its words, a misspelling of its title word, and its year (a facet value of its own). */
    record Case(
            String key,
            String province,
            @Nullable String confidentiality,
            String titleWord,
            String misspelled,
            String descriptionWord,
            @Nullable String fileWord,
            int year) {}

    private static final List<Case> CASES = List.of(
            new Case("open", "flevoland", null, "zwoggax", "zwaggax", "plimtrak", "dravonix", 2011),
            new Case("besloten", "flevoland", "vertrouwelijk", "kwispor", "kwaspor", "brelunk", "fandrazok", 2012),
            new Case("geheim", "flevoland", "geheim", "gnorfax", "gnarfax", "trombluk", "vespakor", 2013),
            new Case("fractie", "flevoland", "fractie-intern", "hulzimor", "hulzamor", "jobbertak", "sneltrovix", 2014),
            new Case("besloten2", "utrecht", "vertrouwelijk", "muskrilok", "muskralok", "pandorvak", null, 2015));

    /** A reader: the role and the person the account is linked to; anonymous without either. */
    record Reader(
            String name, @Nullable Role role, @Nullable String person) {}

    private static final List<Reader> READERS = List.of(
            new Reader("anoniem", null, null),
            new Reader("inwoner", Role.RESIDENT, null),
            new Reader("statenlid fractie A", Role.MEMBER, "memberA"),
            new Reader("statenlid fractie B, genoemd op geheim", Role.MEMBER, "memberB"),
            new Reader("statenlid tweede Staten", Role.MEMBER, "member2"),
            new Reader("commissielid", Role.COMMITTEE_MEMBER, "committee"),
            new Reader("fractiemedewerker A", Role.FRACTION_STAFF, "staffA"),
            new Reader("gedeputeerde", Role.DEPUTY, "deputy"),
            new Reader("griffie", Role.GRIFFIE, null),
            new Reader("functioneel beheerder", Role.ADMINISTRATOR, null));

    /** What the matrix is made of, once for all tests of this class (one database, see DirtiesContext). */
    private static @Nullable Fixture fixture;

    private record Fixture(
            Map<String, UUID> papers,
            Map<String, PaperAccess> access,
            Map<String, TestBrowser> browsers,
            Map<String, Viewer> viewers) {}

    @Autowired
    ApplicationContext context;

    @Autowired
    Importer importer;

    @Autowired
    SearchIndex index;

    @Autowired
    Council council;

    @Autowired
    Viewers viewerLookup;

    @Autowired
    SavedSearches savedSearches;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void buildOnce() throws IOException {
        if (fixture != null) {
            return;
        }
        Path dir = Files.createTempDirectory("search-matrix");
        String base = "https://ori.test.invalid/" + UUID.randomUUID() + "/informatieobjecten/";
        List<Map<String, Object>> papers = new ArrayList<>();
        for (Case c : CASES) {
            Map<String, Object> paper = new LinkedHashMap<>();
            paper.put("url", base + c.key());
            paper.put("id", c.key());
            paper.put("titel", "Motie " + c.titleWord());
            paper.put("informatieobjecttype", "motie");
            paper.put("creatiedatum", c.year() + "-05-01");
            paper.put("omschrijving", "Over de " + c.descriptionWord() + " en de " + COMMON + ".");
            paper.put("provincie", c.province());
            if (c.confidentiality() != null) {
                paper.put("vertrouwelijkheidsaanduiding", c.confidentiality());
            }
            if (c.fileWord() != null) {
                paper.put("link", "files/" + c.key() + ".pdf");
                pdf(dir.resolve("files/" + c.key() + ".pdf"), "Bijlage over de " + c.fileWord() + " hier.");
            }
            papers.add(paper);
        }
        Files.write(dir.resolve("informatieobjecten.json"), JSON.writeValueAsBytes(papers));
        assertThat(importer.importFrom(dir.toString(), ImportListener.NONE).problems())
                .isEmpty();

        Map<String, UUID> ids = new LinkedHashMap<>();
        for (Case c : CASES) {
            ids.put(c.key(), council.idOf(Paper.class, base + c.key()).orElseThrow());
        }
        UUID body = council.find(Paper.class, ids.get("open")).orElseThrow().bodyId();
        UUID body2 =
                council.find(Paper.class, ids.get("besloten2")).orElseThrow().bodyId();
        assertThat(body2).isNotEqualTo(body);

        CouncilFactory factory = new CouncilFactory(council);
        UUID fractieA = factory.organization(body, "Fractie A", OrganizationClassification.FRACTIE);
        UUID fractieB = factory.organization(body, "Fractie B", OrganizationClassification.FRACTIE);
        UUID committee = factory.organization(body, "Commissie Ruimte", OrganizationClassification.COMMISSIE);
        UUID fractie2 = factory.organization(body2, "Fractie C", OrganizationClassification.FRACTIE);
        Map<String, UUID> persons = new LinkedHashMap<>();
        persons.put("memberA", member(factory, body, fractieA, "Anna A"));
        persons.put("memberB", member(factory, body, fractieB, "Bert B"));
        persons.put("member2", member(factory, body2, fractie2, "Cor C"));
        persons.put("committee", member(factory, body, committee, "Dirk D"));
        persons.put("staffA", member(factory, body, fractieA, "Els E"));
        persons.put("deputy", factory.person(body, "Frans F"));
        council.setPaperReaders(ids.get("geheim"), null, Set.of(persons.get("memberB")));
        council.setPaperReaders(ids.get("fractie"), fractieA, Set.of());

        Map<String, PaperAccess> access = new LinkedHashMap<>();
        ids.forEach((key, id) -> access.put(key, council.paperAccess(id).orElseThrow()));
        assertThat(access.get("besloten").level()).isEqualTo(AccessLevel.CLOSED);
        assertThat(access.get("geheim").level()).isEqualTo(AccessLevel.SECRET);
        assertThat(access.get("fractie").level()).isEqualTo(AccessLevel.FRACTION_INTERNAL);

        Map<String, TestBrowser> browsers = new LinkedHashMap<>();
        Map<String, Viewer> viewers = new LinkedHashMap<>();
        for (Reader reader : READERS) {
            if (reader.role() == null) {
                browsers.put(reader.name(), new TestBrowser(port));
                viewers.put(reader.name(), Viewer.PUBLIC);
            } else {
                TestBrowser browser = TestBrowser.signedIn(
                        context, port, reader.role(), reader.person() == null ? null : persons.get(reader.person()));
                browsers.put(reader.name(), browser);
                viewers.put(reader.name(), viewerLookup.of(browser.account()));
            }
        }
        // the file texts are extracted in the background and indexed after
        PaperBundle.await(() -> CASES.stream()
                .filter(c -> c.fileWord() != null)
                .allMatch(c -> viewers.values().stream()
                        .anyMatch(v ->
                                index.search(SearchQuery.of(c.fileWord()), v).total() > 0)));
        fixture = new Fixture(ids, access, browsers, viewers);
    }

    private static UUID member(CouncilFactory factory, UUID body, UUID organization, String name) {
        UUID person = factory.person(body, name);
        factory.membership(person, organization, body, null, null);
        return person;
    }

    private static boolean mayRead(String reader, Case c) {
        PaperAccess a = fixture().access().get(c.key());
        return fixture().viewers().get(reader).mayRead(a.level(), a.body(), a.owner(), a.readers());
    }

    private static Fixture fixture() {
        assertThat(fixture).isNotNull();
        return fixture;
    }

    @Test
    void theMatrixIsNotTrivial() {
        assertThat(mayRead("anoniem", CASES.get(0))).isTrue();
        assertThat(mayRead("griffie", CASES.get(2))).isTrue();
        assertThat(mayRead("statenlid fractie B, genoemd op geheim", CASES.get(2)))
                .isTrue();
        assertThat(mayRead("statenlid fractie A", CASES.get(2))).isFalse();
        assertThat(mayRead("statenlid fractie A", CASES.get(1))).isTrue();
        assertThat(mayRead("statenlid tweede Staten", CASES.get(1))).isFalse();
        assertThat(mayRead("statenlid tweede Staten", CASES.get(4))).isTrue();
        assertThat(mayRead("fractiemedewerker A", CASES.get(3))).isTrue();
        assertThat(mayRead("griffie", CASES.get(3))).isFalse();
        assertThat(mayRead("functioneel beheerder", CASES.get(1))).isFalse();
        assertThat(mayRead("inwoner", CASES.get(1))).isFalse();
    }

    @Test
    void theSearchPageShowsEachReaderWhatTheReaderMayRead() {
        int cases = 0;
        for (Reader reader : READERS) {
            TestBrowser browser = fixture().browsers().get(reader.name());
            boolean signedInBeyondPublic = false;
            for (Case c : CASES) {
                boolean may = mayRead(reader.name(), c);
                signedInBeyondPublic |= may && c.confidentiality() != null;
                String as = reader.name() + " / " + c.key();
                for (String word : words(c)) {
                    TestBrowser.Response page = browser.get("/zoeken?q=" + encode(word));
                    assertThat(page.status()).isEqualTo(200);
                    String html = page.body();
                    assertThat(html.contains("Motie " + c.titleWord()))
                            .as(as + " hit for " + word)
                            .isEqualTo(may);
                    assertThat(html.contains("1 resultaat"))
                            .as(as + " count for " + word)
                            .isEqualTo(may);
                    if (!word.equals(c.titleWord())) {
                        assertThat(html.contains("<mark>" + word + "</mark>"))
                                .as(as + " snippet for " + word)
                                .isEqualTo(may);
                    }
                    if (may && c.confidentiality() != null) {
                        assertThat(html)
                                .as(as + " level")
                                .containsPattern("<strong>(Besloten|Geheim|Fractie-intern)</strong>");
                    }
                    cases++;
                }
                String spelling =
                        browser.get("/zoeken?q=" + encode(c.misspelled())).body();
                assertThat(spelling.contains(c.titleWord()))
                        .as(as + " Bedoelde u")
                        .isEqualTo(may);
                cases++;
            }
            String all = browser.get("/zoeken?q=" + COMMON).body();
            long readable =
                    CASES.stream().filter(c -> mayRead(reader.name(), c)).count();
            assertThat(all)
                    .as(reader.name() + " total")
                    .contains(
                            readable == 0
                                    ? "Geen resultaten"
                                    : readable == 1 ? "1 resultaat" : readable + " resultaten");
            for (Case c : CASES) {
                // the facet link of a year filters on it; only a readable paper has that year
                assertThat(all.contains("jaar=" + c.year()))
                        .as(reader.name() + " facet " + c.year())
                        .isEqualTo(mayRead(reader.name(), c));
                cases++;
            }
            TestBrowser.Response response = browser.get("/zoeken?q=" + COMMON);
            if (signedInBeyondPublic) {
                assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                        .isEqualTo("private, no-store");
            }
        }
        System.out.printf("Search permission matrix, /zoeken (HTML): %d cases%n", cases);
    }

    @Test
    void theApiShowsEachReaderWhatTheReaderMayRead() {
        int cases = 0;
        for (Reader reader : READERS) {
            TestBrowser browser = fixture().browsers().get(reader.name());
            for (Case c : CASES) {
                boolean may = mayRead(reader.name(), c);
                String as = reader.name() + " / " + c.key();
                String id = fixture().papers().get(c.key()).toString();
                for (String word : words(c)) {
                    JsonNode result = json(browser.get("/api/search?q=" + encode(word)));
                    assertThat(result.path("total").asLong())
                            .as(as + " total for " + word)
                            .isEqualTo(may ? 1 : 0);
                    List<String> hits = new ArrayList<>();
                    result.path("hits").forEach(h -> hits.add(h.path("id").asString()));
                    assertThat(hits.contains(id)).as(as + " hit for " + word).isEqualTo(may);
                    if (!word.equals(c.titleWord())) {
                        assertThat(result.toString().contains("<mark>" + word + "</mark>"))
                                .as(as + " snippet for " + word)
                                .isEqualTo(may);
                    }
                    cases++;
                }
                JsonNode spelling = json(browser.get("/api/search?q=" + encode(c.misspelled())));
                assertThat(spelling.path("didYouMean").asString("").contains(c.titleWord()))
                        .as(as + " didYouMean")
                        .isEqualTo(may);
                cases++;
            }
            JsonNode all = json(browser.get("/api/search?q=" + COMMON + "&size=20"));
            long readable =
                    CASES.stream().filter(c -> mayRead(reader.name(), c)).count();
            assertThat(all.path("total").asLong()).as(reader.name() + " total").isEqualTo(readable);
            List<String> years = new ArrayList<>();
            all.path("facets")
                    .path("jaar")
                    .forEach(v -> years.add(v.path("value").asString()));
            for (Case c : CASES) {
                assertThat(years.contains(Integer.toString(c.year())))
                        .as(reader.name() + " facet " + c.year())
                        .isEqualTo(mayRead(reader.name(), c));
                cases++;
            }
        }
        System.out.printf("Search permission matrix, /api/search (JSON): %d cases%n", cases);
    }

    @Test
    void completionOffersOnlyTitlesTheReaderMayRead() {
        int cases = 0;
        for (Reader reader : READERS) {
            TestBrowser browser = fixture().browsers().get(reader.name());
            for (Case c : CASES) {
                String prefix = c.titleWord().substring(0, 5);
                String body =
                        browser.get("/api/search/suggest?q=" + encode(prefix)).body();
                assertThat(body.contains(c.titleWord()))
                        .as(reader.name() + " / " + c.key() + " suggest")
                        .isEqualTo(mayRead(reader.name(), c));
                cases++;
            }
        }
        System.out.printf("Search permission matrix, /api/search/suggest: %d cases%n", cases);
    }

    @Test
    void theSearchFeedIsPublicWhoeverAsks() {
        int cases = 0;
        for (Reader reader : READERS) {
            TestBrowser browser = fixture().browsers().get(reader.name());
            for (Case c : CASES) {
                for (String word : words(c)) {
                    String feed = browser.get("/zoeken.atom?q=" + encode(word)).body();
                    // the feed's own title repeats the query: an entry is the paper's title
                    assertThat(feed.contains("Motie " + c.titleWord()))
                            .as(reader.name() + " / " + c.key() + " feed for " + word)
                            .isEqualTo(c.confidentiality() == null);
                    cases++;
                }
            }
        }
        System.out.printf("Search permission matrix, zoeken.atom: %d cases%n", cases);
    }

    @Test
    void savedSearchMatchesAreDeliveredOnlyAsFarAsTheOwnerMayReadThem() {
        int cases = 0;
        for (Reader reader : READERS) {
            UUID account = fixture().browsers().get(reader.name()).account();
            if (account == null) {
                continue;
            }
            var saved = savedSearches.save(account, "Rietzangers", SearchQuery.of(COMMON), true);
            savedSearches.checkAlerts();
            // as if the baseline had been taken before the papers were published
            jdbc.sql("delete from saved_search_seen where saved_search_id = :id")
                    .param("id", saved.id())
                    .update();
            jdbc.sql("update saved_search set last_checked_at = :at where id = :id")
                    .param("at", OffsetDateTime.now().minusDays(1))
                    .param("id", saved.id())
                    .update();
            savedSearches.checkAlerts();
            List<String> titles = notifications.unread(account, 100).stream()
                    .map(Notification::title)
                    .toList();
            for (Case c : CASES) {
                assertThat(titles.contains("Motie " + c.titleWord()))
                        .as(reader.name() + " / " + c.key() + " alert")
                        .isEqualTo(mayRead(reader.name(), c));
                cases++;
            }
        }
        System.out.printf("Search permission matrix, saved-search alerts: %d cases%n", cases);
    }

    private static List<String> words(Case c) {
        List<String> words = new ArrayList<>(List.of(c.titleWord(), c.descriptionWord()));
        if (c.fileWord() != null) {
            words.add(c.fileWord());
        }
        return words;
    }

    private static JsonNode json(TestBrowser.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String encode(String word) {
        return URLEncoder.encode(word, StandardCharsets.UTF_8);
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
}
