package nl.statenwerk.woorequests;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A Woo request to register.
 *
 * @param bodyId the body (Provinciale Staten) the request is addressed to; its publication becomes that body's paper
 * @param requesterName personal data: kept for handling only, never published
 * @param requesterContact an e-mail or postal address, as little as is needed to send the decision
 */
public record NewWooRequest(
        UUID bodyId,
        String subject,
        Channel channel,
        LocalDate receivedDate,
        String requesterName,
        @Nullable String requesterContact) {

    public NewWooRequest {
        if (subject.isBlank() || subject.length() > 2000) {
            throw new IllegalArgumentException("subject must be 1 to 2000 characters");
        }
        if (requesterName.isBlank() || requesterName.length() > 300) {
            throw new IllegalArgumentException("requester name must be 1 to 300 characters");
        }
        if (requesterContact != null && requesterContact.length() > 500) {
            throw new IllegalArgumentException("requester contact longer than 500 characters");
        }
    }
}
