package nl.statenwerk.retention;

/**
 * Thrown when an approval, a removal or a destruction is not allowed: a list that is not approved, an approver
 * without the griffie role or the same person who drew the list up. The message is Dutch, for the griffie.
 */
public class DestructionRefused extends RuntimeException {
    public DestructionRefused(String message) {
        super(message);
    }
}
