package nl.statenwerk.council;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who submitted a paper (ODS-ORI indiener): a person, an organisation, or only a name. */
public record PaperSubmitter(
        @Nullable UUID id,
        UUID bodyId,
        @Nullable String sourceId,
        UUID paperId,
        @Nullable UUID personId,
        @Nullable UUID organizationId,
        @Nullable String name,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
