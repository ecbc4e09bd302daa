package nl.statenwerk.woorequests;

/** The outcome of the decision on a Woo request. */
public enum DecisionOutcome {
    /** toegewezen */
    GRANTED,
    /** deels toegewezen */
    PARTLY_GRANTED,
    /** afgewezen */
    REFUSED,
    /** geen documenten aangetroffen */
    NO_DOCUMENTS
}
