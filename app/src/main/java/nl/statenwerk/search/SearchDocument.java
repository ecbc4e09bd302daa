package nl.statenwerk.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.statenwerk.access.AccessKeys;
import org.jspecify.annotations.Nullable;

/**
 * What an engine indexes of one object, independent of the engine.
 *
 * @param root the id of the object whose change replaces this document (the object itself)
 * @param segments the texts of the object: its own text first, then one per page of its files; a hit's snippet comes
 *     from one of them, and takes its page and url
 * @param fracties names searchable with {@code fractie:}
 * @param facets per facet name its values for this object
 * @param published when the object entered the system, for {@link SearchQuery#since()}
 * @param access the {@link AccessKeys} that open the object: {@link AccessKeys#ANONYMOUS} for a public one
 * @param level the code of the access level of an object that is not public ({@code besloten}, ...), shown with its
 *     hits; {@code null} for a public one
 */
record SearchDocument(
        String id,
        String root,
        String type,
        String title,
        List<Segment> segments,
        @Nullable LocalDate date,
        @Nullable String sourceId,
        List<String> fracties,
        Map<String, List<String>> facets,
        @Nullable Instant published,
        Set<String> access,
        @Nullable String level) {

    SearchDocument {
        access = Set.copyOf(access);
    }

    /** A public object's document. */
    SearchDocument(
            String id,
            String root,
            String type,
            String title,
            List<Segment> segments,
            @Nullable LocalDate date,
            @Nullable String sourceId,
            List<String> fracties,
            Map<String, List<String>> facets,
            @Nullable Instant published) {
        this(id, root, type, title, segments, date, sourceId, fracties, facets, published, AccessKeys.ANONYMOUS, null);
    }

    boolean isPublic() {
        return access.contains(AccessKeys.PUBLIC);
    }

    /**
     * @param page the page in the file, {@code null} for the object's own text
     * @param url where to read this text
     */
    record Segment(String text, @Nullable Integer page, String url) {}

    static final List<String> FACETS = List.of("type", "jaar", "orgaan", "vergadertype", "fractie", "uitslag");

    SearchDocument publishedAt(@Nullable Instant published) {
        return new SearchDocument(
                id, root, type, title, segments, date, sourceId, fracties, facets, published, access, level);
    }

    SearchDocument readableWith(Set<String> access, @Nullable String level) {
        return new SearchDocument(
                id, root, type, title, segments, date, sourceId, fracties, facets, published, access, level);
    }
}
