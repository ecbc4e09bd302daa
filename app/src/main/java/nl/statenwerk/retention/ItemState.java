package nl.statenwerk.retention;

/** What became of a record on a destruction list. */
public enum ItemState {
    /** On the list, to be destroyed once the list is approved. */
    PROPOSED,
    /** Taken off the list by the griffier, with a reason. */
    REMOVED,
    /** Not destroyed because a legal hold covered it at the moment of destruction. */
    BLOCKED,
    DESTROYED
}
