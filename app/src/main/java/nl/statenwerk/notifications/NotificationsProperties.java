package nl.statenwerk.notifications;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notifications. The SMTP server is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} no e-mail is sent.
 *
 * @param digestAt when the daily digest goes out for users who did not choose a time, Dutch time, {@code HH:mm} on a
 *     quarter of an hour
 * @param mailFrom the sender of the digest e-mails
 */
@ConfigurationProperties("statenwerk.notifications")
record NotificationsProperties(
        @DefaultValue("07:00") String digestAt,
        @DefaultValue("statenwerk@localhost") String mailFrom) {

    NotificationsProperties {
        LocalTime time;
        try {
            time = LocalTime.parse(digestAt);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("statenwerk.notifications.digest-at is HH:mm, not " + digestAt, e);
        }
        if (time.getMinute() % 15 != 0 || time.getSecond() != 0) {
            throw new IllegalArgumentException(
                    "statenwerk.notifications.digest-at is on a quarter of an hour, not " + digestAt);
        }
    }

    LocalTime digestTime() {
        return LocalTime.parse(digestAt);
    }
}
