package nl.statenwerk.ingest;

/** Progress of an import, for a progress bar. */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {};

    /** A new phase with this many steps begins, e.g. one collection of a bundle. */
    default void phase(String name, long steps) {}

    /** One step of the current phase is done. */
    default void step() {}
}
