package nl.statenwerk.council;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A decision (besluit) with its result text and any commitment (toezegging) made. */
public record Decision(
        @Nullable UUID id,
        UUID bodyId,
        @Nullable String sourceId,
        String result,
        @Nullable String explanation,
        @Nullable String commitment,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
