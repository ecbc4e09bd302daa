package nl.statenwerk.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of hits.
 *
 * @param total how many objects match
 * @param tookMs how long the search took
 * @param facets per facet ({@code type}, {@code jaar}, {@code orgaan}, {@code vergadertype}, {@code fractie},
 *     {@code uitslag}) the values among all matches with their counts, most frequent first
 * @param didYouMean a query with the words spelled as the index knows them, when few objects match; else {@code null}
 */
public record SearchResult(
        long total,
        long tookMs,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets,
        @Nullable String didYouMean) {

    /**
     * A matching object.
     *
     * @param id the object's id
     * @param type as in {@link SearchQuery#type()}
     * @param snippet the best passage, with matches in {@code <mark>}; HTML-escaped otherwise; {@code null} when the
     *     object has no text beyond its title
     * @param page the page of the file (PDF) that the snippet comes from; {@code null} when it is not from a file
     * @param url where to read the object: its file at the page of the snippet, else its ODS-ORI resource
     * @param sourceId the object's id in its source
     * @param level the code of the access level of a hit that is not public ({@code besloten}, {@code geheim},
     *     {@code fractie-intern}); {@code null} for a public one
     */
    public record Hit(
            String id,
            String type,
            String title,
            @Nullable LocalDate date,
            @Nullable String snippet,
            @Nullable Integer page,
            String url,
            @Nullable String sourceId,
            @Nullable String level) {}

    public record FacetValue(String value, long count) {}
}
