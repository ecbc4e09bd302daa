package nl.statenwerk.ingest;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an import did: one line per object or per problem with the source.
 *
 * @param runId the id under which the report is kept
 * @param source what was imported
 * @param lines in the order the objects were processed
 * @param fileIds the files the import stored, whose text is extracted in the background
 */
public record ImportReport(UUID runId, String source, List<Line> lines, java.util.Set<UUID> fileIds) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        FAILED,
        WARNING
    }

    /**
     * @param collection the collection or object type, e.g. {@code informatieobjecten} or {@code Paper}
     * @param sourceId the object's identity at the source, or the file name for a problem with a whole file
     * @param message why it failed or what to note; {@code null} when all went well
     */
    public record Line(
            String collection,
            @Nullable String sourceId,
            Outcome outcome,
            @Nullable String message) {}

    public long count(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    public List<Line> problems() {
        return lines.stream()
                .filter(l -> l.outcome() == Outcome.FAILED || l.outcome() == Outcome.WARNING)
                .toList();
    }

    /** A summary line in Dutch for the console and the log. */
    public String summary() {
        return "%d nieuw, %d bijgewerkt, %d ongewijzigd, %d mislukt, %d waarschuwingen"
                .formatted(
                        count(Outcome.CREATED),
                        count(Outcome.UPDATED),
                        count(Outcome.UNCHANGED),
                        count(Outcome.FAILED),
                        count(Outcome.WARNING));
    }
}
