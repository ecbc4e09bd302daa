package nl.statenwerk.audit;

/**
 * The audit log. Entries are never changed or removed; each is chained to the one before by its SHA-256, so that
 * {@code java -jar statenwerk.jar audit verify} finds any entry changed, removed or inserted outside the application.
 * Arguments are never {@code null}.
 */
public interface AuditLog {

    /**
     * Records a change as part of the caller's transaction: the entry is kept exactly when the change is (a rolled
     * back savepoint takes it along), and joins the chain right after commit. Without a transaction it is kept at
     * once. Use it for changes and exports.
     */
    void record(AuditEvent event);

    /**
     * Records in a transaction of its own and returns when the entry is in the chain, with its sequence number: for a
     * read of non-public information, which must be on record before the information is handed out, whatever the
     * caller's transaction does later (a read-only transaction could not write it anyway).
     */
    long recordNow(AuditEvent event);
}
