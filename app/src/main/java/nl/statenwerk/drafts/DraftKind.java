package nl.statenwerk.drafts;

/** What a draft will become; a motie starts from the griffie's template. */
public enum DraftKind {
    MOTION,
    AMENDMENT,
    WRITTEN_QUESTIONS,
    NOTE
}
