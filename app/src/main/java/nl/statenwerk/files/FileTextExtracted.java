package nl.statenwerk.files;

import java.util.UUID;

/**
 * Published when the text of a file has been (re-)extracted, with status {@link TextStatus#EXTRACTED} or {@link
 * TextStatus#EMPTY}, in the transaction that wrote its pages.
 *
 * @param fileId the id of the {@link StoredFile}
 */
public record FileTextExtracted(UUID fileId) {}
