package nl.statenwerk.agenda;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.access.Viewer;

/**
 * The personal agenda of a signed-in member, and the secret token of its calendar feed. Nothing here takes or returns
 * {@code null}.
 */
public interface MemberAgenda {

    /** How far ahead the agenda looks. */
    int DAYS_AHEAD = 60;

    /**
     * The reader's meetings from {@code today} on, with the papers on each that the reader may read, and their
     * deadlines. Every paper shown that is not public is written to the audit log as read.
     */
    Agenda of(Viewer viewer, LocalDate today);

    /**
     * What the calendar feed holds, which is read without a session: the meetings, with the titles of public papers
     * only, and the public deadlines (no Woo requests).
     */
    Agenda feed(Viewer viewer, LocalDate today);

    /**
     * Whether the account has a feed. Only a hash of its token is kept, so the token itself is shown once, when it is
     * made.
     */
    boolean hasFeed(UUID account);

    /** Makes a new feed token for the account (256 random bits); the old one stops working. */
    String newFeedToken(UUID account);

    /** Ends the account's feed. */
    void revokeFeedToken(UUID account);

    /** The account whose feed this token opens. */
    Optional<UUID> feedAccount(String token);
}
