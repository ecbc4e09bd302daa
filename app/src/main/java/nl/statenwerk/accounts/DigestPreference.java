package nl.statenwerk.accounts;

/** Whether a user gets the daily e-mail with their new notifications (dagelijks overzicht). */
public enum DigestPreference {
    DAILY,
    NONE
}
