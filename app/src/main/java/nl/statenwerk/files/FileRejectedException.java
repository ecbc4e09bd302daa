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
        NO_PAGES("no-pages", "The PDF has no pages", "De PDF heeft geen pagina's"),
        EXECUTABLE(
                "executable",
                "The file is a program or script, which is not accepted",
                "Het bestand is een programma of script; dat wordt niet geaccepteerd"),
        ACTIVE_CONTENT(
                "active-content",
                "The file contains script",
                "Het bestand bevat script (bijvoorbeeld JavaScript); dat wordt niet geaccepteerd"),
        PDF_ACTION(
                "pdf-action",
                "The PDF contains JavaScript or an action that starts a program",
                "De PDF bevat JavaScript of een actie die een programma start; dat wordt niet geaccepteerd"),
        ARCHIVE_BOMB(
                "archive-bomb",
                "The archive unpacks to too much data or too many entries",
                "Het archief pakt uit tot te veel gegevens of te veel bestanden (mogelijk een zipbom)"),
        TYPE_NOT_ALLOWED(
                "type-not-allowed",
                "This kind of file is not accepted",
                "Dit soort bestand wordt niet geaccepteerd; toegestaan zijn PDF, Word, Excel, PowerPoint,"
                        + " OpenDocument-tekst, PNG, JPEG, tekst, CSV en zip"),
        NAME_MISMATCH(
                "name-mismatch",
                "The file name's extension does not match the content",
                "De extensie van de bestandsnaam past niet bij de inhoud van het bestand");

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
