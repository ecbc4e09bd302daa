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

/**
 * The files of the platform: content in a content-addressed store, metadata in {@code stored_file}, and text per page
 * extracted in the background.
 *
 * <p>Storing is two steps: {@link #store} checks and stores the bytes (no database involved), {@link #save} writes the
 * metadata that points to them. Nothing here returns {@code null}; parameters marked {@code @Nullable} may be.
 */
public interface FileCatalog {

    /**
     * Checks content and puts it in the store; identical content is stored once.
     *
     * @param content read to the end, not closed
     * @param declaredMimeType the type the source claims; a mismatch with the detected type is a warning, not a
     *     rejection
     * @param fileName helps to detect the type
     * @throws FileRejectedException when the content is empty, too large, a program or script, markup with script, an
     *     archive that unpacks to too much, or a PDF that is damaged, encrypted with a user password, has no pages or
     *     has JavaScript or launch actions; nothing is stored then
     * @throws java.io.UncheckedIOException when the store cannot be written
     */
    StoredContent store(InputStream content, @Nullable String declaredMimeType, @Nullable String fileName)
            throws FileRejectedException;

    /**
     * Checks a user's upload and puts it in the store, as {@link #store} does, held to more (ASVS 12): at most {@code
     * maxSize} bytes, content of an allowed type only (PDF, docx, xlsx, pptx, odt, PNG, JPEG, plain text, CSV, zip), and
     * a file name whose extension fits the content.
     *
     * @param fileName the name the user gave it, used only to detect the type and check the extension
     * @throws FileRejectedException with {@link FileRejectedException.Reason#TOO_LARGE} when there are more than {@code
     *     maxSize} bytes, and every other reason an upload can be refused for
     */
    StoredContent storeUpload(InputStream content, @Nullable String declaredMimeType, String fileName, long maxSize)
            throws FileRejectedException;

    /**
     * Writes the metadata of a file, matching an existing one on {@code sourceId} (or {@code id}), in the caller's
     * transaction (or its own when there is none). When the content is new or changed the text status becomes {@link
     * TextStatus#PENDING} and extraction is scheduled in the same transaction; for unchanged content the page count,
     * language and text status are kept. The given {@code textStatus}, {@code textError} and {@code language} are
     * ignored.
     *
     * @param rawHash the hash of the source record; with the content's SHA-256 it decides "unchanged"
     */
    Upserted save(StoredFile file, @Nullable String rawHash);

    /**
     * Saves a file of the members' environment, as {@link #save} does, and marks it internal: such a file is never
     * public, whatever paper it might come to hang off.
     */
    Upserted saveInternal(StoredFile file);

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

    /** The extracted pages in page order; empty while the text is pending or when extraction failed. */
    List<FilePage> pages(UUID fileId);

    /**
     * Opens stored content for reading; the caller closes it.
     *
     * @throws java.nio.file.NoSuchFileException when there is no content with that hash
     */
    InputStream open(String sha256) throws IOException;

    /**
     * Destroys a file whose retention has passed (Archiefwet): marks it deleted, drops its extracted text and removes
     * its content from the store, unless another file that is not deleted has the same content. The rows change in
     * the caller's transaction; the content goes only after it commits, so a rollback never leaves metadata without
     * content. Calling it again for a destroyed file removes content a crash left behind, and is otherwise harmless.
     *
     * @return what became of the content
     */
    Destroyed destroy(UUID fileId);

    /** What {@link #destroy} did with a file's content. */
    enum Destroyed {
        /** Removed from the store (or to be removed when the transaction commits). */
        REMOVED,
        /** Kept: another file that is not deleted has the same content. */
        SHARED,
        /** The file is unknown or never had content. */
        NO_CONTENT
    }

    /**
     * Waits until none of the files has text status {@link TextStatus#PENDING}.
     *
     * @return {@code false} when the timeout passed (or the thread was interrupted) first
     */
    boolean awaitExtraction(Collection<UUID> fileIds, Duration timeout);
}
