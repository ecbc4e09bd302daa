package nl.statenwerk.workspaces;

/** An action on a workspace that is not possible; {@link #messageKey()} says why in the user's language. */
public final class WorkspaceRefused extends RuntimeException {

    private final String messageKey;
    private final String detail;

    public WorkspaceRefused(String messageKey, String detail) {
        super(messageKey + (detail.isEmpty() ? "" : ": " + detail));
        this.messageKey = messageKey;
        this.detail = detail;
    }

    public WorkspaceRefused(String messageKey) {
        this(messageKey, "");
    }

    /** A message key under {@code workspace.refused.}. */
    public String messageKey() {
        return messageKey;
    }

    /** More about it in Dutch, e.g. the file check's reason; empty when there is nothing to add. */
    public String detail() {
        return detail;
    }
}
