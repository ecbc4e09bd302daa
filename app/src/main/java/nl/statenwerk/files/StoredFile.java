package nl.statenwerk.files;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The metadata of a file, one row of {@code stored_file}; its content is in the store under {@code sha256}.
 *
 * @param id the id; {@code null} for a new file, which gets one when saved
 * @param sourceId the identity of the file at its source, on which re-imports match
 * @param textStatus ignored when saved: {@link FileCatalog#save} decides it
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
        @Nullable OffsetDateTime deletedAt) {

    /** A new file for stored content; set the rest with the {@code with...} methods or the constructor. */
    public static StoredFile of(
            @Nullable UUID bodyId,
            @Nullable String sourceId,
            @Nullable String name,
            @Nullable String fileName,
            @Nullable String declaredMimeType,
            StoredContent content) {
        return new StoredFile(
                null,
                bodyId,
                sourceId,
                name,
                fileName,
                content.mimeType(),
                declaredMimeType,
                content.size(),
                content.sha256(),
                content.pageCount(),
                null,
                TextStatus.PENDING,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public StoredFile withAccessUrl(@Nullable String url) {
        return new StoredFile(
                id,
                bodyId,
                sourceId,
                name,
                fileName,
                mimeType,
                declaredMimeType,
                sizeBytes,
                sha256,
                pageCount,
                language,
                textStatus,
                textError,
                url,
                fileDate,
                createdAt,
                modifiedAt,
                deletedAt);
    }

    public StoredFile withFileDate(@Nullable LocalDate date) {
        return new StoredFile(
                id,
                bodyId,
                sourceId,
                name,
                fileName,
                mimeType,
                declaredMimeType,
                sizeBytes,
                sha256,
                pageCount,
                language,
                textStatus,
                textError,
                accessUrl,
                date,
                createdAt,
                modifiedAt,
                deletedAt);
    }

    StoredFile withText(@Nullable Integer pages, @Nullable String lang, TextStatus status, @Nullable String error) {
        return new StoredFile(
                id,
                bodyId,
                sourceId,
                name,
                fileName,
                mimeType,
                declaredMimeType,
                sizeBytes,
                sha256,
                pages,
                lang,
                status,
                error,
                accessUrl,
                fileDate,
                createdAt,
                modifiedAt,
                deletedAt);
    }
}
