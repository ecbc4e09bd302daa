package nl.statenwerk.conformance;

/** Why a file could not be checked ({@link Outcome#NOT_CHECKABLE}). */
public enum CheckError {
    /** Larger than {@code statenwerk.conformance.max-size}: not opened, to bound memory. */
    TOO_LARGE,
    /** Encrypted with a password. */
    ENCRYPTED,
    /** Not readable as a PDF. */
    DAMAGED,
    /** Took longer than {@code statenwerk.conformance.timeout}. */
    TIMEOUT,
    /** The validator failed on the file or the content could not be read. */
    FAILED
}
