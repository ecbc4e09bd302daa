package nl.statenwerk.council;

import java.util.UUID;

/** A file of a meeting: the invitation, the minutes (verslag, besluitenlijst), or another attachment. */
public record MeetingFile(UUID meetingId, UUID fileId, Role role) {

    public enum Role {
        INVITATION,
        RESULTS_PROTOCOL,
        VERBATIM_PROTOCOL,
        AUXILIARY
    }
}
