package nl.statenwerk.files;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the last fixity checks found.
 *
 * @param ok contents whose bytes still hash to their SHA-256
 * @param corrupt contents whose bytes hash to something else
 * @param missing contents that are no longer in the store
 * @param unchecked contents of files that no check has looked at yet
 * @param badFiles the files (not deleted) whose content is corrupt or missing, by name
 * @param lastFullRound when the last round over all contents was finished; {@code null} before the first
 */
public record FixityStatus(
        long ok,
        long corrupt,
        long missing,
        long unchecked,
        List<BadFile> badFiles,
        @Nullable OffsetDateTime lastFullRound) {

    public FixityStatus {
        badFiles = List.copyOf(badFiles);
    }

    /** Whether no checked content is corrupt or missing. */
    public boolean intact() {
        return corrupt == 0 && missing == 0;
    }

    /** The outcome of checking one content. */
    public enum Result {
        OK,
        CORRUPT,
        MISSING
    }

    /** A file whose content failed its last check. */
    public record BadFile(UUID fileId, @Nullable String name, String sha256, Result result, OffsetDateTime checkedAt) {}
}
