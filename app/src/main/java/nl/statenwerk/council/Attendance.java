package nl.statenwerk.council;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person present at a meeting (ODS-ORI aanwezige deelnemer); individual votes refer to it. */
public record Attendance(
        @Nullable UUID id,
        UUID bodyId,
        @Nullable String sourceId,
        UUID meetingId,
        UUID personId,
        @Nullable String role,
        @Nullable String organizationName,
        @Nullable String seat,
        @Nullable OffsetDateTime startAt,
        @Nullable OffsetDateTime endAt,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
