package nl.statenwerk.woorequests;

/** Where a Woo request stands; derived from what was recorded, never set by hand. */
public enum WooStatus {
    /** ontvangen: registered, nothing gathered yet */
    RECEIVED,
    /** in behandeling */
    IN_PROGRESS,
    /** opgeschort: a zienswijze is awaited */
    SUSPENDED,
    /** verdaagd */
    EXTENDED,
    /** besloten */
    DECIDED,
    /** gepubliceerd */
    PUBLISHED
}
