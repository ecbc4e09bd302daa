package nl.statenwerk.redaction;

import java.time.OffsetDateTime;
import java.util.SortedMap;
import java.util.UUID;

/**
 * A line of the inventory (lakinventaris): a redacted document with the Woo grounds applied in it, as a Woo decision
 * lists them.
 *
 * @param paperTitle the paper's title; {@code onbekend} when the paper is gone
 * @param grounds per ground code, the number of boxes redacted on it
 */
public record InventoryLine(
        UUID paperId,
        String paperTitle,
        UUID originalFileId,
        UUID redactedFileId,
        String fileName,
        OffsetDateTime redactedAt,
        SortedMap<String, Integer> grounds) {}
