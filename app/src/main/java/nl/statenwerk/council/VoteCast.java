package nl.statenwerk.council;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How one member voted (ODS-ORI stem). */
public record VoteCast(
        @Nullable UUID id,
        UUID bodyId,
        @Nullable String sourceId,
        UUID voteId,
        UUID personId,
        @Nullable UUID attendanceId,
        VoteChoice choice,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
