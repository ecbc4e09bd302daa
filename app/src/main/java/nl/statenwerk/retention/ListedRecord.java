package nl.statenwerk.retention;

import java.time.LocalDate;
import java.util.UUID;
import nl.statenwerk.records.RecordKind;
import org.jspecify.annotations.Nullable;

/**
 * A paper or meeting on a destruction list, as it was when proposed.
 *
 * @param identification the record's reference (kenmerk), else its identity at its source, else its id
 * @param closedDate the paper's date or the meeting's date, from which the retention period counts
 * @param dueDate the first day it may be destroyed
 */
public record ListedRecord(
        UUID listId,
        RecordKind recordKind,
        UUID recordId,
        String identification,
        String title,
        String categoryCode,
        LocalDate closedDate,
        LocalDate dueDate,
        ItemState state,
        @Nullable String removedBy,
        @Nullable String removedReason) {}
