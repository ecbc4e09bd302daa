package nl.statenwerk.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An organisation within a body: a fractie, commissie, Gedeputeerde Staten, presidium, the griffie. */
public record Organization(
        @Nullable UUID id,
        UUID bodyId,
        @Nullable String sourceId,
        String name,
        @Nullable String shortName,
        OrganizationClassification classification,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable String website,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
