package nl.statenwerk.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's membership of an organisation over time, possibly on behalf of a fractie. */
public record Membership(
        @Nullable UUID id,
        UUID bodyId,
        @Nullable String sourceId,
        UUID personId,
        UUID organizationId,
        @Nullable String role,
        boolean chair,
        @Nullable Boolean votingRight,
        @Nullable UUID onBehalfOfId,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
