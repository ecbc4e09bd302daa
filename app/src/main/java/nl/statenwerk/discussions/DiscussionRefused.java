package nl.statenwerk.discussions;

/** A post, edit or deletion that the reader may not make; {@link #messageKey} says why, for the page. */
public final class DiscussionRefused extends RuntimeException {

    private final String messageKey;

    DiscussionRefused(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
