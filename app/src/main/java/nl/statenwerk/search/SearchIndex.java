package nl.statenwerk.search;

import java.util.List;

/**
 * Full-text search over the public objects of the stukkenstroom. The index is a projection of the database that
 * holds public objects only, so no hit, count, facet, snippet or suggestion can reveal a non-public object. Nothing
 * here takes or returns {@code null}.
 */
public interface SearchIndex {

    /**
     * Searches with the query syntax of {@link SearchQuery#q()}; text that is not valid syntax is searched as plain
     * words.
     */
    SearchResult search(SearchQuery query);

    /** Titles and names that start with the words of {@code prefix} (the last one may be incomplete), at most {@code max}. */
    List<String> suggest(String prefix, int max);

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
