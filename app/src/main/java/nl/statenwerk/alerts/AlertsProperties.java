package nl.statenwerk.alerts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the alerts.
 *
 * @param interval the time between two alert checks
 * @param overlap how far before its last check a check looks again: an object becomes searchable some time after it
 *     was published (its files' text is extracted in the background, the index follows the database), and must still
 *     be found then. Objects a check finds are remembered for twice this long, so none is notified twice.
 */
@ConfigurationProperties("statenwerk.alerts")
record AlertsProperties(
        @DefaultValue("15m") Duration interval,
        @DefaultValue("24h") Duration overlap) {

    AlertsProperties {
        if (interval.isNegative() || interval.isZero() || overlap.isNegative()) {
            throw new IllegalArgumentException("statenwerk.alerts.interval must be positive, overlap not negative");
        }
    }
}
