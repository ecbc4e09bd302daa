package nl.statenwerk.notifications;

import java.util.List;
import java.util.UUID;

/**
 * The notifications of users. Nothing here takes or returns {@code null}. Every method that reads or changes a
 * user's notifications takes that user's account id, so a caller acting for a signed-in user cannot reach another
 * user's notifications.
 */
public interface Notifications {

    /** Adds a notification, in the caller's transaction when there is one. */
    Notification add(NewNotification notification);

    /** The user's unread notifications, newest first, at most {@code limit} (1 to 1000). */
    List<Notification> unread(UUID accountId, int limit);

    /** The user's notifications, read or not, newest first, at most {@code limit} (1 to 1000). */
    List<Notification> latest(UUID accountId, int limit);

    long countUnread(UUID accountId);

    /** Marks one of the user's notifications read; {@code false} when the user has no such unread notification. */
    boolean markRead(UUID accountId, UUID notificationId);

    /** Marks all the user's notifications read, and returns how many were unread. */
    int markAllRead(UUID accountId);

    /**
     * Sends the daily digest: one e-mail to each user whose digest is on and who has notifications that are neither
     * read nor mailed, and marks those mailed. Users with nothing new get no e-mail. The {@code daily-digest} job
     * calls this once a day.
     */
    DigestRun sendDigests();
}
