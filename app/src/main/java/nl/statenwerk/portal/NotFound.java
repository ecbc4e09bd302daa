package nl.statenwerk.portal;

/**
 * A page that does not exist, or shows an object that may not be shown publicly: both answer the same, so a reader
 * cannot tell them apart.
 */
class NotFound extends RuntimeException {

    NotFound() {
        super("not found", null, false, false);
    }
}
