package nl.statenwerk.council;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A body: the Provinciale Staten of one province (or another council); an installation holds several. <p>The audit components are filled in by the store. */
public record Body(
        @Nullable UUID id,
        @Nullable String sourceId,
        String name,
        @Nullable String shortName,
        BodyClassification classification,
        @Nullable String code,
        @Nullable String website,
        @Nullable String license,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
