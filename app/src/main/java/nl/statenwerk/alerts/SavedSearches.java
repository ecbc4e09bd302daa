package nl.statenwerk.alerts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.search.SearchQuery;

/**
 * The saved searches of users. Nothing here takes or returns {@code null}. Methods that change a saved search take
 * the account acting, and act only on that account's own searches: another user's search is "not found" (a
 * {@link java.util.NoSuchElementException}), so nobody can learn that it exists.
 */
public interface SavedSearches {

    /**
     * Saves a search. Its page, size, sort and {@code since} are not kept: a saved search is read newest first.
     *
     * @param name 1 to 200 characters
     * @param alerts whether newly published matches become notifications
     * @throws IllegalArgumentException for a blank or too long name
     * @throws java.util.NoSuchElementException when there is no such account
     */
    SavedSearch save(UUID accountId, String name, SearchQuery query, boolean alerts);

    Optional<SavedSearch> find(UUID id);

    /** The account's saved searches, by name. */
    List<SavedSearch> of(UUID accountId);

    SavedSearch rename(UUID accountId, UUID id, String name);

    /** Turns alerts on or off; turned on again, the next check sets a new baseline. */
    SavedSearch setAlerts(UUID accountId, UUID id, boolean alerts);

    void delete(UUID accountId, UUID id);

    /**
     * Checks the alerts of every saved search that has them on: each object published since its last check, less an
     * overlap window, that matches and was not notified before becomes a notification of its owner. The first check
     * of a search records what exists without notifying. The {@code check-alerts} job calls this periodically.
     */
    AlertRun checkAlerts();
}
