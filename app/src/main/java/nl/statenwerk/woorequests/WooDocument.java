package nl.statenwerk.woorequests;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A line of the inventory list (inventarislijst): a document gathered for a request.
 *
 * @param fileId the stored file, when the document is one
 * @param paperId the council's paper, when the document is one
 * @param assessment {@code null} while not assessed
 * @param grounds Woo grounds for what is withheld, e.g. {@code 5.1.2e}
 * @param publicFileId the version to publish: the redacted one of a partly public document
 */
public record WooDocument(
        UUID id,
        UUID requestId,
        int number,
        String title,
        @Nullable LocalDate documentDate,
        @Nullable UUID fileId,
        @Nullable UUID paperId,
        @Nullable Assessment assessment,
        List<String> grounds,
        @Nullable UUID publicFileId) {

    public WooDocument {
        grounds = List.copyOf(grounds);
    }
}
