package nl.statenwerk.files;

import org.jspecify.annotations.Nullable;

/**
 * Content that is not stored, for a {@link Reason} an import reports; nothing was written when this is thrown.
 *
 * <p>{@link #getMessage()} is in English, {@link #dutchMessage()} in Dutch, both with the detail if there is one.
 */
public final class FileRejectedException extends Exception {

    /** Why content is rejected; {@link #code()} is stable and fit for reports and logs. */
    public enum Reason {
        EMPTY("empty", "The file is empty (0 bytes)", "Het bestand is leeg (0 bytes)"),
        TOO_LARGE("too-large", "The file is larger than allowed", "Het bestand is groter dan toegestaan"),
        CORRUPT_PDF(
                "corrupt-pdf",
                "The PDF is damaged and cannot be read",
                "De PDF is beschadigd en kan niet worden gelezen"),
        ENCRYPTED(
                "encrypted",
                "The PDF is encrypted with a password and cannot be opened",
                "De PDF is versleuteld met een wachtwoord en kan niet worden geopend"),
        NO_PAGES("no-pages", "The PDF has no pages", "De PDF heeft geen pagina's");

        private final String code;
        private final String english;
        private final String dutch;

        Reason(String code, String english, String dutch) {
            this.code = code;
            this.english = english;
            this.dutch = dutch;
        }

        public String code() {
            return code;
        }

        public String english() {
            return english;
        }

        public String dutch() {
            return dutch;
        }
    }

    private final Reason reason;
    private final @Nullable String detail;

    public FileRejectedException(Reason reason, @Nullable String detail, @Nullable Throwable cause) {
        super(reason.english() + (detail == null ? "" : ": " + detail), cause);
        this.reason = reason;
        this.detail = detail;
    }

    public FileRejectedException(Reason reason, @Nullable String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The stable code of the reason, e.g. {@code encrypted}. */
    public String code() {
        return reason.code();
    }

    public @Nullable String detail() {
        return detail;
    }

    public String dutchMessage() {
        return reason.dutch() + (detail == null ? "" : ": " + detail);
    }
}
