package nl.statenwerk.council;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person: a Statenlid, gedeputeerde, griffier, burgerlid. {@code functionName} and {@code gender} hold the ODS-ORI value. */
public record Person(
        @Nullable UUID id,
        UUID bodyId,
        @Nullable String sourceId,
        String name,
        @Nullable String familyName,
        @Nullable String givenName,
        @Nullable String initials,
        @Nullable String namePrefix,
        @Nullable String gender,
        @Nullable String functionName,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
