package nl.statenwerk.annotations;

/**
 * Where a quote is: a page (from 1) and a W3C TextPositionSelector on that page's extracted text, {@code start}
 * included, {@code end} excluded, in characters.
 */
public record TextPosition(int page, int start, int end) {

    public TextPosition {
        if (page < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("no position: page " + page + ", " + start + "-" + end);
        }
    }
}
