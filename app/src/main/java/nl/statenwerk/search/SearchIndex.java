package nl.statenwerk.search;

import java.util.List;
import nl.statenwerk.access.Viewer;

/**
 * Full-text search over the stukkenstroom. The index is a projection of the database that holds public objects and
 * the papers of every access level, each with what opens it ({@code access.AccessKeys}); every search is filtered by
 * its reader before it scores, so no hit, count, facet, snippet, spelling or completion comes from a paper the reader
 * may not read. The methods without a reader search what is public: feeds, dossiers' public links. Nothing here takes
 * or returns {@code null}.
 */
public interface SearchIndex {

    /**
     * Searches with the query syntax of {@link SearchQuery#q()}; text that is not valid syntax is searched as plain
     * words.
     */
    SearchResult search(SearchQuery query);

    /** As {@link #search(SearchQuery)}, over what this reader may read ({@link Viewer#mayRead}). */
    SearchResult search(SearchQuery query, Viewer reader);

    /** Titles and names that start with the words of {@code prefix} (the last one may be incomplete), at most {@code max}. */
    List<String> suggest(String prefix, int max);

    /** As {@link #suggest(String, int)}, from the titles of what this reader may read. */
    List<String> suggest(String prefix, int max, Viewer reader);

    /**
     * Rebuilds the index from the database; searches keep working meanwhile. A rebuild that is interrupted (crash,
     * kill) is started again on the next start of the application.
     */
    void rebuild(ProgressListener progress);

    /** Told of the progress of a rebuild. */
    interface ProgressListener {

        ProgressListener NONE = new ProgressListener() {
            @Override
            public void start(long total) {}

            @Override
            public void step() {}
        };

        /** The number of objects to index, counted before the first step. */
        void start(long total);

        void step();
    }
}
