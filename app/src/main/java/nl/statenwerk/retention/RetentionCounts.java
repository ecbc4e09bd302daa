package nl.statenwerk.retention;

/**
 * The figures of the compliance dashboard.
 *
 * @param due records of a category to destroy whose retention has passed, not destroyed and not held (on a draft list
 *     or not yet on any)
 * @param approvedNotDestroyed records on approved lists that are not destroyed yet
 * @param held records whose retention has passed but that a legal hold keeps
 * @param activeHolds legal holds not lifted
 * @param destroyed records destroyed so far (lines of the verklaringen)
 */
public record RetentionCounts(int due, int approvedNotDestroyed, int held, int activeHolds, int destroyed) {}
