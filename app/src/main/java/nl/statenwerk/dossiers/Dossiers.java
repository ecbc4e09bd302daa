package nl.statenwerk.dossiers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * The dossiers of users. Nothing here takes or returns {@code null} unless marked. Only a dossier's owner changes it;
 * the accounts it is shared with read it. Every method takes the account acting, and a dossier that account may not
 * see or change is "not found" ({@link java.util.NoSuchElementException}), so nobody can learn that it exists.
 */
public interface Dossiers {

    /** @param name 1 to 200 characters */
    Dossier create(UUID ownerId, String name);

    /** A dossier its owner or an account it is shared with may read. */
    Optional<Dossier> find(UUID accountId, UUID dossierId);

    /** The dossiers the account owns or that are shared with it, by name. */
    List<Dossier> readableBy(UUID accountId);

    Dossier rename(UUID ownerId, UUID dossierId, String name);

    void delete(UUID ownerId, UUID dossierId);

    /** Adds one of the owner's saved searches; a saved search in several dossiers is one search. */
    Dossier addSavedSearch(UUID ownerId, UUID dossierId, UUID savedSearchId);

    Dossier removeSavedSearch(UUID ownerId, UUID dossierId, UUID savedSearchId);

    /**
     * Pins a paper, or changes the note of a pinned one. A paper that is not public may be pinned (the owner may know
     * it from elsewhere, and it may become public), but no view shows it while it is not.
     *
     * @param note at most 2000 characters
     * @throws java.util.NoSuchElementException also when there is no such paper
     */
    Dossier pin(UUID ownerId, UUID dossierId, UUID paperId, @Nullable String note);

    Dossier unpin(UUID ownerId, UUID dossierId, UUID paperId);

    /** Lets another account read the dossier. */
    Dossier shareWith(UUID ownerId, UUID dossierId, UUID accountId);

    Dossier unshare(UUID ownerId, UUID dossierId, UUID accountId);

    /**
     * Gives the dossier a public read-only link with a new unguessable token, and returns the token; a link it had
     * stops working.
     */
    String publish(UUID ownerId, UUID dossierId);

    /** Ends the dossier's public link. */
    Dossier unpublish(UUID ownerId, UUID dossierId);

    /**
     * The dossier for a signed-in reader who may read it (its owner or an account it is shared with), with at most
     * {@code matchesPerSearch} (1 to 100) latest matches per saved search. It shows only what this reader may read
     * ({@link Viewer#mayRead}): pinned papers through {@link nl.statenwerk.access.Readings}, each showing of one that
     * is not public recorded as a read, and matches searched as this reader. Empty for a reader who is not signed in.
     */
    Optional<DossierView> view(Viewer reader, UUID dossierId, int matchesPerSearch);

    /**
     * The dossier of a public link: public objects only, whoever reads; empty for a token that is not one, or no
     * longer.
     */
    Optional<DossierView> viewShared(String token, int matchesPerSearch);
}
