package nl.statenwerk.workspaces;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One version of a document: every upload is one, numbered from 1; older ones stay downloadable.
 *
 * @param uploadedBy the account that uploaded it
 * @param uploaderName that account's display name
 */
public record DocumentVersion(
        UUID itemId,
        int number,
        String fileName,
        String mimeType,
        long sizeBytes,
        UUID uploadedBy,
        String uploaderName,
        OffsetDateTime uploadedAt) {}
