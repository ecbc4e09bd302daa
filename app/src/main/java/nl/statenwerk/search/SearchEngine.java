package nl.statenwerk.search;

import java.util.List;
import java.util.Set;
import nl.statenwerk.access.AccessKeys;

/**
 * A search engine holding the projection: the embedded Lucene one, or OpenSearch. Writes become durable
 * and visible with {@link #commit()}; a rebuild is bracketed by {@link #beginRebuild()} and {@link #finishRebuild()}
 * so that an engine can tell after a crash that its projection is incomplete.
 */
interface SearchEngine extends AutoCloseable {

    /** Whether the last committed state is a finished rebuild plus incremental changes. */
    boolean isComplete();

    /**
     * Replaces all documents of a root object; an empty list deletes them.
     *
     * @return the number of this change, for {@link #commit(long)}
     */
    long replace(String root, List<SearchDocument> documents);

    /** Marks the projection incomplete (durably) until {@link #finishRebuild()}. */
    void beginRebuild();

    /** Removes what the rebuild did not write again and marks the projection complete. */
    void finishRebuild();

    void commit();

    /**
     * Commits unless a commit since made the change durable already: concurrent writers then share one commit
     * instead of queueing for one each.
     */
    void commit(long change);

    /** Drops what was not committed, as a crash would, and closes the engine. */
    void abandon();

    /** Searches what is public. */
    default SearchResult search(SearchQuery query) {
        return search(query, AccessKeys.ANONYMOUS);
    }

    /**
     * Searches the documents that share a key with {@code reader}, filtered before scoring: hits, the total, facets
     * and the spelling suggestion come from those documents only.
     */
    SearchResult search(SearchQuery query, Set<String> reader);

    /** Completes from what is public. */
    default List<String> suggest(String prefix, int max) {
        return suggest(prefix, max, AccessKeys.ANONYMOUS);
    }

    /** Completes from the titles of the documents that share a key with {@code reader}. */
    List<String> suggest(String prefix, int max, Set<String> reader);

    @Override
    void close();

    /** Opens the engine that the settings choose; again after a simulated crash. */
    @FunctionalInterface
    interface Opener {
        SearchEngine open();
    }
}
