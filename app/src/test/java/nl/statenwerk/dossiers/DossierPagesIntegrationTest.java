package nl.statenwerk.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.PaperBundle;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.alerts.SavedSearch;
import nl.statenwerk.alerts.SavedSearches;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.search.SearchIndex;
import nl.statenwerk.search.SearchQuery;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Saved searches and dossiers from the portal over real HTTP, signed in: a Statenlid saves a search on the search page,
 * manages it under Mijn zoekopdrachten, gathers it with pinned papers (one of them besloten) in a dossier, shares it
 * with a resident who reads it without the besloten paper and cannot change it, and publishes and withdraws its
 * public link; another user gets 404 for all of it.
 */
@StatenwerkTest
class DossierPagesIntegrationTest {

    private static final Pattern DOSSIER = Pattern.compile("/mijn/dossiers/([0-9a-f-]{36})");
    private static final Pattern PUBLIC_LINK = Pattern.compile("value=\"(http://[^\"]+/dossiers/[A-Za-z0-9_-]{43})\"");

    @Autowired
    ApplicationContext context;

    @Autowired
    Council council;

    @Autowired
    SearchIndex index;

    @Autowired
    Viewers viewers;

    @Autowired
    Accounts accounts;

    @Autowired
    SavedSearches savedSearches;

    @Autowired
    Dossiers dossiers;

    @LocalServerPort
    int port;

    String suffix;
    String word;
    UUID person;
    UUID open;
    UUID closed;

    @BeforeEach
    void council() {
        CouncilFactory factory = new CouncilFactory(council);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        // one word of letters only, so that the analyser keeps it whole: no other test's paper has it
        StringBuilder letters = new StringBuilder("veenweide");
        suffix.chars().forEach(c -> letters.append(Character.isDigit(c) ? (char) ('g' + c - '0') : (char) c));
        word = letters.toString();
        UUID body = factory.body("Provinciale Staten " + suffix);
        person = factory.person(body, "Statenlid " + suffix);
        open = paper(body, "Openbare nota " + word, null);
        closed = paper(body, "Besloten notitie " + word, "besloten");
    }

    private UUID paper(UUID body, String name, @Nullable String confidentiality) {
        return council.save(
                        Paper.written(
                                body, name, null, LocalDate.now(), PaperType.STATENVOORSTEL, confidentiality, null),
                        null)
                .id();
    }

    @Test
    void aMemberSavesManagesGathersSharesAndPublishesAndNobodyElseGetsAtIt() {
        TestBrowser owner = TestBrowser.signedIn(context, port, Role.MEMBER, person);
        UUID ownerId = Objects.requireNonNull(owner.account());
        PaperBundle.await(
                () -> index.search(SearchQuery.of(word), viewers.of(ownerId)).total() == 2);
        int year = LocalDate.now().getYear();
        String search = "/zoeken?q=" + word + "&jaar=" + year;

        // anonymous: a hint to sign in, no form
        TestBrowser.Response anonymous = new TestBrowser(port).get(search);
        assertThat(anonymous.body())
                .contains("Log in om deze zoekopdracht te bewaren")
                .doesNotContain("action=\"/mijn/zoekopdrachten\"");

        // save the search from /zoeken, with its year filter and alerts
        TestBrowser.Response searchPage = owner.get(search);
        assertThat(searchPage.body()).contains("Zoekopdracht bewaren", "value=\"" + word + "\"");
        TestBrowser.Response saved = owner.post(
                "/mijn/zoekopdrachten",
                Map.of(
                        "naam",
                        word,
                        "q",
                        word,
                        "jaar",
                        String.valueOf(year),
                        "attendering",
                        "aan",
                        "_csrf",
                        searchPage.csrf()));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).contains("/zoeken?q=" + word, "jaar=" + year, "bewaren=bewaard");
        assertThat(owner.follow(saved).body()).contains("De zoekopdracht is bewaard.");
        SavedSearch savedSearch = savedSearches.of(ownerId).getFirst();
        assertThat(savedSearch.query().year()).isEqualTo(year);
        assertThat(savedSearch.query().q()).isEqualTo(word);
        assertThat(savedSearch.alerts()).isTrue();
        String searchPath = "/mijn/zoekopdrachten/" + savedSearch.id();

        // without a CSRF token nothing is saved
        assertThat(owner.post("/mijn/zoekopdrachten", Map.of("naam", "x", "q", word))
                        .status())
                .isEqualTo(403);

        // the list: the search in words, a link that runs it, never cached
        TestBrowser.Response list = owner.get("/mijn/zoekopdrachten");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(list.body())
                .contains("Zoekt naar ‘" + word + "’", "Jaar: " + year, "/zoeken?q=" + word + "&amp;jaar=" + year)
                .contains("Meldingen van nieuwe resultaten: aan.");

