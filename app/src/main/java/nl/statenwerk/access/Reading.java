package nl.statenwerk.access;

import nl.statenwerk.core.AccessLevel;

/**
 * A read a reader may do: the level of what is read (for a file, the strictest level of the papers it belongs to) and
 * the grounds on which this reader may read it, as the audit log records them.
 *
 * @param grounds e.g. {@code openbaar}, {@code rol griffie}, {@code lid van het orgaan}, {@code genoemde lezer}
 */
public record Reading(AccessLevel level, String grounds) {

    public static final Reading PUBLIC = new Reading(AccessLevel.PUBLIC, "openbaar");

    public boolean isPublic() {
        return level == AccessLevel.PUBLIC;
    }

    /** Whether the reader gets a copy marked with their name and the time, never the stored original. */
    public boolean watermarked() {
        return level == AccessLevel.SECRET;
    }
}
