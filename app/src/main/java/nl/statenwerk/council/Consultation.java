package nl.statenwerk.council;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One step in the route of a paper: its treatment on an agenda item of a meeting, by an organisation. See OParl issue 24 for why this is an object of its own. */
public record Consultation(
        @Nullable UUID id,
        UUID bodyId,
        @Nullable String sourceId,
        UUID paperId,
        @Nullable UUID agendaItemId,
        @Nullable UUID meetingId,
        @Nullable UUID organizationId,
        @Nullable String role,
        @Nullable Boolean authoritative,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