        // rename, with the errors of a name that is empty or too long
        String csrf = list.csrf();
        assertThat(owner.post(searchPath + "/naam", Map.of("naam", "  ", "_csrf", csrf))
                        .location())
                .contains("fout=naam");
        assertThat(owner.follow(owner.post(searchPath + "/naam", Map.of("naam", "x".repeat(201), "_csrf", csrf)))
                        .body())
                .contains("Geef een naam van 1 tot 200 tekens.");
        owner.post(searchPath + "/naam", Map.of("naam", "Veenweide gevolgd", "_csrf", csrf));
        assertThat(savedSearches.find(savedSearch.id()).orElseThrow().name()).isEqualTo("Veenweide gevolgd");

        // alerts off
        owner.post(searchPath + "/attendering", Map.of("attendering", "uit", "_csrf", csrf));
        assertThat(savedSearches.find(savedSearch.id()).orElseThrow().alerts()).isFalse();
        assertThat(owner.post(searchPath + "/attendering", Map.of("attendering", "misschien", "_csrf", csrf))
                        .status())
                .isEqualTo(400);

        // a dossier, the search added to it, both papers pinned from their pages
        assertThat(owner.follow(owner.post("/mijn/dossiers", Map.of("naam", "", "_csrf", csrf)))
                        .body())
                .contains("Geef een naam van 1 tot 200 tekens.");
        TestBrowser.Response created = owner.post("/mijn/dossiers", Map.of("naam", "Veenweide", "_csrf", csrf));
        Matcher m = DOSSIER.matcher(created.location());
        assertThat(m.find()).as(created.location()).isTrue();
        UUID dossierId = UUID.fromString(m.group(1));
        String dossierPath = "/mijn/dossiers/" + dossierId;
        assertThat(owner.post(searchPath + "/dossier", Map.of("dossier", dossierId.toString(), "_csrf", csrf))
                        .location())
                .contains(dossierPath);

        TestBrowser.Response paperPage = owner.get("/stukken/" + open);
        assertThat(paperPage.body()).contains("Vastpinnen in een dossier", "value=\"" + dossierId + "\"");
        assertThat(owner.post(
                                "/mijn/dossiers/vastpinnen",
                                Map.of(
                                        "stuk", open.toString(),
                                        "dossier", dossierId.toString(),
                                        "notitie", "n".repeat(2001),
                                        "_csrf", paperPage.csrf()))
                        .location())
                .contains("vastpinfout=notitie");
        TestBrowser.Response pinned = owner.post(
                "/mijn/dossiers/vastpinnen",
                Map.of(
                        "stuk",
                        open.toString(),
                        "dossier",
                        dossierId.toString(),
                        "notitie",
                        "Kern van de zaak",
                        "_csrf",
                        paperPage.csrf()));
        assertThat(pinned.location()).contains("/stukken/" + open, "vastgepind=" + dossierId);
        assertThat(owner.follow(pinned).body()).contains("Vastgepind in het dossier");
        owner.post(
                "/mijn/dossiers/vastpinnen",
                Map.of("stuk", closed.toString(), "dossier", dossierId.toString(), "_csrf", csrf));
        // a new dossier made for a paper from its page
        TestBrowser.Response forPaper =
                owner.post("/mijn/dossiers", Map.of("naam", "Alleen de nota", "stuk", open.toString(), "_csrf", csrf));
        assertThat(forPaper.location()).contains("/stukken/" + open, "vastgepind=");
        assertThat(dossiers.readableBy(ownerId)).hasSize(2);

        // the owner's page: both papers (the member may read the besloten one), the note, the search and its matches
        TestBrowser.Response page = owner.get(dossierPath);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(page.body())
                .contains("Openbare nota " + word, "Besloten notitie " + word, "Kern van de zaak")
                .contains("Veenweide gevolgd", "2 resultaten, de nieuwste eerst");

        // share: an unknown address is refused without more, a known one shares
        TestBrowser resident = TestBrowser.signedIn(context, port, Role.RESIDENT, null);
        UUID residentId = Objects.requireNonNull(resident.account());
        String residentEmail = accounts.find(residentId).orElseThrow().email();
        assertThat(owner.follow(owner.post(
                                dossierPath + "/delen", Map.of("email", "niemand@example.test", "_csrf", csrf)))
                        .body())
                .contains("Delen met dit e-mailadres is niet gelukt.");
        owner.post(dossierPath + "/delen", Map.of("email", residentEmail.toUpperCase(), "_csrf", csrf));
        assertThat(dossiers.find(ownerId, dossierId).orElseThrow().sharedWith()).containsExactly(residentId);
        assertThat(owner.get(dossierPath).body()).contains(residentEmail);

