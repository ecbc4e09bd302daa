package nl.statenwerk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.api.ApiFixture;
import nl.statenwerk.council.Council;
import nl.statenwerk.dossiers.Dossiers;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.portal.view.Views;
import nl.statenwerk.search.SearchIndex;
import nl.statenwerk.search.SearchQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Every portal page type over the fixture: it answers, shows what it should, and never the secret paper. */
@StatenwerkTest
@Import(PortalTestConfiguration.class)
class PortalPagesIntegrationTest {

    private static final String SECRET_TITLE = "Geheim voorstel grondaankoop";

    @LocalServerPort
    int port;

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @Autowired
    Accounts accounts;

    @Autowired
    Dossiers dossiers;

    @Autowired
    SearchIndex index;

    ApiFixture fixture;
    PortalFixture portal;
    PortalClient client;

    @BeforeEach
    void seed() {
        portal = PortalFixture.seed(council, files, index);
        fixture = portal.api();
        client = new PortalClient(port);
    }

    private PortalClient.Page ok(String path) {
        PortalClient.Page page = client.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.body()).as(path).contains("<html lang=\"nl\"").doesNotContain(SECRET_TITLE);
        assertThat(page.body()).as(path).contains("href=\"#main\"").contains("id=\"main\"");
        return page;
    }

    @Test
    void aSharedDossierShowsItsPublicPinnedPapersWithTheirNotesEscaped() {
        UUID owner = accounts.create("Griffie", "griffie-" + UUID.randomUUID() + "@example.test", DigestPreference.NONE)
                .id();
        UUID dossier = dossiers.create(owner, "Fietsbeleid").id();
        dossiers.pin(owner, dossier, fixture.publicPaper(), "Zie <b>vooral</b> de stemming");
        dossiers.pin(owner, dossier, fixture.secretPaper(), "Vertrouwelijke notitie");
        String token = dossiers.publish(owner, dossier);

        PortalClient.Page page = ok("/dossiers/" + token);

        assertThat(page.body())
                .contains("Fietsbeleid")
                .contains("/stukken/" + fixture.publicPaper())
                .contains("Motie over fietspaden")
                .contains("Zie &lt;b&gt;vooral&lt;/b&gt; de stemming")
                .doesNotContain("<b>vooral</b>")
                .doesNotContain("Vertrouwelijke notitie")
                .doesNotContain(fixture.secretPaper().toString());
        dossiers.unpublish(owner, dossier);
        assertThat(client.get("/dossiers/" + token).status()).isEqualTo(404);
        assertThat(client.get("/dossiers/onbekend").status()).isEqualTo(404);
    }

    @Test
    void homeShowsMeetingsLatestPublicPapersFractiesAndTheSearchForm() {
        String body = ok("/").body();
        assertThat(body)
                .contains("/vergaderingen/" + fixture.meeting())
                .contains("/stukken/" + fixture.publicPaper())
                .contains("Motie over fietspaden")
                .contains("/fracties/" + fixture.fractie())
                .contains("action=\"/zoeken\"")
                .contains("/toegankelijkheid")
                .doesNotContain(fixture.secretPaper().toString());
    }

    @Test
    void meetingShowsNumberedAgendaWithSubItemsPapersAndVotesButNotTheSecretPaper() {
        String body = ok("/vergaderingen/" + fixture.meeting()).body();
        assertThat(body)
                .contains("Moties en voorstellen")
                .contains("Motie fietspaden")
                .contains(">1a</span>")
                .contains("Statenzaal, Den Haag")
                .contains("Gehouden")
                .contains("/stukken/" + fixture.publicPaper())
                .contains("Aangenomen")
                .doesNotContain("Verworpen")
                .doesNotContain(fixture.secretPaper().toString());
    }

    @Test
    void meetingsListFiltersPerCommissie() {
        String all = ok("/vergaderingen").body();
        assertThat(all).contains("Statenvergadering").contains("Commissie Bestuur");
        UUID committee = council.idOf(nl.statenwerk.council.Organization.class, "fixture:org:bestuur")
                .orElseThrow();
        String filtered = ok("/vergaderingen?orgaan=" + committee).body();
        assertThat(filtered)
                .contains("/vergaderingen/"
                        + council.idOf(nl.statenwerk.council.Meeting.class, "fixture:meeting:committee")
                                .orElseThrow())
                .doesNotContain("/vergaderingen/" + fixture.meeting() + "\"");
    }

    @Test
    void paperShowsMetadataRouteFilesSubmittersAndTheVoteTablePerFractie() {
        String body = ok("/stukken/" + fixture.publicPaper()).body();
        assertThat(body)
                .contains("Motie over fietspaden")
                .contains("2025-public")
                .contains("/api/files/" + fixture.publicFile() + "/motie%20fietspaden.txt")
                .contains("href=\"/stukken/" + fixture.publicPaper() + "/bestanden/" + fixture.publicFile() + "\"")
                .contains("/vergaderingen/" + fixture.meeting())
                .contains("/personen/" + fixture.person())
                .contains("<caption")
                .contains("scope=\"col\"")
                .contains("VVD")
                .contains("GroenLinks");
    }

    @Test
    void theFileLinkOfAPaperDownloads() {
        assertThat(client.get("/api/files/" + fixture.publicFile() + "/motie%20fietspaden.txt")
                        .body())
                .isEqualTo(ApiFixture.FILE_TEXT);
    }

    @Test
    void personShowsMembershipsAndSubmittedPublicPapersOnly() {
        String body = ok("/personen/" + fixture.person()).body();
        assertThat(body)
                .contains("Jan de Vries")
                .contains("/fracties/" + fixture.fractie())
                .contains("Commissie Bestuur")
                .contains("/stukken/" + fixture.publicPaper());
        UUID anna = council.idOf(nl.statenwerk.council.Person.class, "fixture:person:anna")
                .orElseThrow();
        String annasPage = ok("/personen/" + anna).body();
        int votes = annasPage.indexOf("Stemgedrag");
        // she submitted only the secret paper; the public paper she voted against is under her votes
        assertThat(annasPage.substring(0, votes)).contains("Anna Jansen").doesNotContain("/stukken/");
        assertThat(annasPage.substring(votes))
                .contains("href=\"/stukken/" + fixture.publicPaper() + "\"")
                .contains("Tegen")
                .doesNotContain(fixture.secretPaper().toString());
    }

    @Test
    void fractieShowsMembersSubmittedPapersAndItsVotes() {
        String body = ok("/fracties/" + fixture.fractie()).body();
        assertThat(body)
                .contains("VVD")
                .contains("/personen/" + fixture.person())
                .contains("/stukken/" + fixture.publicPaper());
        String votes = body.substring(body.indexOf("Stemgedrag"));
        assertThat(votes)
                .contains("Hoe VVD stemde, de nieuwste eerst")
                .contains("De laatste stemming van 1 stemming.")
                .contains("href=\"/stukken/" + fixture.publicPaper() + "\"")
                .contains("Voor")
                .contains("Aangenomen")
                .doesNotContain(fixture.secretPaper().toString());
    }

    @Test
    void personShowsTheirOwnPublicVotesOnly() {
        String body = ok("/personen/" + fixture.person()).body();
        String votes = body.substring(body.indexOf("Stemgedrag"));
        assertThat(votes)
                .contains("De laatste stem van 1 stem.")
                .contains("href=\"/stukken/" + fixture.publicPaper() + "\"")
                .contains("Voor")
                .doesNotContain(fixture.secretPaper().toString())
                .doesNotContain(SECRET_TITLE);
    }

    @Test
    void accessibilityStatementIsThere() {
        assertThat(ok("/toegankelijkheid").body())
                .contains("Toegankelijkheidsverklaring")
                .contains("WCAG 2.2");
    }

    @Test
    void aMeetingOrPaperDeletedAtItsSourceIsTheSame404AsAnUnknownOne() {
        UUID meeting = council.save(
                        new nl.statenwerk.council.Meeting(
                                null,
                                fixture.body(),
                                "portal:deleted:meeting",
                                "Vervallen vergadering",
                                nl.statenwerk.council.MeetingType.values()[0],
                                nl.statenwerk.council.MeetingState.values()[0],
                                java.time.LocalDate.of(2025, 5, 1),
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
        UUID paper = council.save(
                        nl.statenwerk.council.Paper.written(
                                fixture.body(),
                                "Ingetrokken stuk",
                                null,
                                java.time.LocalDate.of(2025, 5, 1),
                                nl.statenwerk.council.PaperType.MOTIE,
                                null,
                                null),
                        null)
                .id();
        assertThat(client.get("/vergaderingen/" + meeting).status()).isEqualTo(200);
        assertThat(client.get("/stukken/" + paper).status()).isEqualTo(200);
        council.delete(nl.statenwerk.council.Meeting.class, meeting);
        council.delete(nl.statenwerk.council.Paper.class, paper);
        assertThat(client.get("/vergaderingen/" + meeting).status()).isEqualTo(404);
        assertThat(client.get("/stukken/" + paper).status()).isEqualTo(404);
    }

    @Test
    void secretUnknownAndMalformedObjectsAreTheSameFriendly404() {
        PortalClient.Page secret = client.get("/stukken/" + fixture.secretPaper());
        UUID unknownId = UUID.randomUUID();
        PortalClient.Page unknown = client.get("/stukken/" + unknownId);
        PortalClient.Page malformed = client.get("/stukken/niet-een-id");
        assertThat(secret.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
        // The same page, but for the address in the language switch.
        assertThat(secret.body().replace(fixture.secretPaper().toString(), "ID"))
                .isEqualTo(unknown.body().replace(unknownId.toString(), "ID"))
                .contains("Pagina niet gevonden")
                .doesNotContain(SECRET_TITLE);
        assertThat(client.get("/fracties/" + fixture.person()).status()).isEqualTo(404);
    }

    @Test
    void englishIsChosenWithLangAndRemembered() {
        PortalClient.Page english = client.get("/?lang=en");
        assertThat(english.body())
                .contains("<html lang=\"en\"")
                .contains("Upcoming meetings")
                .contains("Latest papers");
        PortalClient.Page withCookie = client.get("/vergaderingen", "Cookie", "statenwerk-lang=en");
        assertThat(withCookie.body()).contains("<html lang=\"en\"").contains("Show meetings");
        assertThat(client.get("/", "Accept-Language", "en").body()).contains("<html lang=\"nl\"");
        assertThat(ok("/zoeken?q=windmolens&lang=nl&type=voorstel").body())
                .contains("href=\"/zoeken?q=windmolens&amp;type=voorstel&amp;lang=en\"");
    }

    @Test
    void everyPageLinksToTheSearchPageAndHomeHasTheSearchBox() {
        assertThat(ok("/").body()).contains("href=\"/zoeken\"").contains("name=\"q\"");
        assertThat(ok("/vergaderingen").body())
                .contains("href=\"/zoeken\"")
                .contains("id=\"header-q\"")
                .contains("data-suggest=\"/api/search/suggest\"");
    }

    @Test
    void searchWithoutWordsShowsTheFormWithALabelAndTips() {
        String body = ok("/zoeken").body();
        assertThat(body)
                .contains("<label class=\"utrecht-form-label\" for=\"q\">")
                .contains("Zoek in de stukken")
                .doesNotContain("resultaten");
    }

    @Test
    void searchShowsHitsWithTypeDateBodyHighlightedSnippetAndTheLinkToThePageInTheViewer() {
        String body = ok("/zoeken?q=windmolens").body();
        assertThat(body)
                .contains("<title>Zoeken naar windmolens: 1 resultaat | Provinciale Staten</title>")
                .contains("1 resultaat voor ‘windmolens’")
                .contains("href=\"/stukken/" + portal.pdfPaper() + "\">Statenvoorstel windparken Noordoostpolder</a>")
                .contains("Statenvoorstel · 20 februari 2025 · Provinciale Staten van Zuid-Holland")
                .contains("<mark>windmolens</mark>")
                .contains("href=\"/stukken/" + portal.pdfPaper() + "/bestanden/" + portal.pdfFile()
                        + "?pagina=2#pagina-2\">Lees op pagina 2");
    }

    @Test
    void facetsAreFilterLinksWithCountsAndActiveFiltersCanBeRemoved() {
        String body = ok("/zoeken?q=fietspaden").body();
        assertThat(body)
                .contains("<h3 class=\"utrecht-heading-3\">Soort</h3>")
                .contains(
                        "href=\"/zoeken?q=fietspaden&amp;type=motie\">Motie <span class=\"statenwerk-facet__count\">(1)</span>")
                .contains("href=\"/zoeken?q=fietspaden&amp;jaar=2025\"");
        String filtered = ok("/zoeken?q=fietspaden&type=motie").body();
        assertThat(filtered)
                .contains("Gekozen filters:")
                .contains("href=\"/zoeken?q=fietspaden\">Soort: Motie")
                .contains("<input type=\"hidden\" name=\"type\" value=\"motie\">")
                .doesNotContain("<h3 class=\"utrecht-heading-3\">Soort</h3>");
        assertThat(ok("/zoeken?q=fietspaden&type=vergadering").body()).contains("Er is niets gevonden.");
    }

    @Test
    void aPeriodNarrowsTheSearchKeepsTheRestAndCanBeRemoved() {
        String all = ok("/zoeken?q=fietspaden&type=motie").body();
        assertThat(all)
                .contains("<legend class=\"utrecht-heading-3\">Periode</legend>")
                .contains("type=\"date\" id=\"periode-van\" name=\"van\"")
                // choosing a period keeps the words and the other filters
                .contains("<input type=\"hidden\" name=\"q\" value=\"fietspaden\">");
        String within = ok("/zoeken?q=fietspaden&type=motie&van=2025-01-01&tot=2025-12-31")
                .body();
        assertThat(within)
                .contains("Motie over fietspaden")
                .contains("Vanaf: 1 januari 2025")
                .contains("Tot en met: 31 december 2025")
                .contains("href=\"/zoeken?q=fietspaden&amp;type=motie&amp;tot=2025-12-31\">Vanaf")
                .contains("name=\"van\" value=\"2025-01-01\"");
        assertThat(ok("/zoeken?q=fietspaden&type=motie&van=2026-01-01").body())
                .contains("Er is niets gevonden.")
                .doesNotContain("Motie over fietspaden");
        assertThat(ok("/zoeken?q=fietspaden&type=motie&tot=2024-12-31").body()).contains("Er is niets gevonden.");
        // what is not a date does not filter, as a reader typed it
        assertThat(ok("/zoeken?q=fietspaden&type=motie&van=gisteren").body())
                .contains("Motie over fietspaden")
                .doesNotContain("Vanaf: ");
    }

    @Test
    void resultsArePagedWithAnAccessibleNavigation() {
        String first = ok("/zoeken?q=dijkversterking").body();
        assertThat(first)
                .contains(PortalFixture.DIKE_PAPERS + " resultaten")
                .contains("<nav class=\"utrecht-pagination")
                .contains("aria-label=\"Pagina’s met resultaten\"")
                .contains("href=\"/zoeken?q=dijkversterking\" aria-current=\"page\"")
                .contains("href=\"/zoeken?q=dijkversterking&amp;pagina=2\" rel=\"next\"");
        assertThat(first.split("class=\"statenwerk-result\"")).hasSize(11);
        String second = ok("/zoeken?q=dijkversterking&pagina=2").body();
        assertThat(second)
                .contains("<ol class=\"statenwerk-results\" start=\"11\">")
                .contains("href=\"/zoeken?q=dijkversterking&amp;pagina=2\" aria-current=\"page\"")
                .contains("rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
        assertThat(second.split("class=\"statenwerk-result\"")).hasSize(PortalFixture.DIKE_PAPERS - 10 + 1);
    }

    @Test
    void sortingByDateKeepsTheQueryAndPutsTheNewestFirst() {
        String body = ok("/zoeken?q=dijkversterking&sortering=datum").body();
        assertThat(body)
                .contains("<span aria-current=\"true\" class=\"statenwerk-sort__current\">datum, nieuwste eerst</span>")
                .contains("href=\"/zoeken?q=dijkversterking\">relevantie</a>");
        assertThat(body.indexOf("deel 12<")).isLessThan(body.indexOf("deel 11<"));
    }

    @Test
    void aMisspelledQueryOffersTheSpellingTheIndexKnows() {
        String body = ok("/zoeken?q=windmolents").body();
        assertThat(body).contains("Bedoelde u <a class=\"utrecht-link\" href=\"/zoeken?q=windmolens\">windmolens</a>?");
    }

    @Test
    void scriptInTitlesAndTextComesOutEscaped() {
        String body = ok("/zoeken?q=zonnepanelen").body();
        assertThat(body)
                .contains("/stukken/" + portal.scriptPaper())
                .doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert(");
        assertThat(ok("/stukken/" + portal.scriptPaper()).body()).doesNotContain("<script>alert");
    }

    @Test
    void aQueryTooLongOrAPageTooDeepIsAFriendlyBadRequest() {
        PortalClient.Page tooLong = client.get("/zoeken?q=" + "a".repeat(SearchQuery.MAX_LENGTH + 1));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body())
                .contains("Deze zoekvraag kunnen we niet uitvoeren")
                .contains("<html lang=\"nl\"");
        assertThat(client.get("/zoeken?q=dijk&pagina=100000").status()).isEqualTo(400);
        assertThat(ok("/zoeken?q=dijkversterking&pagina=abc&jaar=geen").body()).contains("12 resultaten");
    }

    @Test
    void theViewerShowsTheTextPerPageWithAnchorsAndOpensThePdfAtTheAskedPage() {
        String body = ok("/stukken/" + portal.pdfPaper() + "/bestanden/" + portal.pdfFile() + "?pagina=2")
                .body();
        assertThat(body)
                .contains("<section class=\"statenwerk-page-text\" id=\"pagina-2\"")
                .contains(PortalFixture.PDF_PAGE_2)
                .contains("data-page=\"2\"")
                .contains("data-pdf=\"/api/files/" + portal.pdfFile() + "/windparken.pdf\"")
                .containsPattern("<script type=\"module\" src=\"/js/viewer-[0-9a-f]+\\.js\"></script>")
                .containsPattern("data-worker=\"/vendor/pdfjs/pdf\\.worker\\.min-[0-9a-f]+\\.mjs\"")
                .contains("href=\"/stukken/" + portal.pdfPaper() + "\">Statenvoorstel windparken Noordoostpolder");
        assertThat(ok("/stukken/" + portal.pdfPaper()).body())
                .contains("href=\"/stukken/" + portal.pdfPaper() + "/bestanden/" + portal.pdfFile() + "\"");
        assertThat(ok("/stukken/" + portal.pdfPaper() + "/bestanden/" + portal.pdfFile() + "?pagina=99")
                        .body())
                .contains("data-page=\"3\"");
    }

    @Test
    void aFileThatIsNotAPdfHasItsTextAndNoPdfViewer() {
        String body = ok("/stukken/" + fixture.publicPaper() + "/bestanden/" + fixture.publicFile())
                .body();
        assertThat(body)
                .contains(ApiFixture.FILE_TEXT)
                .doesNotContain("data-pdf")
                .doesNotContain("viewer-");
        assertThat(ok("/vergaderingen/" + fixture.meeting() + "/bestanden/" + portal.minutes())
                        .body())
                .contains("Besluitenlijst van de Statenvergadering.");
    }

    @Test
    void aFileOfANonPublicPaperOrOfAnotherPaperIsTheSame404() {
        for (String path : List.of(
                "/stukken/" + fixture.secretPaper() + "/bestanden/" + portal.secretFile(),
                "/stukken/" + fixture.publicPaper() + "/bestanden/" + portal.secretFile(),
                "/stukken/" + fixture.publicPaper() + "/bestanden/" + portal.pdfFile(),
                "/stukken/" + fixture.publicPaper() + "/bestanden/" + UUID.randomUUID(),
                "/vergaderingen/" + fixture.meeting() + "/bestanden/" + fixture.publicFile(),
                "/stukken/" + fixture.publicPaper() + "/bestanden/geen-id")) {
            PortalClient.Page page = client.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Pagina niet gevonden").doesNotContain("Geheim");
        }
    }

    @Test
    void anUnknownAddressIsTheFriendlyDutch404() {
        PortalClient.Page page = client.get("/bestaat/niet", "Accept", "text/html");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body())
                .contains("<html lang=\"nl\"")
                .contains("Pagina niet gevonden")
                .contains("/bestaat/niet?lang=en");
    }

    @Test
    void anErrorIsTheFriendlyDutch500WithoutDetails() {
        PortalClient.Page page = client.get(PortalTestConfiguration.FAILING_PAGE, "Accept", "text/html");
        assertThat(page.status()).isEqualTo(500);
        assertThat(page.body())
                .contains("<html lang=\"nl\"")
                .contains("Er ging iets mis")
                .contains("href=\"#main\"")
                .doesNotContain(PortalTestConfiguration.FAILURE)
                .doesNotContain("IllegalStateException")
                .doesNotContainIgnoringCase("trace");
        assertThat(client.get(PortalTestConfiguration.FAILING_PAGE + "?lang=en", "Accept", "text/html")
                        .body())
                .contains("Something went wrong");
    }

    @Test
    void pagesAreCompressedForClientsThatAcceptIt() {
        PortalClient.Page home = client.get("/", "Accept-Encoding", "gzip");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void pagesAreCachedForAMinuteAndRevalidatedWithTheirETag() {
        PortalClient.Page home = client.get("/");
        assertThat(home.header("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(home.headers().allValues("Vary"))
                .anySatisfy(v -> assertThat(v).containsIgnoringCase("Cookie"));
        String etag = home.header("ETag");
        assertThat(etag).isNotBlank();
        PortalClient.Page again = client.get("/", "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(client.get("/zoeken?q=dijk").header("Cache-Control")).isEqualTo("public, max-age=60");
    }

    @Test
    void choosingALanguageAndErrorsAreNotCachedPublicly() {
        assertThat(client.get("/?lang=en").header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(client.get("/stukken/" + fixture.secretPaper()).header("Cache-Control"))
                .isEqualTo("no-store");
    }

    @Test
    void staticFilesHaveTheirContentHashInTheAddressAndAreCachedForAYear() {
        Matcher css = Pattern.compile("href=\"(/portal-[0-9a-f]+\\.css)\"").matcher(ok("/").body());
        assertThat(css.find()).isTrue();
        PortalClient.Page file = client.get(css.group(1));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Cache-Control")).contains("max-age=31536000").contains("public");
        PortalClient.Page worker = client.get("/vendor/pdfjs/pdf.worker.min.mjs");
        assertThat(worker.header("Content-Type")).startsWith("text/javascript");
        // the viewer names the decoders' directory; it must be the one frontend/build.sh copied
        for (String decoder : List.of("jbig2.wasm", "openjpeg.wasm", "qcms_bg.wasm")) {
            PortalClient.Page wasm = client.get(Views.PDFJS_WASM + decoder);
            assertThat(wasm.status()).as(decoder).isEqualTo(200);
            assertThat(wasm.header("Content-Type")).as(decoder).isEqualTo("application/wasm");
        }
    }

    @Test
    void theCssAndJavaScriptOfAPageWeighUnder100KbAsTransferred() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Pattern asset = Pattern.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js|mjs))\"");
        for (String path : List.of("/", "/zoeken?q=dijkversterking", "/stukken/" + fixture.publicPaper())) {
            Matcher m = asset.matcher(ok(path).body());
            long bytes = 0;
            int files = 0;
            while (m.find()) {
                HttpResponse<byte[]> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + m.group(1)))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(response.statusCode()).as(m.group(1)).isEqualTo(200);
                bytes += response.body().length;
                files++;
            }
            assertThat(files).as(path).isGreaterThanOrEqualTo(3);
            assertThat(bytes).as(path + ": CSS and JavaScript, compressed").isLessThan(100_000);
        }
    }
}
