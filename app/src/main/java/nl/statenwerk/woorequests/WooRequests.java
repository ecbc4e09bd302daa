package nl.statenwerk.woorequests;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.woorequests.WooTerms.Extension;
import org.jspecify.annotations.Nullable;

/**
 * The Woo requests the griffie handles. Every change is recorded in the audit log with the acting {@link Actor}.
 * Nothing returns {@code null}; a change the law or the state of the request does not allow throws {@link
 * WooActionRefused} and changes nothing.
 */
public interface WooRequests {

    WooRequest register(NewWooRequest request, Actor actor);

    Optional<WooRequest> find(UUID id);

    /** Requests not yet published, the nearest deadline first. */
    List<WooRequest> open();

    /** The one extension, told to the requester before the first term ends (Woo art. 4.4 lid 2). */
    WooRequest extend(UUID id, Extension extension, Actor actor);

    /** A zienswijze asked of a third party: the term stands still (Awb art. 4:15). */
    WooRequest askZienswijze(UUID id, LocalDate askedOn, LocalDate termEnd, Actor actor);

    /** The open zienswijze came in: the term runs again. */
    WooRequest zienswijzeReceived(UUID id, LocalDate receivedOn, Actor actor);

    /**
     * Adds a gathered document to the inventory, with the next number. It is a stored file (uploaded through the files
     * module) or a paper of the council; a gathered file is kept non-public until the request is published.
     */
    WooDocument addDocument(
            UUID id,
            String title,
            @Nullable LocalDate documentDate,
            @Nullable UUID fileId,
            @Nullable UUID paperId,
            Actor actor);

    /**
     * Assesses a document: openbaar, deels openbaar or niet openbaar, with the Woo grounds (codes such as {@code
     * 5.1.2e}) for what is withheld. A partly public document needs its redacted version as {@code publicFileId}.
     */
    WooDocument assess(
            UUID id, int number, Assessment assessment, List<String> grounds, @Nullable UUID publicFileId, Actor actor);

    /** The inventory list: the documents in number order. */
    List<WooDocument> documents(UUID id);

    /** Records the decision with its document. */
    WooRequest decide(UUID id, LocalDate date, DecisionOutcome outcome, UUID decisionFileId, Actor actor);

    /**
     * Publishes the decision, the inventory and the documents assessed (deels) openbaar as one public paper of the
     * council; what is withheld stays non-public.
     *
     * @return the id of the public paper
     */
    UUID publish(UUID id, Actor actor);

    /**
     * Tells the griffie of every open request whose deadline is within {@code days} days (once per deadline).
     *
     * @return how many requests were reminded of
     */
    int remindOfDeadlines(int days);
}
