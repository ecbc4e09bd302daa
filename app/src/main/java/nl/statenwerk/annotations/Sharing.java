package nl.statenwerk.annotations;

/** Who sees an annotation besides its author. */
public enum Sharing {
    /** Nobody. */
    PERSONAL,
    /** The members of the author's fractie; never other fracties, never the griffie. */
    FRACTIE
}
