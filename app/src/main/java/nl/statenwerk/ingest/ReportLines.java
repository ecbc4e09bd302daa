package nl.statenwerk.ingest;

import java.util.ArrayList;
import java.util.List;
import nl.statenwerk.core.UpsertOutcome;
import org.jspecify.annotations.Nullable;

/** Collects the lines of an import report as the import goes. */
final class ReportLines {

    private final List<ImportReport.Line> lines = new ArrayList<>();

    synchronized void add(String collection, @Nullable String sourceId, UpsertOutcome outcome) {
        lines.add(new ImportReport.Line(collection, sourceId, ImportReport.Outcome.valueOf(outcome.name()), null));
    }

    synchronized void add(ImportReport.Line line) {
        lines.add(line);
    }

    synchronized void failed(String collection, @Nullable String sourceId, String message) {
        lines.add(new ImportReport.Line(collection, sourceId, ImportReport.Outcome.FAILED, message));
    }

    synchronized void warning(String collection, @Nullable String sourceId, String message) {
        lines.add(new ImportReport.Line(collection, sourceId, ImportReport.Outcome.WARNING, message));
    }

    synchronized List<ImportReport.Line> lines() {
        return List.copyOf(lines);
    }
}
