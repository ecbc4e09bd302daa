package nl.statenwerk.files;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.core.Upserted;
import org.jspecify.annotations.Nullable;

/** The files of the stukkenstroom. No argument or result is {@code null} unless marked. */
public interface FileCatalog {

    /**
     * Checks content and puts it in the content-addressed store; identical content is stored once.
     *
     * @param declaredMimeType what the source says the file is; a mismatch is a warning, the detected type wins
     * @throws FileRejectedException for empty, oversized, corrupt or password-protected content
     */
    StoredContent store(InputStream content, @Nullable String declaredMimeType, @Nullable String fileName)
            throws FileRejectedException, IOException;

    /**
     * Writes a file's metadata, matching on its {@code sourceId}, in the caller's transaction. New or changed
     * content is queued for text extraction in that same transaction.
     */
    Upserted save(StoredFile file, @Nullable String rawHash);

    Optional<StoredFile> find(UUID id);

    /**
     * Files of a body in the order of their last change, for lists and incremental sync: at most {@code limit}, after
     * the position ({@code afterModifiedAt}, {@code afterId}) when given. Whether a file may be shown publicly is not
     * known here; callers ask the council.
     */
    List<StoredFile> list(
            UUID bodyId,
            @Nullable OffsetDateTime modifiedSince,
            @Nullable OffsetDateTime afterModifiedAt,
            @Nullable UUID afterId,
            int limit,
            boolean includeDeleted);

    /** The extracted text, page by page; empty until extraction is done. */
    List<FilePage> pages(UUID fileId);

    /** The content of a stored file. */
    InputStream open(String sha256) throws IOException;

    /** Waits until none of these files waits for text extraction; {@code false} when the time ran out. */
    boolean awaitExtraction(Collection<UUID> fileIds, Duration timeout);
}
