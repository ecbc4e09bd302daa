package nl.statenwerk.council;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An item on a meeting's agenda, in order, possibly a sub-item; a hamerstuk is decided without debate. */
public record AgendaItem(
        @Nullable UUID id,
        UUID bodyId,
        @Nullable String sourceId,
        UUID meetingId,
        @Nullable UUID parentId,
        @Nullable String number,
        int position,
        @Nullable String title,
        @Nullable String description,
        @Nullable String reference,
        @Nullable Boolean hamerstuk,
        @Nullable Boolean besloten,
        @Nullable Boolean handled,
        @Nullable OffsetDateTime startAt,
        @Nullable OffsetDateTime endAt,
        @Nullable OffsetDateTime plannedStartAt,
        @Nullable OffsetDateTime plannedEndAt,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
