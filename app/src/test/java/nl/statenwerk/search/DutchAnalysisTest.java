package nl.statenwerk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table tests of Dutch council words, in the manner of Lucene's TestDutchAnalyzer. */
class DutchAnalysisTest {

    private static final Analyzer INDEX = DutchAnalysis.indexing();
    private static final Analyzer QUERY = DutchAnalysis.querying();

    @ParameterizedTest(name = "{0} and {1} match each other")
    @CsvSource({
        "moties, motie",
        "amendementen, amendement",
        "vergaderingen, vergadering",
        "statenvoorstellen, statenvoorstel",
        "bestemmingsplannen, bestemmingsplan",
        "gemeenten, gemeente",
        "fracties, fractie",
        "subsidies, subsidie",
        "ideeën, ideeen",
        "Gedeputeerde, gedeputeerden",
        "provincies, provincie",
        "windmolens, windmolen",
        "begrotingen, begroting",
        "huisartsen, huisarts",
        "café, cafe",
    })
    void wordFormsOfTheSameWordMatch(String a, String b) {
        assertThat(stem(a)).isEqualTo(stem(b));
        assertThat(tokens(QUERY, a)).contains(stem(b));
    }

    @ParameterizedTest(name = "{0} is found by {1}")
    @CsvSource({
        "windmolenpark, windmolen",
        "windmolenpark, park",
        "omgevingsvisie, omgeving",
        "omgevingsvisie, visie",
        "statenvoorstel, voorstel",
        "statenvoorstel, staten",
        "huisartsenpraktijk, huisarts",
        "huisartsenpraktijk, praktijk",
        "huisartsenpraktijken, praktijken",
        "natuurbeheerplan, natuur",
        "stikstofdepositie, stikstof",
        "bestemmingsplannen, bestemmingsplan",
    })
    void aCompoundIsFoundByItsParts(String indexed, String query) {
        assertThat(tokens(INDEX, indexed)).contains(stem(query));
    }

    @ParameterizedTest(name = "{0} also searches {1}")
    @CsvSource({
        "PS, provinciale",
        "GS, gedeputeerde",
        "CdK, commissaris",
        "OV, openbaar",
        "RES, energiestrategie",
        "NNN, natuurnetwerk",
        "Provinciale Staten, ps",
    })
    void anAbbreviationSearchesItsMeaning(String query, String word) {
        assertThat(tokens(QUERY, query)).containsAll(tokens(QUERY, word));
    }

    @Test
    void stopWordsAreNotIndexed() {
        assertThat(tokens(INDEX, "de motie van het college")).containsExactly("motie", "colleg");
    }

    @Test
    void aSearchForTheWholeCompoundDoesNotSearchItsParts() {
        assertThat(tokens(QUERY, "windmolenpark")).hasSize(1);
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(42);
        String alphabet = "abcdefghijklmnopqrstuvwxyzéëïöü ÄÖ-'\"*?()[]{}:+\\/.,;0123456789\t\n\u00a0\u200b😀";
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                text.append(
                        random.nextInt(10) == 0
                                ? (char) random.nextInt(0xFFFF)
                                : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            tokens(INDEX, text.toString());
            tokens(QUERY, text.toString());
            tokens(INDEX, DutchAnalysis.COMPLETE, text.toString());
        }
    }

    /** The stem of a word: the first token when indexing, which comes before the parts of a compound. */
    static String stem(String word) {
        return tokens(INDEX, word).getFirst();
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        return tokens(analyzer, DutchAnalysis.TEXT, text);
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
