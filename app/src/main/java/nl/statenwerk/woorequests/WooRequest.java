package nl.statenwerk.woorequests;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.woorequests.WooTerms.Extension;
import nl.statenwerk.woorequests.WooTerms.Suspension;
import org.jspecify.annotations.Nullable;

/**
 * A Woo request as the griffie sees it, with its deadline computed from what was recorded.
 *
 * @param reference the griffie's number, e.g. {@code WOO-2026-0003}
 * @param requesterName personal data, never published
 * @param deadline the current last day of the decision term
 * @param firstDeadline the end of the first term (without extension): an extension must be made by then
 */
public record WooRequest(
        UUID id,
        UUID bodyId,
        String reference,
        String subject,
        Channel channel,
        LocalDate receivedDate,
        String requesterName,
        @Nullable String requesterContact,
        @Nullable Extension extension,
        List<Suspension> suspensions,
        @Nullable Decision decision,
        @Nullable UUID publishedPaperId,
        @Nullable OffsetDateTime publishedAt,
        WooStatus status,
        LocalDate deadline,
        LocalDate firstDeadline) {

    public WooRequest {
        suspensions = List.copyOf(suspensions);
    }

    /** Whether the deadline passed without a decision. */
    public boolean overdue(LocalDate today) {
        return decision == null && deadline.isBefore(today);
    }

    /** Whether the deadline lies within the next seven days (today included) and there is no decision yet. */
    public boolean dueThisWeek(LocalDate today) {
        return decision == null && !deadline.isBefore(today) && deadline.isBefore(today.plusDays(7));
    }

    /** The decision on the request. */
    public record Decision(LocalDate date, DecisionOutcome outcome, UUID fileId) {}
}
