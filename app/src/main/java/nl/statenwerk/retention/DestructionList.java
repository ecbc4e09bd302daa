package nl.statenwerk.retention;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A destruction list (vernietigingslijst) of one body.
 *
 * @param drawnUpBy the audit actor id of who drew it up: {@code systeem} for the proposal job
 * @param approvalNote what the approval needs said, e.g. that the only griffie account approved its own list
 */
public record DestructionList(
        UUID id,
        UUID bodyId,
        ListState state,
        String drawnUpBy,
        OffsetDateTime drawnUpAt,
        @Nullable String approvedBy,
        @Nullable OffsetDateTime approvedAt,
        @Nullable String approvalNote,
        @Nullable OffsetDateTime destroyedAt) {}
