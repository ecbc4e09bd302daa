package nl.statenwerk.files;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A file's metadata. Its content is in the store under {@code sha256}; {@code declaredMimeType} is what the source
 * said, {@code mimeType} what the content is.
 */
public record StoredFile(
        @Nullable UUID id,
        @Nullable UUID bodyId,
        @Nullable String sourceId,
        @Nullable String name,
        @Nullable String fileName,
        @Nullable String mimeType,
        @Nullable String declaredMimeType,
        @Nullable Long sizeBytes,
        @Nullable String sha256,
        @Nullable Integer pageCount,
        @Nullable String language,
        TextStatus textStatus,
        @Nullable String textError,
        @Nullable String accessUrl,
        @Nullable LocalDate fileDate,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
