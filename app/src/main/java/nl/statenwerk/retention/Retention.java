package nl.statenwerk.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.records.RecordKind;

/**
 * Destruction lists: proposing, reviewing, approving and carrying them out. Nothing is destroyed unless its list is
 * approved and no legal hold covers it at that moment. Nothing here returns or takes {@code null}.
 */
public interface Retention {

    /**
     * Puts the body's papers and meetings of a category to destroy whose due date is {@code today} or earlier onto
     * the body's draft list (made when there is none), leaving out held records, records on a list awaiting
     * destruction and records the griffier removed from that draft.
     *
     * @return the draft list, with how many records were added
     */
    Proposal propose(UUID bodyId, LocalDate today, Actor actor);

    /** The lists, newest first; and one list's records. */
    List<DestructionList> lists();

    Optional<DestructionList> list(UUID listId);

    List<ListedRecord> records(UUID listId);

    /**
     * Takes a record off a draft list.
     *
     * @throws DestructionRefused when the list is not a draft or the reason is blank
     */
    void remove(UUID listId, RecordKind kind, UUID recordId, String reason, Actor actor);

    /**
     * Approves a draft list in the name of a griffie account.
     *
     * @throws DestructionRefused when the account lacks the role GRIFFIE, or drew the list up while another griffie
     *     account exists that could approve it
     */
    DestructionList approve(UUID listId, UUID account);

    /**
     * Destroys the records of an approved list, each in a transaction of its own, checking legal holds again at that
     * moment; a held record is left (BLOCKED). Running it again finishes what a crash interrupted and is otherwise
     * harmless.
     *
     * @throws DestructionRefused when the list is not approved
     */
    List<DestructionRecord> destroy(UUID listId, Actor actor);

    /** The verklaring van vernietiging of a list: its destroyed records. */
    List<DestructionRecord> destructionRecords(UUID listId);

    RetentionCounts counts(LocalDate today);

    /** A draft list and how many records a proposal added to it. */
    record Proposal(DestructionList list, int added) {}
}
