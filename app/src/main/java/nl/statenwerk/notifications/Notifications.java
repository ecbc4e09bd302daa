package nl.statenwerk.notifications;

import java.util.List;
import java.util.UUID;

/**
 * The notifications of users. Nothing here takes or returns {@code null}. Every method that reads or changes a
 * user's notifications takes that user's account id, so a caller acting for a signed-in user cannot reach another
 * user's notifications.
 */
public interface Notifications {

    /**
     * Adds a notification, in the caller's transaction when there is one. When the user turned its kind off
     * ({@link Delivery#OFF}) nothing is kept: the notification returned is then marked read and found nowhere.
     */
    Notification add(NewNotification notification);

    /**
     * A page of the user's notifications for the list in the application: the unread ones first, then the read ones,
     * each newest first.
     *
     * @param offset how many to skip
     * @param limit the most to return (1 to 1000)
     */
    List<Notification> page(UUID accountId, int offset, int limit);

    /** How many notifications the user has, read or not. */
    long count(UUID accountId);

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
     * Sends the daily digest to whoever is due now: one e-mail to each user whose digest is on, whose digest time has
     * come today (Dutch time) and who had no digest yet today, with the notifications that are neither read nor mailed
     * of the kinds they want in it, and marks those mailed. Users with nothing new get no e-mail. The
     * {@code daily-digest} job calls this every quarter of an hour.
     */
    DigestRun sendDigests();

    /** {@link #sendDigests()} as if it were {@code at}. */
    DigestRun sendDigests(java.time.Instant at);
}
