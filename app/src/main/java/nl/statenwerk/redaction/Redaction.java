package nl.statenwerk.redaction;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One redaction as logged: who redacted which file of which paper when, with its boxes.
 *
 * @param originalFileId the file redacted, now withheld from the public
 * @param redactedFileId the redacted version, public in its place
 * @param actorId the account (or operator) who redacted, never a name
 */
public record Redaction(
        UUID id,
        UUID paperId,
        UUID originalFileId,
        UUID redactedFileId,
        String actorId,
        OffsetDateTime createdAt,
        int imagesChanged,
        int annotationsRemoved,
        List<RedactionBox> boxes) {

    public Redaction {
        boxes = List.copyOf(boxes);
    }
}
