package nl.statenwerk.files;

/**
 * Fixity: every stored content is read back from the store now and then and its SHA-256 recomputed, so a byte that
 * rotted on disk, or a file that disappeared, is found before anyone needs it. The {@code fixity-check} job works
 * through the contents in batches in the order of their hash and keeps its place in the database, so a restart
 * resumes the round.
 */
public interface Fixity {

    /** The result of the last check of every content, with the files whose content is corrupt or missing. */
    FixityStatus status();

    /**
     * Checks the next batch of the current round, starting a round when none is under way.
     *
     * @return {@code true} when this batch finished the round
     */
    boolean checkBatch();

    /** Runs a whole round from the start, in batches, and returns the status after it. */
    FixityStatus checkAll();
}
