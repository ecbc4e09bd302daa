package nl.statenwerk.retention;

/** What a legal hold covers: one paper, one meeting, every record of a body, or every record of a category. */
public enum HoldScope {
    PAPER,
    MEETING,
    BODY,
    CATEGORY
}
