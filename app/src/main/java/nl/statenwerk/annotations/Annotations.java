package nl.statenwerk.annotations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.access.Viewer;

/**
 * Annotations on files. A reader may annotate a file that is public or belongs to a paper {@link Viewer#mayRead}
 * allows, when the reader is a Statenlid, commissielid, fractiemedewerker, gedeputeerde or of the griffie. The reader
 * sees their own annotations and those shared with their fractie. Nothing takes or returns {@code null}.
 */
public interface Annotations {

    /** Whether the reader may annotate the file (and so sees the annotations panel of the viewer). */
    boolean mayAnnotate(Viewer viewer, UUID fileId);

    /** The name of the fractie the reader shares annotations with; empty when the reader has none (or is griffie). */
    Optional<String> fractieOf(Viewer viewer);

    /**
     * The annotations on a file that the reader sees, in page and text order, those no longer found last. Annotations
     * made on an earlier version of the file are re-anchored first.
     *
     * @throws java.util.NoSuchElementException when the reader may not annotate the file
     */
    List<Annotation> list(Viewer viewer, UUID fileId);

    /**
     * Adds an annotation, anchored where its quote is in the file's text (on the page given, or else the nearest
     * page that has it).
     *
     * @throws java.util.NoSuchElementException when the reader may not annotate the file
     * @throws IllegalArgumentException when the file's text does not have the quote, or the reader has no fractie to
     *     share with
     */
    Annotation add(Viewer viewer, NewAnnotation annotation);

    /**
     * Deletes one of the reader's own annotations.
     *
     * @return {@code false} when the reader has no such annotation
     */
    boolean delete(Viewer viewer, UUID annotation);

    /**
     * Anchors the annotations of a file made on other content than the file has now in its current text; those whose
     * quote is gone are kept as not found. Runs when a file's text has been extracted again.
     *
     * @return how many annotations were re-anchored (found or not)
     */
    int reanchor(UUID fileId);
}
