package nl.statenwerk.woorequests;

/**
 * A change to a Woo request that the law or the request's state does not allow.
 *
 * @see #messageKey() the Dutch explanation for the griffie, a message key
 */
public final class WooActionRefused extends RuntimeException {

    private final String messageKey;

    WooActionRefused(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
