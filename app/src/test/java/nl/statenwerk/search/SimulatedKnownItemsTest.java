package nl.statenwerk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SimulatedKnownItemsTest {

    private static final SortedMap<String, String> DOCUMENTS = new TreeMap<>();

    static {
        DOCUMENTS.put("a", "Motie over windmolens op zee bij Urk en de visserij rond het windmolenpark");
        DOCUMENTS.put("b", "Motie over het openbaar vervoer in Flevoland: buslijnen naar Lelystad en Almere");
        DOCUMENTS.put("c", "Motie over stikstof, natuurherstel en de boeren in de Noordoostpolder");
        DOCUMENTS.put("d", "Motie over huisartsenpraktijken en zorg in kleine kernen van de provincie");
    }

    @Test
    void theSameCorpusAndSeedGiveTheSameQueries() {
        assertThat(SimulatedKnownItems.queries(DOCUMENTS, 0.2, 7))
                .isEqualTo(SimulatedKnownItems.queries(DOCUMENTS, 0.2, 7));
    }

    @Test
    void withoutNoiseEveryWordIsTheDocumentsOwnAndCharacteristicOfIt() {
        List<SimulatedKnownItems.Simulated> queries = SimulatedKnownItems.queries(DOCUMENTS, 0, 7);
        assertThat(queries).hasSize(4);
        for (var q : queries) {
            assertThat(q.noisy()).isFalse();
            List<String> own = SimulatedKnownItems.words(DOCUMENTS.get(q.answer()));
            assertThat(q.text().split(" "))
                    .hasSizeBetween(2, 6)
                    .allSatisfy(word -> assertThat(own).contains(word))
                    // "motie" is in every document: it says nothing of one, so it is never remembered
                    .doesNotContain("motie");
        }
    }

    @Test
    void noiseBringsInWordsOfOtherDocuments() {
        List<SimulatedKnownItems.Simulated> queries = SimulatedKnownItems.queries(DOCUMENTS, 1, 7);
        assertThat(queries).anySatisfy(q -> assertThat(q.noisy()).isTrue());
        for (var q :
                queries.stream().filter(SimulatedKnownItems.Simulated::noisy).toList()) {
            List<String> own = SimulatedKnownItems.words(DOCUMENTS.get(q.answer()));
            assertThat(q.text().split(" ")).anySatisfy(word -> assertThat(own).doesNotContain(word));
        }
    }

    @Test
    void wordsAreLowerCasedWithoutStopWordsNumbersOrShortWords() {
        assertThat(SimulatedKnownItems.words("De Motie 36410 van het lid Ös over OV en ideeën"))
                .containsExactly("motie", "lid", "ideeën");
    }
}
