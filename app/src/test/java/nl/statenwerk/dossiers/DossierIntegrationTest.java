package nl.statenwerk.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.PaperBundle;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.alerts.SavedSearch;
import nl.statenwerk.alerts.SavedSearches;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.ingest.ImportListener;
import nl.statenwerk.ingest.Importer;
import nl.statenwerk.search.SearchIndex;
import nl.statenwerk.search.SearchQuery;
import nl.statenwerk.search.SearchResult;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@StatenwerkTest
@TestPropertySource(properties = "statenwerk.test.context=dossiers")
@DirtiesContext
class DossierIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    SearchIndex index;

    @Autowired
    Council council;

    @Autowired
    Accounts accounts;

    @Autowired
    SavedSearches savedSearches;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Viewers viewers;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSharedLinkShowsThePublicPinnedPapersAndTheLatestMatchesNewestFirst() throws Exception {
        PaperBundle bundle = new PaperBundle()
                .paper("2019", "Nota Markermeer 2019", "voorstel", "2019-03-01", null)
                .paper("2023", "Motie Markermeer 2023", "motie", "2023-05-01", null)
                .paper("2021", "Antwoord Markermeer 2021", "antwoord", "2021-09-01", null)
                .paper("secret", "Notitie Markermeer vertrouwelijk", "voorstel", "2022-01-01", "vertrouwelijk");
        importAndIndex(bundle, "markermeer", 3);
        UserAccount owner = account("owner");
        SavedSearch search = savedSearches.save(owner.id(), "Markermeer", SearchQuery.of("markermeer"), true);
        Dossier dossier = dossiers.create(owner.id(), "Markermeer-IJmeer");
        dossiers.addSavedSearch(owner.id(), dossier.id(), search.id());
        dossiers.pin(owner.id(), dossier.id(), paper(bundle, "2019"), "Het begin");
        dossiers.pin(owner.id(), dossier.id(), paper(bundle, "2021"), null);
        dossiers.pin(owner.id(), dossier.id(), paper(bundle, "secret"), "Uit de commissie");
        String token = dossiers.publish(owner.id(), dossier.id());

        HttpResponse<String> response = get("/api/dossiers/" + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        JsonNode view = JSON.readTree(response.body());
        assertThat(view.get("name").asString()).isEqualTo("Markermeer-IJmeer");
        assertThat(texts(view.get("papers"), "title"))
                .containsExactly("Antwoord Markermeer 2021", "Nota Markermeer 2019");
        assertThat(view.get("papers").get(1).get("note").asString()).isEqualTo("Het begin");
        assertThat(view.get("papers").get(1).get("url").asString()).endsWith("/stukken/" + paper(bundle, "2019"));
        JsonNode matches = view.get("searches").get(0);
        assertThat(matches.get("name").asString()).isEqualTo("Markermeer");
        assertThat(matches.get("total").asLong()).isEqualTo(3);
        assertThat(texts(matches.get("latest"), "title"))
                .containsExactly("Motie Markermeer 2023", "Antwoord Markermeer 2021", "Nota Markermeer 2019");
        assertThat(response.body()).doesNotContain("vertrouwelijk", "Uit de commissie", owner.email());

        // the 2021 answer is withdrawn from the public at its source: it leaves the pins and the matches
        bundle.paper("2021", "Antwoord Markermeer 2021", "antwoord", "2021-09-01", "geheim");
        importAndIndex(bundle, "markermeer", 2);

        JsonNode after = JSON.readTree(get("/api/dossiers/" + token).body());
        assertThat(texts(after.get("papers"), "title")).containsExactly("Nota Markermeer 2019");
        assertThat(texts(after.get("searches").get(0).get("latest"), "title"))
                .containsExactly("Motie Markermeer 2023", "Nota Markermeer 2019");
        assertThat(dossiers.find(owner.id(), dossier.id()).orElseThrow().pins()).hasSize(3);
    }

    @Test
    void anUnknownOrWithdrawnLinkIsNotFound() throws Exception {
        UserAccount owner = account("withdrawn");
        Dossier dossier = dossiers.create(owner.id(), "Stikstof");
        String token = dossiers.publish(owner.id(), dossier.id());
        assertThat(get("/api/dossiers/" + token).statusCode()).isEqualTo(200);

        String renewed = dossiers.publish(owner.id(), dossier.id());
        assertThat(renewed).isNotEqualTo(token).hasSize(43);
        assertThat(get("/api/dossiers/" + token).statusCode()).isEqualTo(404);
        assertThat(get("/api/dossiers/" + renewed).statusCode()).isEqualTo(200);

        dossiers.unpublish(owner.id(), dossier.id());
        HttpResponse<String> gone = get("/api/dossiers/" + renewed);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(gone.body()).get("detail").asString()).contains("dossier");
        assertThat(get("/api/dossiers/" + "A".repeat(43)).statusCode()).isEqualTo(404);
        assertThat(get("/api/dossiers/niet-een-token").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyTheOwnerChangesADossierAndOnlyThoseItIsSharedWithReadIt() {
        UserAccount owner = account("eigenaar");
        UserAccount colleague = account("collega");
        UserAccount stranger = account("vreemde");
        Dossier dossier = dossiers.create(owner.id(), "Provinciale wegen");
        SavedSearch strangersSearch =
                savedSearches.save(stranger.id(), "Wegen", SearchQuery.of("provinciale wegen"), false);

        assertThat(dossiers.find(colleague.id(), dossier.id())).isEmpty();
        assertThat(dossiers.view(viewers.of(colleague.id()), dossier.id(), 5)).isEmpty();
        assertThatThrownBy(() -> dossiers.addSavedSearch(owner.id(), dossier.id(), strangersSearch.id()))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> dossiers.publish(stranger.id(), dossier.id()))
                .isInstanceOf(NoSuchElementException.class);

        dossiers.shareWith(owner.id(), dossier.id(), colleague.id());

        assertThat(dossiers.find(colleague.id(), dossier.id())).isPresent();
        assertThat(dossiers.view(viewers.of(colleague.id()), dossier.id(), 5))
                .hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("Provinciale wegen"));
        assertThat(dossiers.readableBy(colleague.id())).extracting(Dossier::id).containsExactly(dossier.id());
        assertThatThrownBy(() -> dossiers.rename(colleague.id(), dossier.id(), "Mijn wegen"))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(dossiers.find(stranger.id(), dossier.id())).isEmpty();

        dossiers.unshare(owner.id(), dossier.id(), colleague.id());
        assertThat(dossiers.find(colleague.id(), dossier.id())).isEmpty();
        dossiers.delete(owner.id(), dossier.id());
        assertThat(dossiers.find(owner.id(), dossier.id())).isEmpty();
    }

    @Test
    void aSignedInReaderSeesThePinnedPapersAndMatchesThatReaderMayReadAndNoOther() {
        CouncilFactory factory = new CouncilFactory(council);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID body = factory.body("Provinciale Staten " + suffix);
        UUID person = factory.person(body, "Lid " + suffix);
        UUID open = paper(body, "Openbare nota Lauwersmeer " + suffix, null);
        UUID closed = paper(body, "Besloten notitie Lauwersmeer " + suffix, "besloten");
        UserAccount member = account("lid");
        accounts.grant(member.id(), Role.MEMBER);
        viewers.link(member.id(), Optional.of(person));
        UserAccount resident = account("inwoner");
        accounts.grant(resident.id(), Role.RESIDENT);
        Dossier dossier = dossiers.create(member.id(), "Lauwersmeer");
        dossiers.pin(member.id(), dossier.id(), open, null);
        dossiers.pin(member.id(), dossier.id(), closed, "Uit de commissie");
        dossiers.shareWith(member.id(), dossier.id(), resident.id());
        String token = dossiers.publish(member.id(), dossier.id());
        PaperBundle.await(() -> index.search(SearchQuery.of("lauwersmeer " + suffix), viewers.of(member.id()))
                        .total()
                == 2);
        SavedSearch search =
                savedSearches.save(member.id(), "Lauwersmeer", SearchQuery.of("lauwersmeer " + suffix), false);
        dossiers.addSavedSearch(member.id(), dossier.id(), search.id());

        DossierView asMember =
                dossiers.view(viewers.of(member.id()), dossier.id(), 10).orElseThrow();
        DossierView asResident =
                dossiers.view(viewers.of(resident.id()), dossier.id(), 10).orElseThrow();
        DossierView shared = dossiers.viewShared(token, 10).orElseThrow();

        assertThat(asMember.papers())
                .extracting(DossierView.PinnedPaper::title, DossierView.PinnedPaper::level)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Openbare nota Lauwersmeer " + suffix, null),
                        org.assertj.core.groups.Tuple.tuple(
                                "Besloten notitie Lauwersmeer " + suffix, AccessLevel.CLOSED));
        assertThat(asMember.searches().get(0).total()).isEqualTo(2);
        for (DossierView publicOnly : List.of(asResident, shared)) {
            assertThat(publicOnly.papers())
                    .extracting(DossierView.PinnedPaper::title)
                    .containsExactly("Openbare nota Lauwersmeer " + suffix);
            assertThat(publicOnly.searches().get(0).total()).isEqualTo(1);
            assertThat(publicOnly.searches().get(0).latest())
                    .extracting(SearchResult.Hit::title)
                    .containsExactly("Openbare nota Lauwersmeer " + suffix);
        }
        assertThat(dossiers.view(Viewer.PUBLIC, dossier.id(), 10)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where name = 'stuk-in-dossier-getoond'"
                                + " and object_id = :paper")
                        .param("paper", closed.toString())
                        .query(Long.class)
                        .single())
                .as("the besloten title shown to the member is a read of non-public information")
                .isPositive();
    }

    private UUID paper(UUID body, String name, @Nullable String confidentiality) {
        return council.save(
                        Paper.written(
                                body, name, null, LocalDate.now(), PaperType.STATENVOORSTEL, confidentiality, null),
                        null)
                .id();
    }

    private UUID paper(PaperBundle bundle, String id) {
        return council.idOf(Paper.class, bundle.sourceId(id)).orElseThrow();
    }

    private UserAccount account(String name) {
        return accounts.create(name, name + "-" + UUID.randomUUID() + "@example.test", DigestPreference.NONE);
    }

    private void importAndIndex(PaperBundle bundle, String word, long expected) throws Exception {
        assertThat(importer.importFrom(bundle.write(), ImportListener.NONE).problems())
                .isEmpty();
        PaperBundle.await(() -> index.search(SearchQuery.of(word)).total() == expected);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asString()));
        return values;
    }
}
