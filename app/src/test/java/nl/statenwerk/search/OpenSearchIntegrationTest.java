package nl.statenwerk.search;

import static nl.statenwerk.search.SearchIntegrationTest.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.ingest.ImportListener;
import nl.statenwerk.ingest.Importer;
import nl.statenwerk.search.SearchResult.FacetValue;
import nl.statenwerk.search.SearchResult.Hit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The application on the OpenSearch engine: what an import brings is found, and what is not public is not. */
@StatenwerkTest
@TestPropertySource(properties = {"statenwerk.test.context=search-opensearch", "statenwerk.search.engine=opensearch"})
@DirtiesContext
class OpenSearchIntegrationTest {

    private static final String PREFIX = OpenSearchTestNode.freshPrefix();
    private static SearchBundle bundle;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        registry.add(
                "statenwerk.search.opensearch.url",
                () -> OpenSearchTestNode.url().toString());
        registry.add("statenwerk.search.opensearch.index-prefix", () -> PREFIX);
    }

    @Autowired
    Importer importer;

    @Autowired
    SearchService index;

    @BeforeEach
    void importOnce() throws IOException {
        if (bundle == null) {
            bundle = SearchBundle.flevoland(Files.createTempDirectory("search-bundle"));
            assertThat(importer.importFrom(bundle.dir.toString(), ImportListener.NONE)
                            .problems())
                    .isEmpty();
        }
        // the PDFs' text is extracted in the background and indexed when it is there
        eventually(() -> index.search(SearchQuery.of("huisartsenpraktijk")), r -> r.total() == 1);
    }

    @Test
    void anImportedPaperIsFoundOnThePageOfItsSnippet() {
        Hit hit = index.search(SearchQuery.of("huisartsenpraktijk")).hits().getFirst();
        assertThat(hit.type()).isEqualTo("motie");
        assertThat(hit.page()).isEqualTo(2);
        assertThat(hit.url()).contains("/api/files/").endsWith("#page=2");
        assertThat(hit.snippet()).contains("<mark>huisartsenpraktijk</mark>");
        assertThat(hit.sourceId()).isEqualTo(bundle.url("informatieobjecten", "i1"));
        assertThat(index.search(SearchQuery.of("omgevingsvisie"))
                        .hits()
                        .getFirst()
                        .page())
                .isEqualTo(3);
    }

    @Test
    void dutchAnalysisWorksOnImportedObjects() {
        assertThat(titles("moties")).contains("Motie windmolenpark Zeewolde");
        assertThat(titles("windmolen")).contains("Motie windmolenpark Zeewolde", "Windmolenpark Zeewolde");
        assertThat(titles("huisarts")).containsExactly("Motie windmolenpark Zeewolde");
        assertThat(titles("GS")).contains("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("ideeën")).containsExactly("Motie windmolenpark Zeewolde");
        assertThat(titles("fractie:polderpartij amendement"))
                .containsExactly("Amendement begroting 2023 bij het statenvoorstel");
    }

    @Test
    void facetsCountTheImportedMatches() {
        SearchResult result = index.search(SearchQuery.of("windmolenpark"));
        assertThat(result.facets().get("type"))
                .containsExactlyInAnyOrder(
                        new FacetValue("motie", 1), new FacetValue("agendapunt", 1), new FacetValue("stemming", 1));
        assertThat(result.facets().get("fractie")).containsExactly(new FacetValue("Groen Flevoland", 2));
        assertThat(index.suggest("jet de v", 10)).containsExactly("Jet de Vries");
        assertThat(index.search(SearchQuery.of("windmolenprak")).didYouMean()).isEqualTo("windmolenpark");
    }

    @Test
    void aSecretPaperIsNotFoundCountedSuggestedOrSpelledOut() {
        String secret = SearchBundle.SECRET_WORD;
        SearchResult found = index.search(SearchQuery.of(secret));
        assertThat(found.total()).isZero();
        assertThat(found.didYouMean()).isNull();
        assertThat(index.search(SearchQuery.of("zwavelzuur")).total()).isZero();
        assertThat(index.search(SearchQuery.of(secret.substring(0, secret.length() - 1) + "x"))
                        .didYouMean())
                .isNull();
        assertThat(index.suggest("zwavel", 10)).isEmpty();

        SearchResult all = index.search(SearchQuery.of(""));
        assertThat(all.facets().get("type")).contains(new FacetValue("motie", 1));
        assertThat(all.facets().get("jaar")).noneMatch(v -> v.value().equals("2022"));
        assertThat(all.hits()).noneMatch(h -> h.title().contains(secret));
    }

    @Test
    void aRebuildKilledMidwayIsRedoneAfterARestartAndMatchesTheDatabaseAgain() {
        List<String> before = everything();

        assertThatThrownBy(() -> index.rebuild(new SearchCrashConsistencyIntegrationTest.Killer(3)))
                .isInstanceOf(SearchCrashConsistencyIntegrationTest.Killed.class);
        index.crashAndReopen();
        assertThat(index.isComplete()).isFalse();

        index.recover();

        assertThat(index.isComplete()).isTrue();
        assertThat(everything()).isEqualTo(before);
        assertThat(index.search(SearchQuery.of("huisartsenpraktijk"))
                        .hits()
                        .getFirst()
                        .page())
                .isEqualTo(2);
    }

    private List<String> titles(String q) {
        return index.search(SearchQuery.of(q)).hits().stream().map(Hit::title).toList();
    }

    private List<String> everything() {
        return index
                .search(new SearchQuery(
                        "", null, null, null, null, null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 1, 100))
                .hits()
                .stream()
                .map(Hit::id)
                .sorted()
                .toList();
    }
}
