package nl.statenwerk.redaction;

import org.jspecify.annotations.Nullable;

/**
 * An area to redact: a rectangle on a page in the PDF's default user space (points, origin at the lower left of the
 * media box, y upwards), with the Woo ground it is redacted on.
 *
 * @param page the page, from 1
 * @param ground a code of the Woo grounds, e.g. {@code 5.1.2e}
 * @param note why, for the log; never printed in the document
 */
public record RedactionBox(
        int page,
        float x,
        float y,
        float width,
        float height,
        String ground,
        @Nullable String note) {

    public RedactionBox {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more");
        }
        if (!(width > 0) || !(height > 0) || !Float.isFinite(x) || !Float.isFinite(y)) {
            throw new IllegalArgumentException("a box needs a finite position and a positive size");
        }
        if (ground.isBlank()) {
            throw new IllegalArgumentException("a box needs a Woo ground");
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }

    boolean intersects(double minX, double minY, double maxX, double maxY) {
        return minX < x + width && maxX > x && minY < y + height && maxY > y;
    }

    boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }
}
