package nl.statenwerk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.statenwerk.search.SearchDocument.Segment;
import nl.statenwerk.search.SearchResult.Hit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchEngineTest {

    @TempDir
    Path dir;

    @Test
    void aSnippetFromAPageCarriesThatPage() {
        try (LuceneSearchEngine engine = new LuceneSearchEngine(dir)) {
            engine.replace(
                    "p1",
                    List.of(paper("p1", "Motie windmolenpark", "eerste bladzijde", "over de huisartsenpraktijk")));
            engine.commit();
            Hit hit = engine.search(SearchQuery.of("huisartsenpraktijk")).hits().getFirst();
            assertThat(hit.snippet()).contains("<mark>huisartsenpraktijk</mark>");
            assertThat(hit.page()).isEqualTo(2);
            assertThat(hit.url()).endsWith("#page=2");
        }
    }

    @Test
    void sinceFindsOnlyWhatWasPublishedFromThatMomentOn() {
        try (LuceneSearchEngine engine = new LuceneSearchEngine(dir)) {
            engine.replace(
                    "old", List.of(paper("old", "Motie natuur").publishedAt(Instant.parse("2024-01-01T00:00:00Z"))));
            engine.replace(
                    "new", List.of(paper("new", "Motie natuur").publishedAt(Instant.parse("2024-03-01T00:00:00Z"))));
            engine.commit();
            var since = SearchQuery.of("natuur").withSince(Instant.parse("2024-02-01T00:00:00Z"));
            assertThat(engine.search(since).hits()).extracting(Hit::id).containsExactly("new");
            assertThat(engine.search(SearchQuery.of("natuur")).total()).isEqualTo(2);
        }
    }

    @Test
    void whenNoObjectHasAllWordsMostOfThemAreRequiredBeforeAnyOfThem() {
        try (LuceneSearchEngine engine = new LuceneSearchEngine(dir)) {
            engine.replace("three", List.of(paper("three", "Motie fietspad langs de dijk bij Lelystad")));
            engine.replace("one", List.of(paper("one", "Motie over de dijk")));
            engine.commit();
            // a pasted title with a word no object has: the object with most of the words, not every one with one
            assertThat(engine.search(SearchQuery.of("fietspad dijk Lelystad Dronten"))
                            .hits())
                    .extracting(Hit::id)
                    .containsExactly("three");
            assertThat(engine.search(SearchQuery.of("dijk Zwolle Dronten")).hits())
                    .extracting(Hit::id)
                    .containsExactlyInAnyOrder("three", "one");
        }
    }

    static SearchDocument paper(String id, String title, String... pages) {
        List<Segment> segments = new java.util.ArrayList<>();
        segments.add(new Segment("", null, "https://x.invalid/" + id));
        for (int i = 0; i < pages.length; i++) {
            segments.add(new Segment(pages[i], i + 1, "https://x.invalid/f/" + id + "#page=" + (i + 1)));
        }
        return new SearchDocument(
                id,
                id,
                "motie",
                title,
                segments,
                LocalDate.of(2024, 1, 1),
                null,
                List.of(),
                Map.of("type", List.of("motie")),
                java.time.Instant.parse("2024-01-02T10:00:00Z"));
    }
}
