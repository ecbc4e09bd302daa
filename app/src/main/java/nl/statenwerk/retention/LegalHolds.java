package nl.statenwerk.retention;

import java.util.List;
import java.util.UUID;
import nl.statenwerk.audit.Actor;

/** Legal holds, placed and lifted by the griffie; each is audited. Nothing here returns or takes {@code null}. */
public interface LegalHolds {

    /**
     * Places a hold.
     *
     * @param target the paper's, meeting's or body's id, or the category's code
     * @throws IllegalArgumentException when the reason is blank or the target is not an id where one is needed
     */
    LegalHold place(HoldScope scope, String target, String reason, Actor actor);

    /** Lifts a hold; lifting a lifted hold changes nothing. */
    void lift(UUID holdId, Actor actor);

    /** Every hold, active ones first, then newest first. */
    List<LegalHold> all();
}
