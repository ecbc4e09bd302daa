package nl.statenwerk.records;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param nonPublicPapers how many of the papers are not public (their sidecars say so)
 * @param bytes the size of the content files together
 * @param notes what the SIP lacks and why, e.g. a meeting without agenda items that ORI-A cannot describe
 */
public record ExportSummary(
        Path directory, int meetings, int papers, int nonPublicPapers, int files, long bytes, List<String> notes) {

    public ExportSummary {
        notes = List.copyOf(notes);
    }
}
