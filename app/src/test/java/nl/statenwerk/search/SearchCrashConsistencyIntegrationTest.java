package nl.statenwerk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.ingest.ImportListener;
import nl.statenwerk.ingest.Importer;
import nl.statenwerk.search.SearchResult.Hit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

@StatenwerkTest
@TestPropertySource(properties = "statenwerk.test.context=search-crash")
@DirtiesContext
class SearchCrashConsistencyIntegrationTest {

    @Autowired
    Importer importer;

    @Autowired
    SearchService index;

    @Test
    void aRebuildKilledMidwayIsRedoneOnRestartAndTheIndexMatchesTheDatabaseAgain() throws Exception {
        List<String> before = importAndAwaitIndexing();

        // killed after three objects: the rebuild has marked the index incomplete, and wrote a little
        assertThatThrownBy(() -> index.rebuild(new Killer(3))).isInstanceOf(Killed.class);
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

    @Test
    void aCrashAfterAFinishedRebuildLosesNothing() throws Exception {
        List<String> before = importAndAwaitIndexing();

        index.rebuild(SearchIndex.ProgressListener.NONE);
        index.crashAndReopen();
        assertThat(index.isComplete()).isTrue();
        index.recover();

        assertThat(everything()).isEqualTo(before);
    }

    /** Imports a bundle and waits until its eight public objects and its PDF's pages are indexed. */
    private List<String> importAndAwaitIndexing() throws Exception {
        int objects = everything().size();
        long pages = index.search(SearchQuery.of("huisartsenpraktijk")).total();
        SearchBundle bundle = SearchBundle.flevoland(Files.createTempDirectory("search-bundle"));
        importer.importFrom(bundle.dir.toString(), ImportListener.NONE);
        // two fracties, a person, a meeting, an agenda item, two public papers and the vote on one of them
        List<String> indexed = SearchIntegrationTest.eventually(this::everything, all -> all.size() == objects + 8);
        assertThat(indexed).hasSize(objects + 8);
        SearchIntegrationTest.eventually(
                () -> index.search(SearchQuery.of("huisartsenpraktijk")), r -> r.total() == pages + 1);
        return everything();
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

    static final class Killed extends RuntimeException {}

    /** Throws after a number of objects, as a kill would stop the process there. */
    record Killer(long after) implements SearchIndex.ProgressListener {

        static long steps;

        Killer {
            steps = 0;
        }

        @Override
        public void start(long total) {}

        @Override
        public void step() {
            if (++steps > after) {
                throw new Killed();
            }
        }
    }
}
