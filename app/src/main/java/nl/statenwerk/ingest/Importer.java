package nl.statenwerk.ingest;

/** Imports a source into the stukkenstroom. */
public interface Importer {

    /**
     * Imports everything a source holds. Each object lands whole or not at all; the report says per object what
     * happened and why an object failed. Throws {@link ImportException} only when the source as a whole cannot be
     * read (missing folder, unreachable server, unsafe zip).
     *
     * @param source a directory, a {@code .zip} file, or an http(s) URL (an ODS-ORI API base or an OParl system)
     * @param listener told of progress; use {@link ImportListener#NONE} when nobody listens
     */
    ImportReport importFrom(String source, ImportListener listener);
}
