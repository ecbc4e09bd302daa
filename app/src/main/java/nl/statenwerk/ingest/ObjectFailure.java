package nl.statenwerk.ingest;

/** One object cannot be imported; the message, in Dutch, goes into the report line. */
class ObjectFailure extends RuntimeException {

    ObjectFailure(String message) {
        super(message, null, false, false);
    }
}
