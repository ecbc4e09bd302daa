package nl.statenwerk.dossiers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A dossier as its owner manages it.
 *
 * @param shareToken the secret of its public read-only link; {@code null} when it has none
 * @param savedSearchIds the owner's saved searches in it, in the order they were added
 * @param pins the papers pinned to it, in the order they were pinned
 * @param sharedWith the accounts that may read it
 */
public record Dossier(
        UUID id,
        UUID ownerId,
        String name,
        @Nullable String shareToken,
        Instant createdAt,
        Instant modifiedAt,
        List<UUID> savedSearchIds,
        List<Pin> pins,
        List<UUID> sharedWith) {

    /** A pinned paper, with the owner's note on why it matters. */
    public record Pin(UUID paperId, @Nullable String note, Instant pinnedAt) {}
}
