package nl.statenwerk.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A legislative term (zittingsperiode) of a body. */
public record LegislativeTerm(
        @Nullable UUID id,
        UUID bodyId,
        @Nullable String sourceId,
        String name,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
