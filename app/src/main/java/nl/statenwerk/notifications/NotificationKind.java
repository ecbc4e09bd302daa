package nl.statenwerk.notifications;

/** What a notification tells; the user-facing text of each kind is the message key {@code notification.kind.NAME}. */
public enum NotificationKind {
    /** An object newly published that matches one of the user's saved searches with alerts on. */
    SAVED_SEARCH_MATCH,
    /** A Woo request whose decision term ends within a few days, for the griffie. */
    WOO_DEADLINE,
    /** A paper newly on the agenda of a coming meeting of a committee or body the user is a member of. */
    AGENDA_PAPER,
    /** A new post in a discussion the user wrote in. */
    DISCUSSION_POST
}
