package nl.statenwerk.retention;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A legal hold (juridische bewaarplicht, e.g. for a court case or a Woo request): while it is not lifted, the records
 * it covers are never proposed for destruction and never destroyed.
 *
 * @param target the paper's, meeting's or body's id, or the category's code
 * @param placedBy an audit actor id ({@code account:<id>}, an operator's name)
 */
public record LegalHold(
        UUID id,
        HoldScope scope,
        String target,
        String reason,
        String placedBy,
        OffsetDateTime placedAt,
        @Nullable String liftedBy,
        @Nullable OffsetDateTime liftedAt) {

    public boolean active() {
        return liftedAt == null;
    }
}
