package nl.statenwerk.drafts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A draft, without its text.
 *
 * @param owner the account that made it and invites the participants
 * @param participants the invited accounts, in the order they were invited; the owner is not among them
 */
public record Draft(
        UUID id,
        DraftKind kind,
        String title,
        UUID owner,
        List<UUID> participants,
        Instant createdAt,
        Instant modifiedAt) {

    public Draft {
        participants = List.copyOf(participants);
    }

    public boolean isOwner(UUID account) {
        return owner.equals(account);
    }
}
