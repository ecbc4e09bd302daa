package nl.statenwerk.council;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How one fractie voted in a vote, with its members' counts where known. */
public record VoteFractionResult(
        @Nullable UUID id,
        UUID bodyId,
        @Nullable String sourceId,
        UUID voteId,
        UUID organizationId,
        @Nullable FractionVoteResult result,
        @Nullable Integer yesCount,
        @Nullable Integer noCount,
        @Nullable Integer abstainCount,
        @Nullable Integer absentCount,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
