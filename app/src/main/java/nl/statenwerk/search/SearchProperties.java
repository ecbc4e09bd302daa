package nl.statenwerk.search;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search module.
 *
 * @param engine where the index lives: {@code lucene} in STATENWERK_HOME (the default), or {@code opensearch}
 * @param opensearch the cluster, when the engine is {@code opensearch}
 */
@ConfigurationProperties("statenwerk.search")
record SearchProperties(
        @DefaultValue("lucene") Engine engine, @DefaultValue OpenSearch opensearch) {

    enum Engine {
        LUCENE,
        OPENSEARCH
    }

    /**
     * @param url the cluster's HTTP address, e.g. {@code https://search.provincie.example:9200}
     * @param username with {@code password}, for HTTP basic authentication; none when empty
     * @param indexPrefix put before the index name, so several installations can share one cluster
     */
    record OpenSearch(
            @Nullable URI url,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("statenwerk-") String indexPrefix) {

        OpenSearch {
            if (!indexPrefix.equals(indexPrefix.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("statenwerk.search.opensearch.index-prefix must be lower case");
            }
        }
    }
}
