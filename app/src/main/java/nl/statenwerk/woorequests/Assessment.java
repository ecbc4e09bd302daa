package nl.statenwerk.woorequests;

/** The decision on one document of the inventory. */
public enum Assessment {
    /** openbaar */
    PUBLIC,
    /** deels openbaar: published redacted */
    PARTLY_PUBLIC,
    /** niet openbaar */
    NOT_PUBLIC
}
