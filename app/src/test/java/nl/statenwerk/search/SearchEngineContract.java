package nl.statenwerk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.statenwerk.search.SearchDocument.Segment;
import nl.statenwerk.search.SearchResult.FacetValue;
import nl.statenwerk.search.SearchResult.Hit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SearchEngine} does, run against each engine by a subclass: Dutch analysis, the query syntax,
 * facets and filters, sorting and paging, snippets with their page, spelling and completion, and the projection's
 * life cycle (replace, rebuild, crash).
 */
abstract class SearchEngineContract {

    /** Opens the engine on this test's store; again on the same store after {@link SearchEngine#close()}. */
    abstract SearchEngine open();

    SearchEngine engine;

    @BeforeEach
    void openWithCorpus() {
        engine = open();
        for (SearchDocument document : corpus()) {
            engine.replace(document.root(), List.of(document));
        }
        engine.commit();
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void aPluralFindsTheSingularAndBack() {
        assertThat(titles("moties")).contains("Motie windmolenpark Zeewolde");
        assertThat(titles("amendementen")).containsExactly("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("vergaderingen")).containsExactly("Statenvergadering 12 juni 2024");
    }

    @Test
    void aPartOfACompoundFindsTheCompound() {
        assertThat(titles("windmolen")).contains("Motie windmolenpark Zeewolde", "Windmolenpark Zeewolde");
        assertThat(titles("visie")).containsExactly("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("voorstel")).containsExactly("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("huisarts")).containsExactly("Motie windmolenpark Zeewolde");
    }

    @Test
    void diacriticsDoNotMatter() {
        assertThat(titles("ideeën")).containsExactly("Motie windmolenpark Zeewolde");
        assertThat(titles("ideeen")).containsExactly("Motie windmolenpark Zeewolde");
    }

    @Test
    void anAbbreviationFindsWhatItStandsForAndBack() {
        assertThat(titles("PS")).containsExactly("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("GS")).containsExactly("Motie windmolenpark Zeewolde");
        assertThat(titles("CdK")).containsExactly("Statenvergadering 12 juni 2024");
        assertThat(titles("\"commissaris van de koning\"")).containsExactly("Statenvergadering 12 juni 2024");
    }

    @Test
    void aPhraseMatchesOnlyInItsOrder() {
        assertThat(titles("\"regionale energiestrategie\""))
                .containsExactly("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("\"energiestrategie regionale\"")).isEmpty();
    }

    @Test
    void allWordsAreRequiredAndAnyWhenNoObjectHasAll() {
        assertThat(titles("windmolenpark zeewolde bespreking")).containsExactly("Windmolenpark Zeewolde");
        assertThat(titles("huisartsenpraktijk energiestrategie"))
                .containsExactlyInAnyOrder(
                        "Motie windmolenpark Zeewolde", "Amendement begroting 2023 bij het statenvoorstel");
    }

    @Test
    void booleanOperatorsWork() {
        assertThat(titles("windmolenpark AND NOT motie")).containsExactly("Windmolenpark Zeewolde");
        assertThat(titles("windmolenpark -motie")).containsExactly("Windmolenpark Zeewolde");
        assertThat(titles("huisartsenpraktijk OR energiestrategie")).hasSize(2);
        assertThat(titles("huisartsenpraktijk AND energiestrategie")).isEmpty();
    }

    @Test
    void fieldsSearchTheirFieldOnly() {
        assertThat(titles("titel:amendement")).containsExactly("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("titel:visie")).isEmpty();
        assertThat(titles("titel:windmolen")).hasSize(3);
        assertThat(titles("type:amendement")).containsExactly("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("type:Motie")).containsExactly("Motie windmolenpark Zeewolde");
        assertThat(titles("fractie:polderpartij"))
                .containsExactlyInAnyOrder("Amendement begroting 2023 bij het statenvoorstel", "Jet de Vries");
        assertThat(titles("fractie:polderpartij amendement"))
                .containsExactly("Amendement begroting 2023 bij het statenvoorstel");
    }

    @Test
    void aPrefixFindsTheWordsItStarts() {
        assertThat(titles("energiestr*")).containsExactly("Amendement begroting 2023 bij het statenvoorstel");
        assertThat(titles("Huisartsenprak*")).containsExactly("Motie windmolenpark Zeewolde");
    }

    @Test
    void facetsCountTheMatchesPerValueMostFrequentFirst() {
        SearchResult result = engine.search(SearchQuery.of("windmolenpark"));
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.facets().get("type"))
                .containsExactly(
                        new FacetValue("agendapunt", 1), new FacetValue("motie", 1), new FacetValue("stemming", 1));
        assertThat(result.facets().get("fractie")).containsExactly(new FacetValue("Groen Flevoland", 2));
        assertThat(result.facets().get("uitslag")).containsExactly(new FacetValue("aangenomen", 1));
        assertThat(result.facets().get("jaar")).containsExactly(new FacetValue("2024", 3));
        assertThat(result.facets().get("vergadertype")).isEmpty();
        assertThat(result.facets()).containsOnlyKeys(SearchDocument.FACETS);

        SearchResult all = engine.search(SearchQuery.of(""));
        assertThat(all.facets().get("jaar")).containsExactly(new FacetValue("2024", 4), new FacetValue("2023", 1));
    }

    @Test
    void eachFilterNarrowsTheMatches() {
        assertThat(ids(SearchQuery.of("").withType("stemming"))).containsExactly("v1");
        assertThat(ids(query().year(2023).build())).containsExactly("a1");
        assertThat(ids(query().from(LocalDate.of(2024, 1, 1))
                        .to(LocalDate.of(2024, 6, 11))
                        .build()))
                .containsExactly("a2");
        assertThat(ids(query().body("Provinciale Staten van Flevoland").build()))
                .containsExactlyInAnyOrder("m1", "a1");
        assertThat(ids(query().meetingType("statenvergadering").build())).containsExactly("g1");
        assertThat(ids(SearchQuery.of("").withFractie("Polderpartij"))).containsExactlyInAnyOrder("a1", "p1");
        assertThat(ids(query().voteResult("aangenomen").build())).containsExactly("v1");
        assertThat(ids(SearchQuery.of("windmolenpark").withType("vergadering"))).isEmpty();
    }

    @Test
    void sortingByDatePutsTheNewestFirstAndUndatedLast() {
        List<Hit> hits = engine.search(SearchQuery.of("").withSort(SearchQuery.Sort.DATE))
                .hits();
        assertThat(hits.getFirst().date()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(hits.getLast().date()).isNull();
        assertThat(hits.stream().map(Hit::date).filter(Objects::nonNull).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void pagesDivideTheMatchesWithoutOverlap() {
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= 3; page++) {
            SearchResult result = engine.search(SearchQuery.of("").withPage(page, 2));
            assertThat(result.total()).isEqualTo(CORPUS_SIZE);
            assertThat(result.hits()).hasSize(page < 3 ? 2 : CORPUS_SIZE - 4);
            result.hits().forEach(hit -> assertThat(seen.add(hit.id())).isTrue());
        }
        assertThat(seen).hasSize(CORPUS_SIZE);
    }

    @Test
    void whenNoObjectHasAllWordsMostOfThemAreRequiredBeforeAnyOfThem() {
        engine.replace(
                "three",
                List.of(document("three", "motie", "Kwelderherstel langs de zeedijk bij Wieringen", List.of(), null)));
        engine.replace("one", List.of(document("one", "motie", "Onderhoud van de zeedijk", List.of(), null)));
        engine.commit();
        // a pasted title with a word no object has: the object with most of the words, not every one with one
        assertThat(ids(SearchQuery.of("kwelderherstel zeedijk Wieringen Harlingen")))
                .containsExactly("three");
        assertThat(ids(SearchQuery.of("zeedijk Harlingen Zwolle"))).containsExactlyInAnyOrder("three", "one");
    }

    @Test
    void sinceFindsOnlyWhatWasPublishedFromThatMomentOn() {
        var since = SearchQuery.of("windmolenpark").withSince(Instant.parse("2024-06-01T00:00:00Z"));
        assertThat(ids(since)).containsExactlyInAnyOrder("m1", "v1");
        assertThat(engine.search(SearchQuery.of("windmolenpark")).total()).isEqualTo(3);
    }

    @Test
    void aSnippetMarksTheMatchAndCarriesThePageItComesFrom() {
        Hit hit = engine.search(SearchQuery.of("huisartsenpraktijk")).hits().getFirst();
        assertThat(hit.snippet()).contains("<mark>huisartsenpraktijk</mark>");
        assertThat(hit.page()).isEqualTo(2);
        assertThat(hit.url()).isEqualTo("https://x.invalid/f/m1#page=2");
        assertThat(hit.date()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(hit.sourceId()).isEqualTo("https://bron.invalid/m1");

        Hit own = engine.search(SearchQuery.of("bespreking")).hits().getFirst();
        assertThat(own.snippet()).contains("<mark>Bespreking</mark>").contains("&lt;windmolens&gt;");
        assertThat(own.page()).isNull();
        assertThat(own.url()).isEqualTo("https://x.invalid/a2");
    }

    @Test
    void aSnippetForAPartOfACompoundMarksTheCompound() {
        Hit hit = engine.search(SearchQuery.of("praktijk")).hits().getFirst();
        assertThat(hit.snippet()).contains("<mark>huisartsenpraktijk</mark>");
        assertThat(hit.page()).isEqualTo(2);
    }

    @Test
    void aMisspelledWordGetsASuggestionAndAKnownOneNone() {
        assertThat(engine.search(SearchQuery.of("windmolenprak")).didYouMean()).isEqualTo("windmolenpark");
        assertThat(engine.search(SearchQuery.of("bespreking windmolenprak")).didYouMean())
                .isEqualTo("bespreking windmolenpark");
        assertThat(engine.search(SearchQuery.of("windmolenpark")).didYouMean()).isNull();
    }

    @Test
    void aDeletedObjectsWordsAreNotSuggested() {
        // a paper that was public and then was not: its words stay in the term dictionary until segments merge
        engine.replace(
                "s1", List.of(document("s1", "motie", "Motie zwavelzuurfabriek", List.of("zwavelzuurfabriek"), null)));
        // written with it, so that it shares a segment with a live document and its terms outlive its deletion
        engine.replace("g1", List.of(corpus().get(4)));
        engine.commit();
        assertThat(engine.search(SearchQuery.of("zwavelzuurfabriek")).total()).isEqualTo(1);
        assertThat(engine.search(SearchQuery.of("zwavelzuurfabriex")).didYouMean())
                .isEqualTo("zwavelzuurfabriek");
        engine.commit(engine.replace("s1", List.of()));

        assertThat(engine.search(SearchQuery.of("zwavelzuurfabriek")).total()).isZero();
        assertThat(engine.search(SearchQuery.of("zwavelzuurfabriex")).didYouMean())
                .isNull();
        assertThat(engine.suggest("zwavel", 10)).isEmpty();
    }

    /** A geheime paper with a word of its own in title and file text, opened by one key. */
    private void indexSecret() {
        SearchDocument secret = document(
                        "geheim1",
                        "motie",
                        "Motie kwartelkoning grondaankoop",
                        List.of("De kwartelkoning broedt op perceel 12."),
                        LocalDate.of(2019, 3, 1))
                .readableWith(Set.of("person:named", "griffie"), "geheim");
        engine.commit(engine.replace("geheim1", List.of(secret)));
    }

    @Test
    void aPaperThatIsNotPublicIsFoundOnlyByAReaderWithOneOfItsKeys() {
        indexSecret();
        Set<String> named = Set.of("public", "person:named");
        Set<String> other = Set.of("public", "person:other", "body:b1");

        for (String q : List.of("kwartelkoning", "perceel", "grondaankoop")) {
            assertThat(engine.search(SearchQuery.of(q)).total()).as(q).isZero();
            assertThat(engine.search(SearchQuery.of(q), other).total()).as(q).isZero();
            SearchResult found = engine.search(SearchQuery.of(q), named);
            assertThat(found.total()).as(q).isEqualTo(1);
            assertThat(found.hits().getFirst().level()).isEqualTo("geheim");
        }
        SearchResult perceel = engine.search(SearchQuery.of("perceel"), Set.of("griffie"));
        assertThat(perceel.hits().getFirst().snippet()).contains("<mark>perceel</mark>");
        assertThat(perceel.hits().getFirst().page()).isEqualTo(1);
        // the public hits keep no level
        assertThat(engine.search(SearchQuery.of("windmolenpark"), named).hits())
                .extracting(Hit::level)
                .containsOnlyNulls();
    }

    @Test
    void totalsAndFacetsCountOnlyWhatTheReaderMayRead() {
        indexSecret();
        SearchResult anonymous = engine.search(SearchQuery.of(""));
        SearchResult named = engine.search(SearchQuery.of(""), Set.of("public", "person:named"));
        assertThat(named.total()).isEqualTo(anonymous.total() + 1);
        assertThat(facet(anonymous, "jaar"))
                .doesNotContainKey("2019")
                .isEqualTo(facet(engine.search(SearchQuery.of(""), Set.of("public", "person:other")), "jaar"));
        assertThat(facet(named, "jaar"))
                .containsEntry("2019", facet(anonymous, "jaar").getOrDefault("2019", 0L) + 1);
    }

    private static Map<String, Long> facet(SearchResult result, String name) {
        Map<String, Long> counts = new java.util.HashMap<>();
        result.facets().getOrDefault(name, List.of()).forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }

    @Test
    void aWordOfAPaperTheReaderMayNotReadIsNeitherSuggestedNorCompleted() {
        indexSecret();
        assertThat(engine.search(SearchQuery.of("kwartelkonig")).didYouMean()).isNull();
        assertThat(engine.search(SearchQuery.of("kwartelkonig"), Set.of("public", "person:other"))
                        .didYouMean())
                .isNull();
        assertThat(engine.search(SearchQuery.of("kwartelkonig"), Set.of("public", "person:named"))
                        .didYouMean())
                .isEqualTo("kwartelkoning");
        assertThat(engine.suggest("kwartel", 10)).isEmpty();
        assertThat(engine.suggest("kwartel", 10, Set.of("public", "body:b1"))).isEmpty();
        assertThat(engine.suggest("kwartel", 10, Set.of("griffie")))
                .containsExactly("Motie kwartelkoning grondaankoop");
        // an exact word that only a geheime paper has is as unknown to others as a word of none: a public word close
        // to it is suggested as it would be without the paper
        assertThat(engine.search(SearchQuery.of("windmolenprak")).didYouMean()).isEqualTo("windmolenpark");
    }

    @Test
    void titlesAreCompletedFromTheirFirstLetters() {
        assertThat(engine.suggest("windm", 10))
                .contains("Motie windmolenpark Zeewolde", "Windmolenpark Zeewolde")
                .doesNotContain("Jet de Vries");
        assertThat(engine.suggest("jet de v", 10)).containsExactly("Jet de Vries");
        assertThat(engine.suggest("Wíndm", 1)).hasSize(1);
        assertThat(engine.suggest("  ", 10)).isEmpty();
    }

    @Test
    void aReplaceReplacesTheRootsDocumentsAndAnEmptyOneDeletesThem() {
        engine.replace("m1", List.of(document("m1", "motie", "Motie zonnepark Almere", List.of(), null)));
        long change = engine.replace("a1", List.of());
        engine.commit(change);
        assertThat(titles("zonnepark")).containsExactly("Motie zonnepark Almere");
        assertThat(titles("huisartsenpraktijk")).isEmpty();
        assertThat(titles("energiestrategie")).isEmpty();
        assertThat(engine.search(SearchQuery.of("")).total()).isEqualTo(CORPUS_SIZE - 1);
        assertThat(engine.suggest("amendement", 10)).isEmpty();
    }

    @Test
    void aRebuildSweepsWhatItDidNotWriteAgain() {
        engine.beginRebuild();
        assertThat(engine.isComplete()).isFalse();
        for (SearchDocument document : corpus()) {
            if (!document.id().equals("a1")) {
                engine.replace(document.root(), List.of(document));
            }
        }
        engine.finishRebuild();
        assertThat(engine.isComplete()).isTrue();
        assertThat(titles("energiestrategie")).isEmpty();
        assertThat(engine.search(SearchQuery.of("")).total()).isEqualTo(CORPUS_SIZE - 1);
    }

    @Test
    void completenessSurvivesAReopenAndAnAbandonedRebuildIsIncomplete() {
        assertThat(engine.isComplete()).isFalse(); // new: never rebuilt
        engine.beginRebuild();
        corpus().forEach(d -> engine.replace(d.root(), List.of(d)));
        engine.finishRebuild();
        engine.close();

        engine = open();
        assertThat(engine.isComplete()).isTrue();
        assertThat(engine.search(SearchQuery.of("")).total()).isEqualTo(CORPUS_SIZE);
        engine.beginRebuild();
        engine.replace("m1", List.of(corpus().getFirst()));
        engine.abandon();

        engine = open();
        assertThat(engine.isComplete()).isFalse();
        engine.beginRebuild();
        corpus().forEach(d -> engine.replace(d.root(), List.of(d)));
        engine.finishRebuild();
        assertThat(engine.isComplete()).isTrue();
        assertThat(engine.search(SearchQuery.of("")).total()).isEqualTo(CORPUS_SIZE);
    }

    @Test
    void invalidSyntaxIsSearchedAsItsWords() {
        assertThat(titles("huisartsenpraktijk AND (")).containsExactly("Motie windmolenpark Zeewolde");
        assertThat(titles("\"huisartsenpraktijk")).containsExactly("Motie windmolenpark Zeewolde");
        assertThat(titles("huisartsenpraktijk:")).containsExactly("Motie windmolenpark Zeewolde");
        assertThat(titles("/[/ energiestrategie")).containsExactly("Amendement begroting 2023 bij het statenvoorstel");
    }

    @Test
    void aTooLongQueryIsRefused() {
        assertThatThrownBy(() -> engine.search(SearchQuery.of("motie ".repeat(200))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> titles(String q) {
        return engine.search(SearchQuery.of(q)).hits().stream().map(Hit::title).toList();
    }

    private List<String> ids(SearchQuery query) {
        return engine.search(query).hits().stream().map(Hit::id).toList();
    }

    static final int CORPUS_SIZE = 6;

    /** Six objects of a provincial council: papers with a file, a vote, a meeting, an agenda item and a person. */
    static List<SearchDocument> corpus() {
        List<SearchDocument> corpus = new ArrayList<>();
        corpus.add(withFacets(
                document(
                        "m1",
                        "motie",
                        "Motie windmolenpark Zeewolde",
                        List.of(
                                "Eerste bladzijde: verzoekt GS om een plan.",
                                "De huisartsenpraktijk in Zeewolde heeft goede ideeën."),
                        LocalDate.of(2024, 6, 12)),
                List.of("Groen Flevoland"),
                Map.of("orgaan", List.of("Provinciale Staten van Flevoland"), "fractie", List.of("Groen Flevoland")),
                "2024-06-13T09:00:00Z"));
        corpus.add(withFacets(
                document(
                        "a1",
                        "amendement",
                        "Amendement begroting 2023 bij het statenvoorstel",
                        List.of("De regionale energiestrategie en de omgevingsvisie, besproken in Provinciale Staten."),
                        LocalDate.of(2023, 11, 1)),
                List.of("Polderpartij"),
                Map.of("orgaan", List.of("Provinciale Staten van Flevoland"), "fractie", List.of("Polderpartij")),
                "2023-11-02T09:00:00Z"));
        corpus.add(withFacets(
                document(
                        "v1",
                        "stemming",
                        "Stemming: Motie windmolenpark Zeewolde",
                        List.of(),
                        LocalDate.of(2024, 6, 12)),
                List.of("Groen Flevoland"),
                Map.of("uitslag", List.of("aangenomen"), "fractie", List.of("Groen Flevoland")),
                "2024-06-13T10:00:00Z"));
        corpus.add(withFacets(
                document("a2", "agendapunt", "Windmolenpark Zeewolde", List.of(), LocalDate.of(2024, 5, 1)),
                List.of(),
                Map.of(),
                "2024-05-02T10:00:00Z"));
        corpus.add(withFacets(
                document("g1", "vergadering", "Statenvergadering 12 juni 2024", List.of(), LocalDate.of(2024, 6, 12)),
                List.of(),
                Map.of("vergadertype", List.of("statenvergadering")),
                "2024-06-01T10:00:00Z"));
        corpus.add(withFacets(
                document("p1", "persoon", "Jet de Vries", List.of(), null),
                List.of("Polderpartij"),
                Map.of("fractie", List.of("Polderpartij")),
                "2023-01-01T10:00:00Z"));
        // own texts, for the objects that have one
        corpus.set(3, withOwnText(corpus.get(3), "Bespreking van de <windmolens> bij Zeewolde."));
        corpus.set(4, withOwnText(corpus.get(4), "Voorgezeten door de commissaris van de Koning."));
        corpus.set(5, withOwnText(corpus.get(5), "Statenlid"));
        return corpus;
    }

    /** A document whose own text is empty and whose file has the given pages, as a paper's is. */
    static SearchDocument document(String id, String type, String title, List<String> pages, @Nullable LocalDate date) {
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment("", null, "https://x.invalid/" + id));
        for (int i = 0; i < pages.size(); i++) {
            segments.add(new Segment(pages.get(i), i + 1, "https://x.invalid/f/" + id + "#page=" + (i + 1)));
        }
        Map<String, List<String>> facets = date == null
                ? Map.of("type", List.of(type))
                : Map.of("type", List.of(type), "jaar", List.of(Integer.toString(date.getYear())));
        return new SearchDocument(
                id, id, type, title, segments, date, "https://bron.invalid/" + id, List.of(), facets, null);
    }

    private static SearchDocument withFacets(
            SearchDocument d, List<String> fracties, Map<String, List<String>> facets, String published) {
        Map<String, List<String>> all = new java.util.LinkedHashMap<>(d.facets());
        all.putAll(facets);
        return new SearchDocument(
                d.id(),
                d.root(),
                d.type(),
                d.title(),
                d.segments(),
                d.date(),
                d.sourceId(),
                fracties,
                all,
                Instant.parse(published));
    }

    private static SearchDocument withOwnText(SearchDocument d, String text) {
        List<Segment> segments = new ArrayList<>(d.segments());
        segments.set(0, new Segment(text, null, segments.getFirst().url()));
        return new SearchDocument(
                d.id(),
                d.root(),
                d.type(),
                d.title(),
                segments,
                d.date(),
                d.sourceId(),
                d.fracties(),
                d.facets(),
                d.published());
    }

    private static QueryBuilder query() {
        return new QueryBuilder();
    }

    /** The filters that SearchQuery has no wither for. */
    private static final class QueryBuilder {
        private @Nullable Integer year;
        private @Nullable LocalDate from;
        private @Nullable LocalDate to;
        private @Nullable String body;
        private @Nullable String meetingType;
        private @Nullable String voteResult;

        QueryBuilder year(int year) {
            this.year = year;
            return this;
        }

        QueryBuilder from(LocalDate from) {
            this.from = from;
            return this;
        }

        QueryBuilder to(LocalDate to) {
            this.to = to;
            return this;
        }

        QueryBuilder body(String body) {
            this.body = body;
            return this;
        }

        QueryBuilder meetingType(String meetingType) {
            this.meetingType = meetingType;
            return this;
        }

        QueryBuilder voteResult(String voteResult) {
            this.voteResult = voteResult;
            return this;
        }

        SearchQuery build() {
            return new SearchQuery(
                    "",
                    null,
                    year,
                    from,
                    to,
                    body,
                    meetingType,
                    null,
                    voteResult,
                    null,
                    SearchQuery.Sort.RELEVANCE,
                    1,
                    10);
        }
    }
}
