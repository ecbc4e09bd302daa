package nl.statenwerk.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A vote (stemming) on an agenda item and usually a paper; counts where the source gives them. */
public record Vote(
        @Nullable UUID id,
        UUID bodyId,
        @Nullable String sourceId,
        @Nullable UUID agendaItemId,
        @Nullable UUID paperId,
        @Nullable UUID decisionId,
        @Nullable VoteType voteType,
        @Nullable VoteResult result,
        @Nullable String resultOnPersons,
        @Nullable Integer yesCount,
        @Nullable Integer noCount,
        @Nullable Integer abstainCount,
        @Nullable Integer absentCount,
        @Nullable LocalDate voteDate,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
