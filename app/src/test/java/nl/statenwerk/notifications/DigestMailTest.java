package nl.statenwerk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The digest's text from the application's own message bundle, grouped per saved search and cut when long. */
class DigestMailTest {

    private final DigestMail mail = new DigestMail(messages());

    private final UserAccount anna =
            new UserAccount(UUID.randomUUID(), "Anna", "anna@example.test", DigestPreference.DAILY, Instant.now());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void groupsPerSavedSearchAndCutsALongListWithACount() {
        List<Notification> notifications = new ArrayList<>();
        for (int i = 1; i <= DigestMail.MAX_PER_TOPIC + 3; i++) {
            notifications.add(notification("Windparken", "Motie " + i));
        }
        notifications.add(notification("Stikstof", "Brief stikstof"));

        DigestMail.Message message = mail.compose(anna, notifications);

        assertThat(message.subject()).isEqualTo("Statenwerk: 24 nieuwe meldingen");
        assertThat(message.text())
                .contains("Nieuw bij uw zoekopdracht \"Windparken\"")
                .contains("- Motie 20\n")
                .doesNotContain("Motie 21")
                .contains("En nog 3 meldingen: u vindt ze in Statenwerk.")
                .contains("Nieuw bij uw zoekopdracht \"Stikstof\"\n- Brief stikstof");
        assertThat(message.text().indexOf("Windparken"))
                .isLessThan(message.text().indexOf("Stikstof"));
        assertThat(message.html()).contains("<h2>Nieuw bij uw zoekopdracht &quot;Stikstof&quot;</h2>");
    }

    @Test
    void oneNotificationIsSingular() {
        assertThat(mail.compose(anna, List.of(notification("Dijken", "Een stuk")))
                        .subject())
                .isEqualTo("Statenwerk: 1 nieuwe melding");
    }

    private Notification notification(String topic, String title) {
        return new Notification(
                UUID.randomUUID(),
                anna.id(),
                NotificationKind.SAVED_SEARCH_MATCH,
                topic,
                title,
                "https://statenwerk.test/stukken/" + UUID.randomUUID(),
                null,
                Instant.now(),
                null,
                null);
    }
}
