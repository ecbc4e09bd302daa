package nl.statenwerk.redaction;

/**
 * The redaction was not done, because the document holds something under a box that could not be removed with
 * certainty. Nothing was stored; the message says what and where.
 */
public class RedactionRefusedException extends RuntimeException {

    public RedactionRefusedException(String message) {
        super(message);
    }
}
