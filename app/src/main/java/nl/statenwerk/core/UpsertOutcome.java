package nl.statenwerk.core;

/** What writing an imported object did to the stored state; the import report counts these. */
public enum UpsertOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
}
