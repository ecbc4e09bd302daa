package nl.statenwerk.publication;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of active publication ({@code statenwerk.publication.*}).
 *
 * @param pageSize the most entries per sitemap; the sitemap protocol allows 50,000
 * @param publishers the TOOI URI of each body's publisher, keyed by the body's id, source id or name
 */
@ConfigurationProperties("statenwerk.publication")
record PublicationProperties(int pageSize, @Nullable Map<String, String> publishers) {

    static final int MAX_PAGE_SIZE = 50_000;

    PublicationProperties {
        if (pageSize <= 0) {
            pageSize = MAX_PAGE_SIZE;
        }
        if (pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("statenwerk.publication.page-size is at most " + MAX_PAGE_SIZE);
        }
        publishers = publishers == null ? Map.of() : Map.copyOf(publishers);
    }
}
