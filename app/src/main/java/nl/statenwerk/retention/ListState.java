package nl.statenwerk.retention;

/** Where a destruction list is: drawn up and under review, approved by the griffier, or carried out. */
public enum ListState {
    DRAFT,
    APPROVED,
    DESTROYED
}
