package nl.statenwerk.notifications;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification to add.
 *
 * @param topic what it is about for the user, e.g. the name of the saved search that matched
 * @param title the title of the object, as its source wrote it (plain text, never markup)
 * @param url where to read the object; absolute, http or https
 * @param objectId the id of the object, when it is one
 */
public record NewNotification(
        UUID accountId,
        NotificationKind kind,
        String topic,
        String title,
        String url,
        @Nullable String objectId) {}
