package nl.statenwerk.woorequests;

/** How a Woo request came in. */
public enum Channel {
    EMAIL,
    LETTER,
    WEB_FORM,
    IN_PERSON
}
