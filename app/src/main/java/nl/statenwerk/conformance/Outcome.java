package nl.statenwerk.conformance;

/** The result of one check. */
public enum Outcome {
    PASSED,
    FAILED,
    /** The file could not be checked (damaged, encrypted, too large, too slow); the result's error says why. */
    NOT_CHECKABLE
}
