package nl.statenwerk.access;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a reader may read, asked of {@link Viewer#mayRead} with the paper's access ({@code Council.paperAccess}), and
 * the record of every read of what is not public. Unknown, deleted and unreadable objects all answer empty, so that
 * no surface can tell a reader that something it may not read exists.
 */
public interface Readings {

    /** The paper, when it exists, is not deleted and this reader may read it. */
    Optional<Reading> paper(Viewer viewer, UUID paperId);

    /**
     * The file, when this reader may read it: it is public (no non-public paper has it and no redacted version replaced
     * it), or it belongs to at least one paper this reader may read. The level is the strictest of all its papers.
     */
    Optional<Reading> file(Viewer viewer, UUID fileId);

    /**
     * Of these papers, those this reader may read, in one query: the same rule as {@link #paper} in SQL, for lists.
     */
    Set<UUID> readablePapers(Viewer viewer, Collection<UUID> paperIds);

    /**
     * The newest papers this reader may read, by paper date (then submission date and last change), as the public
     * list {@code Council.latestPublicPapers} orders them; at most {@code limit} (1 to 1000).
     */
    java.util.List<UUID> latestReadablePapers(Viewer viewer, int limit);

    /**
     * Records a read of something that is not public in the audit log, before it is handed out: who, what, and on what
     * grounds. Does nothing for a public reading.
     *
     * @param objectType {@code Paper} or {@code StoredFile}
     * @param what what was read, e.g. {@code stuk-bekeken}, {@code bestand-gedownload}
     */
    void recordRead(Viewer viewer, String objectType, UUID objectId, Reading reading, String what);
}
