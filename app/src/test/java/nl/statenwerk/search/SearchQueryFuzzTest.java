package nl.statenwerk.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the search query parser through the whole search (parse, relaxation, facets, snippets, spelling) and the
 * completion on a small corpus: whatever a visitor types, the only failure is the documented bad-input one, an
 * {@link IllegalArgumentException} that the API and the portal turn into a 400 with a Dutch message. Without
 * JAZZER_FUZZ this runs the inputs under {@code SearchQueryFuzzTestInputs} as a regression test.
 */
class SearchQueryFuzzTest {

    private static Path dir;
    private static SearchEngine engine;

    @BeforeAll
    static void openWithCorpus() throws Exception {
        dir = Files.createTempDirectory("search-fuzz");
        engine = new LuceneSearchEngine(dir);
        for (SearchDocument document : SearchEngineContract.corpus()) {
            engine.replace(document.root(), List.of(document));
        }
        engine.commit();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void anyQueryIsAnswerOrBadInput(FuzzedDataProvider data) {
        boolean byDate = data.consumeBoolean();
        String q = data.consumeRemainingAsString();
        SearchQuery query;
        try {
            query = SearchQuery.of(q);
        } catch (IllegalArgumentException tooLong) {
            assertThat(q.strip()).hasSizeGreaterThan(SearchQuery.MAX_LENGTH);
            return;
        }
        try {
            SearchResult result = engine.search(byDate ? query.withSort(SearchQuery.Sort.DATE) : query);
            assertThat(result.total())
                    .isBetween(0L, (long) SearchEngineContract.corpus().size());
            assertThat(result.hits().size()).isLessThanOrEqualTo(query.size());
        } catch (IllegalArgumentException badInput) {
            assertThat(badInput.getMessage()).startsWith("De zoekvraag");
        }
        assertThat(engine.suggest(q.length() > 100 ? q.substring(0, 100) : q, 10))
                .hasSizeLessThanOrEqualTo(10);
    }
}
