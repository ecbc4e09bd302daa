package nl.statenwerk.files;

/** How far the text of a stored file has come. */
public enum TextStatus {
    /** Extraction is scheduled or running. */
    PENDING,
    /** Text was extracted, per page. */
    EXTRACTED,
    /** Extraction worked but found no text at all, e.g. a scanned PDF without a text layer. */
    EMPTY,
    /** Extraction gave up; {@code textError} says why. */
    FAILED
}
