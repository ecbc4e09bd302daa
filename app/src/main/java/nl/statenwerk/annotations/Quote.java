package nl.statenwerk.annotations;

/**
 * A W3C TextQuoteSelector: the exact text, with up to {@link #CONTEXT} characters before and after it that tell two
 * occurrences of the same text apart.
 */
public record Quote(String exact, String prefix, String suffix) {

    /** How much context a quote keeps on either side. */
    public static final int CONTEXT = 32;

    public Quote {
        if (exact.isBlank()) {
            throw new IllegalArgumentException("empty quote");
        }
        if (exact.length() > 4000) {
            throw new IllegalArgumentException("quote longer than 4000 characters");
        }
        prefix = prefix.length() > CONTEXT ? prefix.substring(prefix.length() - CONTEXT) : prefix;
        suffix = suffix.length() > CONTEXT ? suffix.substring(0, CONTEXT) : suffix;
    }
}
