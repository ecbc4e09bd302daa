package nl.statenwerk.discussions;

/** Who sees a thread, among those who may see the discussion of its topic. */
public enum Visibility {
    /** Everyone who may see the discussion: members, the griffie, gedeputeerden. */
    STATEN,
    /** Only the members of the poster's fractie; never other fracties, never the griffie. */
    FRACTIE
}
