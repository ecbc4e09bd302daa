package nl.statenwerk.notifications;

import java.util.UUID;

/**
 * Each user's notification settings ({@link NotificationSettings}). Nothing here takes or returns {@code null}. A kind
 * the user never set follows the account's {@link nl.statenwerk.accounts.DigestPreference}: in the digest when it is
 * on, in the application only when it is off; saving the settings sets that preference to whether any kind goes into
 * the digest.
 */
public interface NotificationPreferences {

    /** The user's settings, with the defaults for what was never set. */
    NotificationSettings settings(UUID accountId);

    /** @throws java.util.NoSuchElementException when there is no such account */
    NotificationSettings save(UUID accountId, NotificationSettings settings);
}
