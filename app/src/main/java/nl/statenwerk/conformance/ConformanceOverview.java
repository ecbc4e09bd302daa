package nl.statenwerk.conformance;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The conformance of the public PDFs of papers, per body, for the griffie and the accessibility statement.
 *
 * @param bodies counts and pass rates per body, by name
 * @param total how many documents the query selects
 * @param documents the page of documents the query asked for
 */
public record ConformanceOverview(List<BodySummary> bodies, long total, List<Document> documents) {

    public ConformanceOverview {
        bodies = List.copyOf(bodies);
        documents = List.copyOf(documents);
    }

    /**
     * Which documents to list.
     *
     * @param bodyId only this body's; {@code null} for all
     * @param standard only results for this standard; {@code null} for both
     * @param outcome only results with this outcome; {@code null} for all that were checked
     * @param offset how many to skip
     * @param limit the most to return (1 to 500)
     */
    public record Query(
            @Nullable UUID bodyId,
            @Nullable Standard standard,
            @Nullable Outcome outcome,
            int offset,
            int limit) {
        public Query {
            if (offset < 0) {
                throw new IllegalArgumentException("offset must not be negative, was " + offset);
            }
            if (limit < 1 || limit > 500) {
                throw new IllegalArgumentException("limit must be between 1 and 500, was " + limit);
            }
        }
    }

    /**
     * A body's public PDFs of papers and how many passed; a document attached to two papers counts twice.
     *
     * @param documents all, checked or not
     */
    public record BodySummary(
            UUID bodyId,
            String name,
            long documents,
            long accessibilityChecked,
            long accessibilityPassed,
            long archivalChecked,
            long archivalPassed) {

        /** The share of the checked documents that passed PDF/UA-1, 0 to 100; {@code null} when none was checked. */
        public @Nullable Integer accessibilityRate() {
            return rate(accessibilityPassed, accessibilityChecked);
        }

        public @Nullable Integer archivalRate() {
            return rate(archivalPassed, archivalChecked);
        }

        private static @Nullable Integer rate(long passed, long checked) {
            return checked == 0 ? null : (int) Math.floor(100.0 * passed / checked);
        }
    }

    /** A file of a public paper with one of its results. */
    public record Document(
            UUID bodyId,
            String bodyName,
            UUID paperId,
            String paperName,
            UUID fileId,
            String fileName,
            ConformanceResult result) {}
}
