package nl.statenwerk.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification (melding) of one user; see {@link NewNotification} for the fields.
 *
 * @param readAt when the user marked it read; {@code null} while unread
 * @param emailedAt when the daily digest mailed it; {@code null} while not
 */
public record Notification(
        UUID id,
        UUID accountId,
        NotificationKind kind,
        String topic,
        String title,
        String url,
        @Nullable String objectId,
        Instant createdAt,
        @Nullable Instant readAt,
        @Nullable Instant emailedAt) {}
