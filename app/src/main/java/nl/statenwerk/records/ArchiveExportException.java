package nl.statenwerk.records;

/** An export that was refused or would have produced an invalid SIP; nothing was written. */
public class ArchiveExportException extends RuntimeException {

    public ArchiveExportException(String message) {
        super(message);
    }

    public ArchiveExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
