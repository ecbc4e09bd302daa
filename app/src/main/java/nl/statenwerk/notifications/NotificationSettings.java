package nl.statenwerk.notifications;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * A user's notification settings: per kind how it is delivered, and when the daily digest goes out (Dutch time).
 *
 * @param deliveries a delivery for every kind
 * @param digestAt the time of day of the digest, Europe/Amsterdam, on a quarter of an hour
 */
public record NotificationSettings(Map<NotificationKind, Delivery> deliveries, LocalTime digestAt) {

    public NotificationSettings {
        for (NotificationKind kind : NotificationKind.values()) {
            if (!deliveries.containsKey(kind)) {
                throw new IllegalArgumentException("no delivery for " + kind);
            }
        }
        if (digestAt.getMinute() % 15 != 0 || digestAt.getSecond() != 0 || digestAt.getNano() != 0) {
            // the job looks every quarter of an hour: another time would only pretend to be kept
            throw new IllegalArgumentException("the digest goes out on a quarter of an hour, not at " + digestAt);
        }
        deliveries = Map.copyOf(new EnumMap<>(deliveries));
    }

    public Delivery delivery(NotificationKind kind) {
        return deliveries.get(kind);
    }

    /** Whether any kind goes into the digest, so that it is sent at all. */
    public boolean digestOn() {
        return deliveries.containsValue(Delivery.APP_AND_DIGEST);
    }
}