        // the resident reads it, marked as shared, without the besloten paper, and cannot change it
        assertThat(resident.get("/mijn/dossiers").body()).contains("Veenweide", "Gedeeld door");
        TestBrowser.Response shared = resident.get(dossierPath);
        assertThat(shared.status()).isEqualTo(200);
        assertThat(shared.body())
                .contains("Openbare nota " + word, "Kern van de zaak", "U kunt dit dossier lezen, niet wijzigen")
                .contains("1 resultaat, het nieuwste eerst")
                .doesNotContain("Besloten notitie " + word)
                .doesNotContain(dossierPath + "/naam", dossierPath + "/delen", dossierPath + "/link");
        String residentCsrf = resident.get("/mijn/instellingen").csrf();
        for (String change :
                new String[] {"/naam", "/verwijderen", "/link", "/delen", "/stukken/" + open + "/losmaken"}) {
            assertThat(resident.post(
                                    dossierPath + change,
                                    Map.of("naam", "Overgenomen", "email", residentEmail, "_csrf", residentCsrf))
                            .status())
                    .as(change)
                    .isEqualTo(404);
        }
        assertThat(resident.post(
                                "/mijn/dossiers/vastpinnen",
                                Map.of("stuk", open.toString(), "dossier", dossierId.toString(), "_csrf", residentCsrf))
                        .status())
                .isEqualTo(404);
        assertThat(dossiers.find(ownerId, dossierId).orElseThrow().name()).isEqualTo("Veenweide");

        // a resident may not pin a paper they may not read, not even to their own dossier
        Dossier residents = dossiers.create(residentId, "Eigen");
        assertThat(resident.post(
                                "/mijn/dossiers/vastpinnen",
                                Map.of(
                                        "stuk",
                                        closed.toString(),
                                        "dossier",
                                        residents.id().toString(),
                                        "_csrf",
                                        residentCsrf))
                        .status())
                .isEqualTo(404);

        // someone else: 404 for the dossier and the search, and nothing changes
        TestBrowser stranger = TestBrowser.signedIn(context, port, Role.RESIDENT, null);
        String strangerCsrf = stranger.get("/mijn/instellingen").csrf();
        assertThat(stranger.get(dossierPath).status()).isEqualTo(404);
        assertThat(stranger.post(searchPath + "/naam", Map.of("naam", "Van mij", "_csrf", strangerCsrf))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.post(searchPath + "/verwijderen", Map.of("_csrf", strangerCsrf))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.post(dossierPath + "/verwijderen", Map.of("_csrf", strangerCsrf))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.get("/mijn/zoekopdrachten").body()).doesNotContain("Veenweide gevolgd");
        assertThat(savedSearches.find(savedSearch.id())).isPresent();
        // bad input is a 400 or a 404, never a 500; not signed in goes to the sign-in page
        assertThat(owner.get("/mijn/dossiers/geen-dossier").status()).isEqualTo(400);
        assertThat(owner.get("/mijn/dossiers/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(new TestBrowser(port).get("/mijn/dossiers").location()).endsWith("/inloggen");

        // the public link: public papers only, gone when withdrawn
        owner.post(dossierPath + "/link", Map.of("_csrf", csrf));
        Matcher link = PUBLIC_LINK.matcher(owner.get(dossierPath).body());
        assertThat(link.find()).isTrue();
        TestBrowser.Response publicPage = new TestBrowser(port).get(link.group(1));
        assertThat(publicPage.status()).isEqualTo(200);
        assertThat(publicPage.body()).contains("Openbare nota " + word).doesNotContain("Besloten notitie " + word);
        owner.post(dossierPath + "/link/intrekken", Map.of("_csrf", csrf));
        assertThat(new TestBrowser(port).get(link.group(1)).status()).isEqualTo(404);

        // unshare, remove the search, unpin, change a note, delete
        owner.post(dossierPath + "/delen/" + residentId + "/intrekken", Map.of("_csrf", csrf));
        assertThat(resident.get(dossierPath).status()).isEqualTo(404);
        owner.post(dossierPath + "/stukken/" + open + "/notitie", Map.of("notitie", "Andere notitie", "_csrf", csrf));
        owner.post(dossierPath + "/zoekopdrachten/" + savedSearch.id() + "/verwijderen", Map.of("_csrf", csrf));
        owner.post(dossierPath + "/stukken/" + closed + "/losmaken", Map.of("_csrf", csrf));
        Dossier after = dossiers.find(ownerId, dossierId).orElseThrow();
        assertThat(after.savedSearchIds()).isEmpty();
        assertThat(after.pins()).singleElement().satisfies(p -> {
            assertThat(p.paperId()).isEqualTo(open);
            assertThat(p.note()).isEqualTo("Andere notitie");
        });
        owner.post(searchPath + "/verwijderen", Map.of("_csrf", csrf));
        assertThat(savedSearches.find(savedSearch.id())).isEmpty();
        assertThat(owner.follow(owner.post(dossierPath + "/verwijderen", Map.of("_csrf", csrf)))
                        .body())
                .contains("Het dossier is verwijderd.");
        assertThat(owner.get(dossierPath).status()).isEqualTo(404);
    }
}
