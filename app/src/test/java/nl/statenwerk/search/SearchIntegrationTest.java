package nl.statenwerk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.ingest.ImportListener;
import nl.statenwerk.ingest.Importer;
import nl.statenwerk.search.SearchResult.FacetValue;
import nl.statenwerk.search.SearchResult.Hit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

@StatenwerkTest
@TestPropertySource(properties = "statenwerk.test.context=search")
@DirtiesContext
class SearchIntegrationTest {

    private static SearchBundle bundle;

    @Autowired
    Importer importer;

    @Autowired
    SearchIndex index;

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
    void aPluralFindsTheSingularAndBack() {
        assertThat(titles("moties")).contains("Motie windmolenpark Zeewolde");
        assertThat(titles("amendementen")).containsExactly("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("vergaderingen")).contains("Statenvergadering 12 juni 2024");
    }

    @Test
    void aPartOfACompoundFindsTheCompound() {
        assertThat(titles("windmolen")).contains("Motie windmolenpark Zeewolde", "Windmolenpark Zeewolde");
        assertThat(titles("park")).contains("Windmolenpark Zeewolde");
        assertThat(titles("voorstel")).contains("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("huisarts")).containsExactly("Motie windmolenpark Zeewolde");
        assertThat(titles("omgeving")).containsExactly("Motie windmolenpark Zeewolde");
    }

    @Test
    void anAbbreviationFindsWhatItStandsFor() {
        assertThat(titles("GS")).contains("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("RES")).contains("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("OV")).containsExactly("Motie windmolenpark Zeewolde");
    }

    @Test
    void diacriticsDoNotMatter() {
        assertThat(titles("ideeën")).containsExactly("Motie windmolenpark Zeewolde");
    }

    @Test
    void aPhraseMatchesOnlyInItsOrder() {
        assertThat(titles("\"regionale energiestrategie\""))
                .containsExactly("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("\"energiestrategie regionale\"")).isEmpty();
    }

    @Test
    void booleanOperatorsFieldsAndPrefixesWork() {
        assertThat(titles("windmolenpark AND NOT motie"))
                .contains("Windmolenpark Zeewolde")
                .doesNotContain("Motie windmolenpark Zeewolde");
        assertThat(titles("titel:amendement")).containsExactly("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("type:amendement")).containsExactly("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("fractie:polderpartij amendement"))
                .containsExactly("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("energiestr*")).containsExactly("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("zeewolde OR energiestrategie")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aHitInAPdfCarriesThePageOfItsSnippet() {
        Hit hit = index.search(SearchQuery.of("huisartsenpraktijk")).hits().getFirst();
        assertThat(hit.type()).isEqualTo("motie");
        assertThat(hit.page()).isEqualTo(2);
        assertThat(hit.url()).contains("/api/files/").endsWith("#page=2");
        assertThat(hit.snippet()).contains("<mark>huisartsenpraktijk</mark>");
        assertThat(hit.date()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(hit.sourceId()).isEqualTo(bundle.url("informatieobjecten", "i1"));

        Hit third = index.search(SearchQuery.of("omgevingsvisie")).hits().getFirst();
        assertThat(third.page()).isEqualTo(3);
    }

    @Test
    void facetsCountTheMatchesPerValue() {
        SearchResult result = index.search(SearchQuery.of("windmolenpark"));
        assertThat(result.facets().get("type"))
                .containsExactlyInAnyOrder(
                        new FacetValue("motie", 1), new FacetValue("agendapunt", 1), new FacetValue("stemming", 1));
        assertThat(result.facets().get("fractie")).containsExactly(new FacetValue("Groen Flevoland", 2));
        assertThat(result.facets().get("uitslag")).containsExactly(new FacetValue("aangenomen", 1));
        assertThat(result.facets().get("jaar")).containsExactly(new FacetValue("2024", 3));

        SearchResult filtered = index.search(SearchQuery.of("windmolenpark").withType("stemming"));
        assertThat(filtered.total()).isEqualTo(1);
        assertThat(filtered.hits().getFirst().title()).isEqualTo("Stemming: Motie windmolenpark Zeewolde");
    }

    @Test
    void sortingByDatePutsTheNewestFirst() {
        List<LocalDate> dates = index.search(SearchQuery.of("").withSort(SearchQuery.Sort.DATE)).hits().stream()
                .map(Hit::date)
                .toList();
        assertThat(dates.getFirst()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(dates.stream().filter(d -> d != null).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aMisspelledWordGetsASuggestion() {
        SearchResult result = index.search(SearchQuery.of("windmolenprak"));
        assertThat(result.didYouMean()).isEqualTo("windmolenpark");
    }

    @Test
    void titlesAndNamesAreCompletedFromTheirFirstLetters() {
        assertThat(index.suggest("windm", 10)).contains("Motie windmolenpark Zeewolde", "Windmolenpark Zeewolde");
        assertThat(index.suggest("jet de v", 10)).containsExactly("Jet de Vries");
    }

    @Test
    void aSecretPaperIsNotFoundCountedSuggestedOrSpelledOut() {
        String secret = SearchBundle.SECRET_WORD;
        SearchResult found = index.search(SearchQuery.of(secret));
        assertThat(found.total()).isZero();
        assertThat(found.hits()).isEmpty();
        assertThat(found.didYouMean()).isNull();
        assertThat(index.search(SearchQuery.of("zwavelzuur")).total()).isZero();
        assertThat(index.search(SearchQuery.of(secret.substring(0, secret.length() - 1) + "x"))
                        .didYouMean())
                .isNull();
        assertThat(index.suggest("zwavel", 10)).isEmpty();

        SearchResult all = index.search(SearchQuery.of(""));
        assertThat(all.facets().get("type")).contains(new FacetValue("motie", 1));
        assertThat(all.facets().get("jaar")).noneMatch(v -> v.value().equals("2022"));
        assertThat(all.facets().get("uitslag")).containsExactly(new FacetValue("aangenomen", 1));
        assertThat(all.hits()).noneMatch(h -> h.title().contains(secret));
    }

    private List<String> titles(String q) {
        return index.search(SearchQuery.of(q)).hits().stream().map(Hit::title).toList();
    }

    static <T> T eventually(java.util.function.Supplier<T> action, Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        T value = action.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = action.get();
        }
        return value;
    }
}
