package nl.statenwerk.discussions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A post as one reader sees it.
 *
 * @param parentId the post that opened the thread, for a reply
 * @param text plain text; empty when the post was deleted
 * @param fractieName the name of the fractie a fractie thread belongs to
 * @param mine whether the reader wrote it
 * @param editable whether the reader may still edit it (the author, within {@link Discussions#EDIT_WINDOW})
 */
public record Post(
        UUID id,
        Topic topic,
        @Nullable UUID parentId,
        UUID authorAccountId,
        String authorName,
        Visibility visibility,
        @Nullable UUID fractieId,
        @Nullable String fractieName,
        String text,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime editedAt,
        boolean deleted,
        boolean mine,
        boolean editable) {

    public List<PlainText.Segment> segments() {
        return PlainText.segments(text);
    }
}
