package nl.statenwerk.council;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the griffie records about a motion or commitment: its afdoening, and for a commitment its termijn.
 *
 * @param status the afdoening
 * @param statusDate when it reached this status, e.g. the day it was settled
 * @param dueDate the termijn of a commitment; {@code null} when none was given
 * @param note the griffie's note, e.g. how it was settled
 * @param settledBy the paper that settled it (a brief, a statenvoorstel), where there is one
 * @param outcome a motion's outcome where the source does not record it (withdrawn, held); {@code null} to derive it
 */
public record FollowUp(
        FollowUpStatus status,
        @Nullable LocalDate statusDate,
        @Nullable LocalDate dueDate,
        @Nullable String note,
        @Nullable UUID settledBy,
        @Nullable MotionOutcome outcome) {

    public FollowUp {
        if (note != null && note.length() > 4000) {
            throw new IllegalArgumentException("a follow-up note has at most 4000 characters");
        }
    }
}
