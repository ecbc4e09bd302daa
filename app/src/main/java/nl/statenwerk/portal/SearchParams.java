package nl.statenwerk.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.statenwerk.search.SearchQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * What the search page was asked, as read from its address, and the addresses of the same search with one thing
 * changed; the page is a plain GET form and links, so it works without JavaScript and every state can be shared.
 *
 * @param filters per facet (the API's names: {@code type}, {@code jaar}, ...) the chosen value, in {@link #FACETS}
 *     order
 * @param byDate newest first instead of by relevance
 * @param page from 1
 */
record SearchParams(String q, Map<String, String> filters, boolean byDate, int page) {

    static final List<String> FACETS = List.of("type", "jaar", "orgaan", "vergadertype", "fractie", "uitslag");

    /** The period, first and last day (both included), as ISO dates: filters that are no facet. */
    static final List<String> PERIOD = List.of("van", "tot");

    /** Everything that filters, in the order of the page's address. */
    static final List<String> FILTERS =
            java.util.stream.Stream.concat(FACETS.stream(), PERIOD.stream()).toList();

    static final String PATH = "/zoeken";

    SearchParams {
        filters = Map.copyOf(filters);
    }

    /** Reads the page's parameters; what cannot be read is left out rather than refused, as a reader typed it. */
    static SearchParams from(MultiValueMap<String, String> params) {
        String q = first(params, "q");
        Map<String, String> filters = new LinkedHashMap<>();
        for (String facet : FILTERS) {
            String value = first(params, facet).strip();
            if (!value.isEmpty() && (!PERIOD.contains(facet) || date(value) != null)) {
                filters.put(facet, value);
            }
        }
        int page = 1;
        try {
            page = Math.max(1, Integer.parseInt(first(params, "pagina").strip()));
        } catch (NumberFormatException e) {
            // the first page
        }
        return new SearchParams(q.strip(), filters, "datum".equals(first(params, "sortering")), page);
    }

    /** The search a saved query repeats, newest first: its words, filters and period. */
    static SearchParams of(SearchQuery query) {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "type", query.type());
        put(filters, "jaar", query.year() == null ? null : query.year().toString());
        put(filters, "orgaan", query.body());
        put(filters, "vergadertype", query.meetingType());
        put(filters, "fractie", query.fractie());
        put(filters, "uitslag", query.voteResult());
        put(filters, "van", query.from() == null ? null : query.from().toString());
        put(filters, "tot", query.to() == null ? null : query.to().toString());
        return new SearchParams(query.q(), filters, true, 1);
    }

    private static void put(Map<String, String> filters, String facet, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            filters.put(facet, value);
        }
    }

    /**
     * The index's query for this search.
     *
     * @throws IllegalArgumentException for a query that is too long, or a page beyond the deepest
     */
    SearchQuery query(int size) {
        return new SearchQuery(
                q,
                filter("type"),
                year(),
                date(filter("van")),
                date(filter("tot")),
                filter("orgaan"),
                filter("vergadertype"),
                filter("fractie"),
                filter("uitslag"),
                null,
                byDate ? SearchQuery.Sort.DATE : SearchQuery.Sort.RELEVANCE,
                page,
                size);
    }

    /** The address of this search from its first page. */
    String href() {
        return withPage(1);
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    /** Whether there is anything to search for: words or at least one filter. */
    boolean asked() {
        return !q.isEmpty() || !filters.isEmpty();
    }

    @Nullable
    String filter(String facet) {
        return filters.get(facet);
    }

    /** The year filter, or {@code null} when absent or not a year (then it does not filter). */
    @Nullable
    Integer year() {
        String year = filters.get("jaar");
        if (year == null || !year.matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(year);
    }

    /** An ISO date, or {@code null} when absent or not a date (then it does not filter). */
    static java.time.@Nullable LocalDate date(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    String withFilter(String facet, @Nullable String value) {
        return href(p -> {
            if (value == null) {
                p.filters.remove(facet);
            } else {
                p.filters.put(facet, value);
            }
            p.page = 1;
        });
    }

    String withSort(boolean date) {
        return href(p -> {
            p.byDate = date;
            p.page = 1;
        });
    }

    String withPage(int page) {
        return href(p -> p.page = page);
    }

    String withQuery(String query) {
        return href(p -> {
            p.q = query;
            p.page = 1;
        });
    }

    /** The address of this search, changed by {@code change}; defaults are left out to keep addresses short. */
    private String href(Consumer<Mutable> change) {
        Mutable p = new Mutable(q, new LinkedHashMap<>(filters), byDate, page);
        change.accept(p);
        StringBuilder uri = new StringBuilder(PATH).append("?q=").append(encode(p.q));
        for (String facet : FILTERS) {
            if (p.filters.containsKey(facet)) {
                uri.append('&').append(facet).append('=').append(encode(p.filters.get(facet)));
            }
        }
        if (p.byDate) {
            uri.append("&sortering=datum");
        }
        if (p.page > 1) {
            uri.append("&pagina=").append(p.page);
        }
        return uri.toString();
    }

    /** Form encoding, so that a {@code +} in a query stays a plus and is not read back as a space. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static final class Mutable {
        String q;
        final Map<String, String> filters;
        boolean byDate;
        int page;

        Mutable(String q, Map<String, String> filters, boolean byDate, int page) {
            this.q = q;
            this.filters = filters;
            this.byDate = byDate;
            this.page = page;
        }
    }
}
