package nl.statenwerk.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.statenwerk.records.RecordKind;

/**
 * One line of a verklaring van vernietiging: what was destroyed, in which category of the selection list and on what
 * basis, on which list, approved by whom, and when. Kept for ever.
 *
 * @param filesRemoved files whose content left the store
 * @param filesKeptShared files whose content stayed because another record still has the same content
 */
public record DestructionRecord(
        UUID listId,
        RecordKind recordKind,
        UUID recordId,
        String identification,
        String title,
        String categoryCode,
        String categoryName,
        String basis,
        LocalDate closedDate,
        LocalDate dueDate,
        String approvedBy,
        OffsetDateTime approvedAt,
        String destroyedBy,
        OffsetDateTime destroyedAt,
        int filesRemoved,
        int filesKeptShared) {}
