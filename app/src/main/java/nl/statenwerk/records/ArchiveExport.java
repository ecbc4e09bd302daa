package nl.statenwerk.records;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The transfer of records to an e-Depot: writes a SIP (submission information package) of papers and meetings with
 * their files, an MDTO 1.0.1 sidecar per record and per file, and an ORI-A file per meeting. Non-public records are
 * included (a transfer is complete) and marked as such in their {@code beperkingGebruik}.
 */
public interface ArchiveExport {

    /**
     * Writes the SIP into {@code target}, which must not exist or be an empty directory. The SIP is written beside it
     * first and moved into place when complete and valid, so {@code target} holds a whole SIP or nothing. Every
     * sidecar is validated against the MDTO schema and every ORI-A file against ORI-A's, and every file's SHA-256 is
     * computed again from the copy; the export is recorded in the audit log.
     *
     * @throws ArchiveExportException when the target is not empty, the body is unknown, or the SIP would be invalid
     *     (a file's content no longer matches its checksum, a sidecar fails its schema); nothing is left behind then
     * @throws IOException when the files cannot be read or written
     */
    ExportSummary export(Path target, ExportSelection selection) throws IOException;
}
