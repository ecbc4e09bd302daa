package nl.statenwerk.annotations;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An annotation as one reader sees it.
 *
 * @param contentHash the SHA-256 of the file's content that {@code position} refers to
 * @param position where the quote is in that content; {@code null} when a new version no longer has it ("niet meer
 *     gevonden")
 * @param fractieName the fractie it is shared with, for {@link Sharing#FRACTIE}
 * @param mine whether the reader made it (and so may delete it)
 */
public record Annotation(
        UUID id,
        UUID fileId,
        String authorName,
        Sharing sharing,
        @Nullable String fractieName,
        Quote quote,
        String note,
        String contentHash,
        @Nullable TextPosition position,
        boolean mine,
        OffsetDateTime createdAt) {

    public boolean found() {
        return position != null;
    }
}
