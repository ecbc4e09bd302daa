package nl.statenwerk.notifications;

/** How a user wants a kind of notification. */
public enum Delivery {
    /** In the application only. */
    APP,
    /** In the application and in the daily digest e-mail. */
    APP_AND_DIGEST,
    /** Not at all: such notifications are not kept. */
    OFF
}
