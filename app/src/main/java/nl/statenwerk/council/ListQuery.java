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
 * @param organizationClassification only organisations of this kind, or memberships in them (the standards list
 *     fracties and fractielidmaatschappen apart); {@code null} for all
 */
public record ListQuery(
        @Nullable UUID bodyId,
        @Nullable OffsetDateTime modifiedSince,
        @Nullable Cursor after,
        int limit,
        boolean publicOnly,
        boolean includeDeleted,
        @Nullable OrganizationClassification organizationClassification) {

    public ListQuery {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
        }
    }

    public ListQuery(
            @Nullable UUID bodyId,
            @Nullable OffsetDateTime modifiedSince,
            @Nullable Cursor after,
            int limit,
            boolean publicOnly,
            boolean includeDeleted) {
        this(bodyId, modifiedSince, after, limit, publicOnly, includeDeleted, null);
    }

    public static ListQuery publicFirstPage(int limit) {
        return new ListQuery(null, null, null, limit, true, false);
    }
}
