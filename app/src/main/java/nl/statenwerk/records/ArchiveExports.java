package nl.statenwerk.records;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.audit.Actor;

/**
 * The griffie's exports to the e-Depot as background jobs: each writes a SIP into {@code
 * <statenwerk.home>/exports/<timestamp>/} with {@link ArchiveExport}, and can be downloaded as a zip when done.
 */
public interface ArchiveExports {

    /** Queues an export; it runs as a job, so a restart does not lose it. */
    ExportRun start(ExportSelection selection, Actor requestedBy);

    /** The latest exports, newest first. */
    List<ExportRun> recent(int limit);

    Optional<ExportRun> find(UUID id);

    /**
     * Writes the SIP of a finished export as a zip, and records the download in the audit log first: the SIP holds
     * non-public papers.
     *
     * @throws IllegalStateException when the export is not done
     */
    void zip(UUID id, Actor downloadedBy, OutputStream out) throws IOException;
}
