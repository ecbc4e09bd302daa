package nl.statenwerk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Consultation;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.MeetingFile;
import nl.statenwerk.council.MeetingState;
import nl.statenwerk.council.MeetingType;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.PaperSubmitter;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.StoredContent;
import nl.statenwerk.files.StoredFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The permission matrix of issue 5: every GET route of the portal and the APIs × every kind of reader × every access
 * level. Each paper carries a secret word of its own in its title, description and file text; a surface shows a word
 * exactly when {@link Viewer#mayRead} says this reader may read that paper, or, on the surfaces that stay public
 * only (open-data APIs, feeds, bulk exports, search), only when the paper is public. A new GET route that this test
 * does not list fails it.
 */
@StatenwerkTest
class PermissionMatrixIntegrationTest {

    /** How a surface must treat a paper. */
    enum Rule {
        /** the paper (its word) appears, with status 200, exactly when the reader may read it; else a 404 */
        READER_PAGE,
        /** a page that lists papers: a paper's word appears exactly when the reader may read it */
        READER_LIST,
        /** a page or API for one object that stays public only: 200 and the word exactly when the paper is public */
        PUBLIC_PAGE,
        /** lists, feeds, exports and search that stay public only: no word of a paper that is not public */
        PUBLIC_ONLY,
        /** the griffie's screens (and the admin token's API): nobody else gets a page, nor any word */
        GRIFFIE_ONLY,
        /**
         * pages that show a paper only in the reader's own context (search, which indexes in the background and has its
         * own matrix in SearchPermissionMatrixIntegrationTest; the members' environment): a paper's word only when the
         * reader may read it
         */
        NO_LEAK
    }

    /**
     * A surface: the route as mapped, the rule, and the address to ask for a paper of the fixture ({@code null}: not
     * for this paper).
     */
    record Surface(String route, Rule rule, Function<Fixture.Item, @Nullable String> address) {}

    private static final Set<AccessLevel> LEVELS = Set.of(AccessLevel.values());

    @Autowired
    ApplicationContext context;

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @Autowired
    Viewers viewers;

    @LocalServerPort
    int port;

    /** The fixture: two bodies, a paper of each level in body 1 and a besloten one in body 2, each with a PDF. */
    static final class Fixture {
        record Item(String word, AccessLevel level, UUID body, UUID paper, UUID file, UUID meeting) {}

        final List<Item> items = new ArrayList<>();
        UUID body1;
        UUID body2;
        UUID fractieA;
        UUID fractieB;
        UUID committee;
        UUID author;
        UUID named;
        UUID meeting1;
        UUID meeting2;
        UUID item1;
        UUID item2;
        /** A dossier that pins every paper, with a search all of them match, shared with every signed-in reader. */
        UUID dossier;
    }

    @Test
    void everySurfaceShowsEachPaperExactlyToThoseWhoMayReadIt() throws Exception {
        Fixture f = fixture();
        Map<String, TestBrowser> readers = readers(f);
        f.dossier = dossier(f, readers);
        List<Surface> surfaces = surfaces(f);

        Set<String> listed = new TreeSet<>();
        surfaces.forEach(s -> listed.add(s.route()));
        assertThat(listed).as("every GET route is in the matrix").containsExactlyInAnyOrderElementsOf(getRoutes());

        Map<String, Integer> cases = new TreeMap<>();
        Map<String, TestBrowser.Response> fetched = new HashMap<>();
        for (Surface surface : surfaces) {
            for (var reader : readers.entrySet()) {
                Viewer viewer = reader.getValue().account() == null
                        ? Viewer.PUBLIC
                        : viewers.of(reader.getValue().account());
                for (Fixture.Item item : f.items) {
                    String address = surface.address().apply(item);
                    if (address == null) {
                        continue;
                    }
                    TestBrowser.Response response = fetched.computeIfAbsent(
                            reader.getKey() + " " + address,
                            k -> reader.getValue().get(address));
                    boolean may = switch (surface.rule()) {
                        case READER_PAGE, READER_LIST, NO_LEAK ->
                            viewer.mayRead(item.level(), item.body(), f.fractieA, Set.of(f.named));
                        default -> item.level() == AccessLevel.PUBLIC;
                    };
                    String what = surface.route() + " as " + reader.getKey() + " for " + item.level() + " "
                            + item.word() + " (" + address + ")";
                    check(surface, item, may, response, what, reader.getKey());
                    cases.merge(surface.route(), 1, Integer::sum);
                }
            }
        }
        // the downloads themselves: the file's own text, and for geheim the reader's name on every page
        for (var reader : readers.entrySet()) {
            Viewer viewer = reader.getValue().account() == null
                    ? Viewer.PUBLIC
                    : viewers.of(reader.getValue().account());
            for (Fixture.Item item : f.items) {
                HttpResponse<byte[]> download = bytes(reader.getValue(), "/api/files/" + item.file() + "/stuk.pdf");
                boolean may = viewer.mayRead(item.level(), item.body(), f.fractieA, Set.of(f.named));
                String what = "download as " + reader.getKey() + " of " + item.level() + " " + item.word();
                assertThat(download.statusCode()).as(what).isEqualTo(may ? 200 : 404);
                if (may) {
                    String text = text(download.body());
                    assertThat(text).as(what).contains(item.word());
                    if (item.level() == AccessLevel.SECRET) {
                        assertThat(text).as(what).contains("GEHEIM - Test " + roleOf(reader.getKey()));
                        try (PDDocument pdf = Loader.loadPDF(download.body())) {
                            assertThat(pdf.getDocumentInformation().getCustomMetadataValue(Watermark.INFO_KEY))
                                    .as(what)
                                    .contains("Test " + roleOf(reader.getKey()));
                            assertThat(new String(
                                            pdf.getDocumentCatalog()
                                                    .getMetadata()
                                                    .toByteArray(),
                                            java.nio.charset.StandardCharsets.UTF_8))
                                    .contains("GEHEIM - Test ");
                        }
                        try (InputStream stored =
                                files.open(files.find(item.file()).orElseThrow().sha256())) {
                            assertThat(download.body()).as(what).isNotEqualTo(stored.readAllBytes());
                        }
                    }
                    if (item.level() != AccessLevel.PUBLIC) {
                        assertThat(download.headers().firstValue("Cache-Control"))
                                .as(what)
                                .hasValueSatisfying(v -> assertThat(v).contains("no-store", "private"));
                        assertThat(download.headers().firstValue("ETag"))
                                .as(what)
                                .isEmpty();
                    }
                }
                cases.merge("/api/files/{id}/{fileName} (inhoud)", 1, Integer::sum);
            }
        }
        int total = cases.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder report = new StringBuilder("Permission matrix: " + total + " cases\n");
        cases.forEach((route, n) -> report.append(String.format("  %-60s %5d%n", route, n)));
        System.out.println(report);
        assertThat(total).isGreaterThan(1000);
    }

    private void check(
            Surface surface,
            Fixture.Item item,
            boolean may,
            TestBrowser.Response response,
            String what,
            String reader) {
        boolean shows = response.body().contains(item.word());
        switch (surface.rule()) {
            case READER_PAGE -> {
                assertThat(response.status()).as(what).isEqualTo(may ? 200 : 404);
                assertThat(shows).as(what).isEqualTo(may);
                if (may && item.level() != AccessLevel.PUBLIC) {
                    assertThat(response.headers().firstValue("Cache-Control"))
                            .as(what)
                            .hasValueSatisfying(v -> assertThat(v).contains("no-store", "private"));
                    assertThat(response.headers().firstValue("ETag")).as(what).isEmpty();
                }
                if (item.level() == AccessLevel.SECRET) {
                    // the viewer never shows a geheim file's text unmarked (the file's own sentence)
                    assertThat(response.body()).as(what).doesNotContain("Vertrouwelijke tekst over");
                }
            }
            case READER_LIST -> {
                assertThat(response.status()).as(what).isEqualTo(200);
                assertThat(shows).as(what).isEqualTo(may);
                if (may && item.level() != AccessLevel.PUBLIC) {
                    assertThat(response.headers().firstValue("Cache-Control"))
                            .as(what)
                            .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
                }
            }
            case PUBLIC_PAGE -> {
                assertThat(response.status()).as(what).isEqualTo(may ? 200 : 404);
                assertThat(shows).as(what).isEqualTo(may);
            }
            case PUBLIC_ONLY -> {
                if (shows) {
                    assertThat(may)
                            .as(what + " shows a paper that is not public")
                            .isTrue();
                }
            }
            case NO_LEAK -> {
                assertThat(response.status()).as(what).isNotEqualTo(500);
                if (shows) {
                    assertThat(may)
                            .as(what + " shows a paper the reader may not read")
                            .isTrue();
                }
            }
            case GRIFFIE_ONLY -> {
                boolean griffie = reader.equals("griffie") || reader.equals("functioneel beheerder");
                if (!griffie) {
                    assertThat(response.status()).as(what).isNotEqualTo(200);
                    assertThat(shows).as(what).isFalse();
                }
            }
        }
    }

    private static String roleOf(String reader) {
        return switch (reader) {
            case "griffie" -> "GRIFFIE";
            case "lid B (genoemd)" -> "MEMBER";
            default -> reader;
        };
    }

    /** Every surface, with the address to ask for a paper of the fixture. */
    private List<Surface> surfaces(Fixture f) {
        List<Surface> s = new ArrayList<>();
        // the portal's pages for one paper or file, and the lists that show papers
        s.add(new Surface("/stukken/{id}", Rule.READER_PAGE, i -> "/stukken/" + i.paper()));
        s.add(new Surface(
                "/stukken/{paperId}/bestanden/{fileId}",
                Rule.READER_PAGE,
                i -> "/stukken/" + i.paper() + "/bestanden/" + i.file()));
        s.add(new Surface(
                "/vergaderingen/{meetingId}/bestanden/{fileId}",
                Rule.READER_PAGE,
                i -> "/vergaderingen/" + i.meeting() + "/bestanden/" + i.file()));
        s.add(new Surface("/api/files/{id}/{fileName}", Rule.READER_PAGE, i -> null));
        s.add(new Surface("/vergaderingen/{id}", Rule.READER_LIST, i -> "/vergaderingen/" + i.meeting()));
        s.add(new Surface("/personen/{id}", Rule.READER_LIST, i -> "/personen/" + f.author));
        s.add(new Surface("/fracties/{id}", Rule.READER_LIST, i -> "/fracties/" + f.fractieA));
        s.add(new Surface("/", Rule.READER_LIST, i -> "/"));
        // public only, for everybody: the open-data APIs, feeds, bulk exports, overviews (docs/security.md)
        s.add(new Surface("/oparl/v1/{kind}/{id}", Rule.PUBLIC_PAGE, i -> "/oparl/v1/paper/" + i.paper()));
        s.add(new Surface(
                "/api/ori/v2/{collection}/{id}", Rule.PUBLIC_PAGE, i -> "/api/ori/v2/informatieobjecten/" + i.paper()));
        s.add(new Surface("/woo/diwoo/{id}.xml", Rule.PUBLIC_ONLY, i -> "/woo/diwoo/" + i.paper() + ".xml"));
        s.add(new Surface(
                "/oparl/v1/body/{id}/{list}", Rule.PUBLIC_ONLY, i -> "/oparl/v1/body/" + i.body() + "/paper"));
        s.add(new Surface("/oparl/v1/body/{id}", Rule.PUBLIC_ONLY, i -> "/oparl/v1/body/" + i.body()));
        s.add(new Surface("/oparl/v1", Rule.PUBLIC_ONLY, i -> "/oparl/v1"));
        s.add(new Surface("/oparl/v1/system", Rule.PUBLIC_ONLY, i -> "/oparl/v1/system"));
        s.add(new Surface("/oparl/v1/bodies", Rule.PUBLIC_ONLY, i -> "/oparl/v1/bodies"));
        s.add(new Surface(
                "/api/ori/v2/{collection}", Rule.PUBLIC_ONLY, i -> "/api/ori/v2/informatieobjecten?pageSize=100"));
        s.add(new Surface("/vergaderingen", Rule.PUBLIC_ONLY, i -> "/vergaderingen"));
        s.add(new Surface("/moties", Rule.PUBLIC_ONLY, i -> "/moties"));
        s.add(new Surface("/moties.csv", Rule.PUBLIC_ONLY, i -> "/moties.csv"));
        s.add(new Surface("/toezeggingen", Rule.PUBLIC_ONLY, i -> "/toezeggingen"));
        s.add(new Surface("/toezeggingen.csv", Rule.PUBLIC_ONLY, i -> "/toezeggingen.csv"));
        s.add(new Surface("/stukken.atom", Rule.PUBLIC_ONLY, i -> "/stukken.atom"));
        s.add(new Surface("/vergaderingen.ics", Rule.PUBLIC_ONLY, i -> "/vergaderingen.ics"));
        s.add(new Surface("/toegankelijkheid", Rule.PUBLIC_ONLY, i -> "/toegankelijkheid"));
        s.add(new Surface("/toegankelijkheid/documenten", Rule.PUBLIC_ONLY, i -> "/toegankelijkheid/documenten"));
        s.add(new Surface("/robots.txt", Rule.PUBLIC_ONLY, i -> "/robots.txt"));
        s.add(new Surface(
                "/sitemaps/{name}.xml", Rule.PUBLIC_ONLY, i -> "/sitemaps/sitemapindex-diwoo-infocat001.xml"));
        s.add(new Surface("/dossiers/{token}", Rule.PUBLIC_ONLY, i -> "/dossiers/onbekend"));
        s.add(new Surface("/api/dossiers/{token}", Rule.PUBLIC_ONLY, i -> "/api/dossiers/onbekend"));
        // search: made viewer-aware in another branch; until then nothing that is not public, for anyone
        // (asked for a word all papers share: a page that echoes the query must not count as showing the paper)
        s.add(new Surface("/zoeken", Rule.NO_LEAK, i -> "/zoeken?q=polder"));
        s.add(new Surface("/zoeken.atom", Rule.PUBLIC_ONLY, i -> "/zoeken.atom?q=polder"));
        s.add(new Surface("/api/search", Rule.NO_LEAK, i -> "/api/search?q=polder"));
        s.add(new Surface("/api/search/suggest", Rule.NO_LEAK, i -> "/api/search/suggest?q=Motie"));
        // the members' environment: discussions, annotations, workspaces, drafts, their agenda and notifications
        s.add(new Surface("/stukken/{id}/discussie", Rule.NO_LEAK, i -> "/stukken/" + i.paper() + "/discussie"));
        s.add(new Surface(
                "/agendapunten/{id}/discussie",
                Rule.NO_LEAK,
                i -> "/agendapunten/" + (i.body().equals(f.body1) ? f.item1 : f.item2) + "/discussie"));
        s.add(new Surface("/annotaties", Rule.NO_LEAK, i -> "/annotaties?bestand=" + i.file()));
        s.add(new Surface("/mijn/agenda", Rule.NO_LEAK, i -> "/mijn/agenda"));
        s.add(new Surface("/mijn/agenda/feed/{token}.ics", Rule.NO_LEAK, i -> "/mijn/agenda/feed/onbekend.ics"));
        s.add(new Surface("/mijn/instellingen", Rule.NO_LEAK, i -> "/mijn/instellingen"));
        s.add(new Surface("/mijn/meldingen", Rule.NO_LEAK, i -> "/mijn/meldingen"));
        s.add(new Surface("/mijn/zoekopdrachten", Rule.NO_LEAK, i -> "/mijn/zoekopdrachten"));
        s.add(new Surface("/mijn/dossiers", Rule.NO_LEAK, i -> "/mijn/dossiers"));
        s.add(new Surface("/mijn/dossiers/{id}", Rule.NO_LEAK, i -> "/mijn/dossiers/" + f.dossier));
        s.add(new Surface("/werkruimtes", Rule.NO_LEAK, i -> "/werkruimtes?q=polder"));
        s.add(new Surface("/werkruimtes/{id}", Rule.NO_LEAK, i -> "/werkruimtes/" + i.paper()));
        s.add(new Surface("/werkruimtes/documenten/{item}", Rule.NO_LEAK, i -> "/werkruimtes/documenten/" + i.paper()));
        s.add(new Surface(
                "/werkruimtes/documenten/{item}/versies/{number}",
                Rule.NO_LEAK,
                i -> "/werkruimtes/documenten/" + i.paper() + "/versies/1"));
        s.add(new Surface("/concepten", Rule.NO_LEAK, i -> "/concepten"));
        s.add(new Surface("/concepten/{id}", Rule.NO_LEAK, i -> "/concepten/" + i.paper()));
        s.add(new Surface("/concepten/{id}/stroom", Rule.NO_LEAK, i -> "/concepten/" + i.paper() + "/stroom"));
        s.add(new Surface("/concepten/{id}/tekst.txt", Rule.NO_LEAK, i -> "/concepten/" + i.paper() + "/tekst.txt"));
        s.add(new Surface("/concepten/{id}/motie.pdf", Rule.NO_LEAK, i -> "/concepten/" + i.paper() + "/motie.pdf"));
        // sign-in and the reader's own page show no paper
        s.add(new Surface("/inloggen", Rule.PUBLIC_ONLY, i -> "/inloggen"));
        s.add(new Surface("/inloggen/code", Rule.PUBLIC_ONLY, i -> "/inloggen/code"));
        s.add(new Surface("/inloggen/tweede-factor", Rule.PUBLIC_ONLY, i -> "/inloggen/tweede-factor"));
        s.add(new Surface("/eerste-gebruik", Rule.PUBLIC_ONLY, i -> "/eerste-gebruik"));
        s.add(new Surface("/mijn", Rule.PUBLIC_ONLY, i -> "/mijn"));
        s.add(new Surface("/error", Rule.PUBLIC_ONLY, i -> "/error"));
        // the griffie's screens and the admin token's API
        String paperFile = "{paper}/{file}";
        for (String route : List.of(
                "/beheer/archief",
                "/beheer/archief/{id}.zip",
                "/beheer/vernietiging",
                "/beheer/vernietiging/telling",
                "/beheer/vernietiging/lijsten/{id}",
                "/beheer/vernietiging/lijsten/{id}/verklaring",
                "/beheer/woo-verzoeken",
                "/beheer/woo-verzoeken/{id}",
                "/beheer/publicatie",
                "/beheer/lakken",
                "/beheer/lakken/{paperId}/{fileId}",
                "/beheer/lakken/inventaris",
                "/beheer/lakken/inventaris.csv",
                "/beheer/naleving",
                "/beheer/naleving.pdf",
                "/beheer/toegang/stukken/{paperId}",
                "/beheer/toegang/accounts",
                "/beheer/werkruimtes",
                "/api/beheer/imports",
                "/api/beheer/imports/{id}",
                "/api/beheer/moties/{id}/afdoening",
                "/api/beheer/toezeggingen/{id}/afdoening")) {
            s.add(new Surface(
                    route,
                    Rule.GRIFFIE_ONLY,
                    i -> route.replace("{paperId}/{fileId}", paperFile)
                            .replace(paperFile, i.paper() + "/" + i.file())
                            .replace("{id}", i.paper().toString())
                            .replace("{paperId}", i.paper().toString())));
        }
        return s;
    }

    /** The GET routes the application maps, as their patterns. */
    private Set<String> getRoutes() {
        Set<String> routes = new TreeSet<>();
        RequestMappingHandlerMapping mapping =
                context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                routes.addAll(info.getPatternValues());
            }
        }
        return routes;
    }

    private Map<String, TestBrowser> readers(Fixture f) {
        CouncilFactory factory = new CouncilFactory(council);
        UUID memberA = factory.person(f.body1, "Anna Fractie-A");
        factory.membership(memberA, f.fractieA, f.body1, null, null);
        UUID memberB = f.named;
        factory.membership(memberB, f.fractieB, f.body1, null, null);
        UUID member2 = factory.person(f.body2, "Tweede Statenlid");
        UUID committeeMember = factory.person(f.body1, "Carla Commissie");
        factory.membership(committeeMember, f.committee, f.body1, null, null);
        UUID staff = factory.person(f.body1, "Frits Medewerker");
        factory.membership(staff, f.fractieA, f.body1, null, null);
        UUID deputy = factory.person(f.body1, "Greet Gedeputeerde");
        Map<String, TestBrowser> readers = new LinkedHashMap<>();
        readers.put("anoniem", new TestBrowser(port));
        readers.put("RESIDENT", TestBrowser.signedIn(context, port, Role.RESIDENT, null));
        readers.put("MEMBER", TestBrowser.signedIn(context, port, Role.MEMBER, memberA));
        readers.put("lid B (genoemd)", TestBrowser.signedIn(context, port, Role.MEMBER, memberB));
        readers.put("lid orgaan 2", TestBrowser.signedIn(context, port, Role.MEMBER, member2));
        readers.put("COMMITTEE_MEMBER", TestBrowser.signedIn(context, port, Role.COMMITTEE_MEMBER, committeeMember));
        readers.put("FRACTION_STAFF", TestBrowser.signedIn(context, port, Role.FRACTION_STAFF, staff));
        readers.put("DEPUTY", TestBrowser.signedIn(context, port, Role.DEPUTY, deputy));
        readers.put("griffie", TestBrowser.signedIn(context, port, Role.GRIFFIE, null));
        readers.put("functioneel beheerder", TestBrowser.signedIn(context, port, Role.ADMINISTRATOR, null));
        return readers;
    }

    /** The dossier of the fixture, owned by an account of its own and shared with every signed-in reader. */
    private UUID dossier(Fixture f, Map<String, TestBrowser> readers) {
        var accounts = context.getBean(nl.statenwerk.accounts.Accounts.class);
        var dossiers = context.getBean(nl.statenwerk.dossiers.Dossiers.class);
        UUID owner = accounts.create(
                        "Dossierhouder",
                        "dossier-" + UUID.randomUUID() + "@example.test",
                        nl.statenwerk.accounts.DigestPreference.NONE)
                .id();
        UUID dossier = dossiers.create(owner, "Polders").id();
        for (Fixture.Item item : f.items) {
            dossiers.pin(owner, dossier, item.paper(), "Notitie");
        }
        UUID search = context.getBean(nl.statenwerk.alerts.SavedSearches.class)
                .save(owner, "Polder", nl.statenwerk.search.SearchQuery.of("polder"), false)
                .id();
        dossiers.addSavedSearch(owner, dossier, search);
        for (TestBrowser reader : readers.values()) {
            if (reader.account() != null) {
                dossiers.shareWith(owner, dossier, reader.account());
            }
        }
        return dossier;
    }

    private Fixture fixture() throws Exception {
        CouncilFactory factory = new CouncilFactory(council);
        Fixture f = new Fixture();
        f.body1 = factory.body("Provinciale Staten van Matrixland");
        f.body2 = factory.body("Provinciale Staten van Elders");
        f.fractieA = factory.organization(f.body1, "Fractie Alfa", OrganizationClassification.FRACTIE);
        f.fractieB = factory.organization(f.body1, "Fractie Beta", OrganizationClassification.FRACTIE);
        f.committee = factory.organization(f.body1, "Commissie Bestuur", OrganizationClassification.COMMISSIE);
        f.author = factory.person(f.body1, "Ina Indiener");
        factory.membership(f.author, f.fractieA, f.body1, null, null);
        f.named = factory.person(f.body1, "Bert Genoemd");
        f.meeting1 = meeting(f.body1);
        f.meeting2 = meeting(f.body2);
        UUID item1 = agendaItem(f.body1, f.meeting1);
        UUID item2 = agendaItem(f.body2, f.meeting2);
        f.item1 = item1;
        f.item2 = item2;
        Map<AccessLevel, String> words = new EnumMap<>(AccessLevel.class);
        words.put(AccessLevel.PUBLIC, "Zilverreiger");
        words.put(AccessLevel.CLOSED, "Korhoenders");
        words.put(AccessLevel.SECRET, "Roerdompen");
        words.put(AccessLevel.FRACTION_INTERNAL, "Grutto");
        for (AccessLevel level : AccessLevel.values()) {
            f.items.add(paper(f, f.body1, f.meeting1, item1, level, words.get(level)));
        }
        f.items.add(paper(f, f.body2, f.meeting2, item2, AccessLevel.CLOSED, "Tapuiten"));
        return f;
    }

    private Fixture.Item paper(Fixture f, UUID body, UUID meeting, UUID item, AccessLevel level, String word)
            throws Exception {
        String confidentiality = switch (level) {
            case PUBLIC -> null;
            case CLOSED -> "besloten";
            case SECRET -> "geheim";
            case FRACTION_INTERNAL -> "fractie-intern";
        };
        UUID paper = council.save(
                        Paper.written(
                                body,
                                "Motie over de " + word,
                                null,
                                LocalDate.now(),
                                PaperType.MOTIE,
                                confidentiality,
                                "Toelichting: " + word + " in de polder"),
                        null)
                .id();
        council.setPaperReaders(
                paper,
                level == AccessLevel.FRACTION_INTERNAL ? f.fractieA : null,
                level == AccessLevel.SECRET ? Set.of(f.named) : Set.of());
        byte[] pdf = pdf("Vertrouwelijke tekst over " + word);
        StoredContent content = files.store(new java.io.ByteArrayInputStream(pdf), "application/pdf", "stuk.pdf");
        UUID file = files.save(
                        StoredFile.of(
                                body,
                                "test:matrix:" + UUID.randomUUID(),
                                "Bijlage " + word,
                                "stuk.pdf",
                                "application/pdf",
                                content),
                        null)
                .id();
        council.links().replacePaperFiles(paper, List.of(new PaperFile(paper, file, PaperFile.Role.MAIN, 0)));
        List<MeetingFile> meetingFiles = new ArrayList<>(council.links().meetingFiles(meeting));
        meetingFiles.add(new MeetingFile(meeting, file, MeetingFile.Role.AUXILIARY));
        council.links().replaceMeetingFiles(meeting, meetingFiles);
        council.save(
                new Consultation(
                        null,
                        body,
                        "test:matrix:" + UUID.randomUUID(),
                        paper,
                        item,
                        meeting,
                        null,
                        null,
                        true,
                        null,
                        null,
                        null),
                null);
        council.save(
                new PaperSubmitter(
                        null, body, "test:matrix:" + UUID.randomUUID(), paper, f.author, null, null, null, null, null),
                null);
        council.save(
                new PaperSubmitter(
                        null,
                        body,
                        "test:matrix:" + UUID.randomUUID(),
                        paper,
                        null,
                        f.fractieA,
                        null,
                        null,
                        null,
                        null),
                null);
        return new Fixture.Item(word, level, body, paper, file, meeting);
    }

    private UUID meeting(UUID body) {
        return council.save(
                        new Meeting(
                                null,
                                body,
                                "test:matrix:" + UUID.randomUUID(),
                                "Statenvergadering",
                                MeetingType.STATENVERGADERING,
                                MeetingState.PLANNED,
                                LocalDate.now(),
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
                        null)
                .id();
    }

    private UUID agendaItem(UUID body, UUID meeting) {
        return council.save(
                        new AgendaItem(
                                null,
                                body,
                                "test:matrix:" + UUID.randomUUID(),
                                meeting,
                                null,
                                "1",
                                1,
                                "Moties",
                                null,
                                null,
                                false,
                                false,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 750);
                cs.showText(text);
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private HttpResponse<byte[]> bytes(TestBrowser browser, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        String session = browser.cookie("statenwerk-sessie");
        if (session != null) {
            request.header("Cookie", "statenwerk-sessie=" + session);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
