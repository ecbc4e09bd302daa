package nl.statenwerk.drafts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Drafts and their co-edited text. Only a draft's owner and participants see it: for anyone else every method acts
 * as if it did not exist ({@link Optional#empty()} or {@link java.util.NoSuchElementException}), so that its existence
 * does not leak. Every read, change and export is written to the audit log. Nothing takes or returns {@code null}.
 */
public interface Drafts {

    /**
     * Starts a draft; a motie gets the template with its considerations and request to the college.
     *
     * @throws IllegalArgumentException when the title is blank or longer than 300 characters
     */
    Draft create(UUID owner, DraftKind kind, String title);

    /** The drafts an account owns or takes part in, most recently changed first. */
    List<Draft> of(UUID account);

    /** The draft, if the account may see it; no audit entry (for checks, e.g. before a stream of changes). */
    Optional<Draft> find(UUID id, UUID account);

    /** The draft's current text, if the account may see it; an audited read. */
    Optional<DraftText> read(UUID id, UUID account);

    /**
     * The owner invites an account, by e-mail address, to read and edit the draft.
     *
     * @throws java.util.NoSuchElementException when the draft is not the owner's to share, or no account has the address
     */
    Draft invite(UUID id, UUID owner, String email);

    /**
     * The owner removes a participant, who can no longer read or edit the draft from this moment.
     *
     * @throws java.util.NoSuchElementException when the draft is not the owner's, or the account is no participant
     */
    Draft removeParticipant(UUID id, UUID owner, UUID participant);

    /**
     * Merges a client's Automerge changes into the draft and gives back what the client lacks.
     *
     * @param changes Automerge changes (or a saved document), possibly empty
     * @param clientHeads the client's version after its changes; empty for a client that has nothing yet
     * @throws java.util.NoSuchElementException when the account may not see the draft
     * @throws IllegalArgumentException when the changes are not Automerge's
     */
    SyncReply sync(UUID id, UUID account, byte[] changes, List<String> clientHeads);

    /**
     * Saves a text edited without JavaScript: the difference between the text at {@code baseHeads} and {@code text}
     * becomes an edit made at that version, merged with whatever others changed since, so nothing of theirs is lost.
     *
     * @throws java.util.NoSuchElementException when the account may not see the draft
     */
    DraftText save(UUID id, UUID account, List<String> baseHeads, String text);

    /** The text for export (download), audited as an export. */
    Optional<DraftText> export(UUID id, UUID account);
}
