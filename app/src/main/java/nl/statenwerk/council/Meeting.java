package nl.statenwerk.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A meeting: statenvergadering, commissievergadering, beeldvormende sessie; it may be part of another meeting. */
public record Meeting(
        @Nullable UUID id,
        UUID bodyId,
        @Nullable String sourceId,
        @Nullable String name,
        MeetingType meetingType,
        MeetingState state,
        @Nullable LocalDate meetingDate,
        @Nullable OffsetDateTime startAt,
        @Nullable OffsetDateTime endAt,
        @Nullable OffsetDateTime plannedStartAt,
        @Nullable OffsetDateTime plannedEndAt,
        @Nullable String location,
        @Nullable String description,
        @Nullable UUID parentId,
        @Nullable UUID organizationId,
        @Nullable String livestreamUrl,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
