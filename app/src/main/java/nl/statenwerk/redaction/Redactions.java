package nl.statenwerk.redaction;

import java.util.List;
import java.util.UUID;
import nl.statenwerk.audit.Actor;
import org.jspecify.annotations.Nullable;

/** Redacting the PDFs of papers, with the log and the inventory. */
public interface Redactions {

    /**
     * The boxes over every whole-word occurrence of a term in a stored PDF.
     *
     * @throws IllegalArgumentException when the file is unknown, not a PDF, or the ground unknown
     */
    List<RedactionBox> find(UUID fileId, String term, String ground, @Nullable String note);

    /**
     * The redacted PDF without storing anything, to look at before applying.
     *
     * @throws RedactionRefusedException as {@link #apply}
     */
    byte[] preview(UUID fileId, List<RedactionBox> boxes);

    /**
     * Redacts a file of a paper: stores the redacted PDF as a new file that replaces the original in the paper (and
     * in every other paper or meeting that has it), withholds the original from the public, logs the redaction and
     * records it in the audit log. All in one transaction.
     *
     * @throws RedactionRefusedException when something under a box cannot be removed; nothing is changed then
     * @throws IllegalArgumentException when the file is not a PDF of that paper, or a ground is unknown
     */
    Redaction apply(UUID paperId, UUID fileId, List<RedactionBox> boxes, Actor actor);

    /** The redactions of a paper, or of all papers when {@code paperId} is null, newest first. */
    List<Redaction> log(@Nullable UUID paperId);

    /** The inventory: per redacted document the grounds applied, newest first. */
    List<InventoryLine> inventory();
}
