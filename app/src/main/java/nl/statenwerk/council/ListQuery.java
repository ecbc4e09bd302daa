package nl.statenwerk.council;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which objects to list.
 *
 * @param bodyId only objects of this body; {@code null} for all
 * @param modifiedSince only objects changed after this moment (incremental sync); {@code null} for all
 * @param after continue after this position; {@code null} to start at the beginning
 * @param limit the most objects to return (1 to 1000)
 * @param publicOnly leave out everything that may not be shown publicly
 * @param includeDeleted include soft-deleted objects, which sync clients need to learn of deletions
 */
public record ListQuery(
        @Nullable UUID bodyId,
        @Nullable OffsetDateTime modifiedSince,
        @Nullable Cursor after,
        int limit,
        boolean publicOnly,
        boolean includeDeleted) {

    public ListQuery {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
        }
    }

    public static ListQuery publicFirstPage(int limit) {
        return new ListQuery(null, null, null, limit, true, false);
    }
}
