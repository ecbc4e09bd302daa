package nl.statenwerk.ingest;

/** The source as a whole cannot be imported; the message says why, in Dutch, for the person importing. */
public class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
