package nl.statenwerk.council;

import java.util.UUID;

/** A file of a paper: its main document or an attachment (bijlage), in order. */
public record PaperFile(UUID paperId, UUID fileId, Role role, int position) {

    public enum Role {
        MAIN,
        AUXILIARY
    }
}
