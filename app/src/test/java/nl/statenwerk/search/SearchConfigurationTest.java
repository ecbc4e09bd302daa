package nl.statenwerk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.statenwerk.core.StatenwerkProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchConfigurationTest {

    @TempDir
    Path home;

    @Test
    void luceneIsTheDefaultAndLivesInTheHomeDirectory() {
        SearchProperties defaults = new SearchProperties(
                SearchProperties.Engine.LUCENE, new SearchProperties.OpenSearch(null, null, null, "statenwerk-"));
        try (SearchEngine engine = new SearchConfiguration()
                .searchEngine(defaults, new StatenwerkProperties(home, false, null, null))
                .open()) {
            assertThat(engine).isInstanceOf(LuceneSearchEngine.class);
        }
        assertThat(home.resolve("index")).isDirectory();
    }

    @Test
    void openSearchWithoutAUrlIsRefusedAtStart() {
        SearchProperties settings = new SearchProperties(
                SearchProperties.Engine.OPENSEARCH, new SearchProperties.OpenSearch(null, null, null, "statenwerk-"));
        assertThatThrownBy(() -> new SearchConfiguration()
                        .searchEngine(settings, new StatenwerkProperties(home, false, null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("statenwerk.search.opensearch.url");
    }

    @Test
    void anIndexPrefixMustBeLowerCaseAsOpenSearchIndexNamesAre() {
        assertThatThrownBy(() -> new SearchProperties.OpenSearch(null, null, null, "Statenwerk-"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
