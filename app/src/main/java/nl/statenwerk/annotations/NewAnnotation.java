package nl.statenwerk.annotations;

import java.util.UUID;

/**
 * An annotation to add: the text the reader selected on a page, with its context, and an optional note (empty for a
 * highlight alone).
 */
public record NewAnnotation(UUID fileId, int page, Quote quote, String note, Sharing sharing) {

    public NewAnnotation {
        note = note.strip();
        if (note.length() > 4000) {
            throw new IllegalArgumentException("note longer than 4000 characters");
        }
    }
}
