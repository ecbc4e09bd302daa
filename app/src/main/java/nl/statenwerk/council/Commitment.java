package nl.statenwerk.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A commitment (toezegging): what a member of the executive promised the Staten. It comes from a decision's
 * {@code commitment}, a paper of type {@link PaperType#TOEZEGGING} (both derived when they are stored), or the
 * griffie. Its afdoening and termijn are the griffie's, in a {@link FollowUp}, so that a re-import keeps them.
 *
 * @param promisedBy who promised, e.g. the gedeputeerde's name, where known
 * @param portfolio the portefeuille the promise falls under, where known
 * @param meetingId the meeting where it was made; for a decision's commitment found through its votes when absent
 * @param commitmentDate when it was made; the meeting's date when absent
 */
public record Commitment(
        @Nullable UUID id,
        UUID bodyId,
        @Nullable String sourceId,
        String text,
        @Nullable String promisedBy,
        @Nullable String portfolio,
        @Nullable UUID decisionId,
        @Nullable UUID paperId,
        @Nullable UUID meetingId,
        @Nullable UUID agendaItemId,
        @Nullable LocalDate commitmentDate,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {

    public Commitment {
        if (text.isBlank()) {
            throw new IllegalArgumentException("a commitment needs its text");
        }
    }
}
