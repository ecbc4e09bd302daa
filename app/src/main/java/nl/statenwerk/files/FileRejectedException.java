package nl.statenwerk.files;

/** Content that may not be stored; the message says why, in Dutch, for the import report. */
public class FileRejectedException extends Exception {

    public enum Reason {
        EMPTY,
        TOO_LARGE,
        CORRUPT,
        ENCRYPTED,
        NO_PAGES
    }

    private final Reason reason;

    public FileRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
