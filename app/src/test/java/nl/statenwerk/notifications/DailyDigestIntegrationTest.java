package nl.statenwerk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.statenwerk.PaperBundle;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.alerts.SavedSearches;
import nl.statenwerk.ingest.ImportListener;
import nl.statenwerk.ingest.Importer;
import nl.statenwerk.search.SearchIndex;
import nl.statenwerk.search.SearchQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The daily digest through a real SMTP server (GreenMail) in the test JVM, fed by a saved search's alerts. */
@StatenwerkTest
@TestPropertySource(properties = "statenwerk.test.context=digest")
@DirtiesContext
class DailyDigestIntegrationTest {

    /** Started before the application context, which needs its port. */
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("statenwerk.notifications.mail-from", () -> "griffie@statenwerk.test");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    Importer importer;

    @Autowired
    SearchIndex index;

    @Autowired
    Accounts accounts;

    @Autowired
    SavedSearches savedSearches;

    @Autowired
    Notifications notifications;

    @Test
    void aUserWithTheDigestOnGetsTheNewMatchesInOneDutchEmailOnce() throws Exception {
        UserAccount anna = accounts.create(
                "Anna <de Griffier>", "anna-" + UUID.randomUUID() + "@example.test", DigestPreference.DAILY);
        UserAccount bram =
                accounts.create("Bram", "bram-" + UUID.randomUUID() + "@example.test", DigestPreference.NONE);
        savedSearches.save(anna.id(), "Windparken & meer", SearchQuery.of("windparken"), true);
        savedSearches.save(bram.id(), "Windparken", SearchQuery.of("windparken"), true);
        savedSearches.checkAlerts();

        PaperBundle bundle =
                new PaperBundle().paper("w", "Motie windparken <Noordoostpolder> & Urk", "motie", "2025-06-01", null);
        assertThat(importer.importFrom(bundle.write(), ImportListener.NONE).problems())
                .isEmpty();
        PaperBundle.await(() -> index.search(SearchQuery.of("windparken")).total() == 1);
        savedSearches.checkAlerts();
        Notification notification = notifications.unread(anna.id(), 10).getFirst();
        assertThat(notifications.unread(bram.id(), 10)).hasSize(1);

        DigestRun run = notifications.sendDigests();

        assertThat(run).isEqualTo(new DigestRun(false, 1, 1, 0));
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(anna.email());
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("griffie@statenwerk.test");
        assertThat(mail.getSubject()).isEqualTo("Statenwerk: 1 nieuwe melding");

        Map<String, String> parts = new TreeMap<>();
        collect(mail, parts);
        assertThat(parts).containsOnlyKeys("text/plain", "text/html");
        assertThat(parts.get("text/plain"))
                .contains("Beste Anna <de Griffier>,")
                .contains("Nieuw bij uw zoekopdracht \"Windparken & meer\"")
                .contains("Motie windparken <Noordoostpolder> & Urk")
                .contains(notification.url());
        assertThat(parts.get("text/html"))
                .contains("<html lang=\"nl\">")
                .contains("Beste Anna &lt;de Griffier&gt;,")
                .contains("Windparken &amp; meer")
                .contains(
                        "<a href=\"" + notification.url() + "\">Motie windparken &lt;Noordoostpolder&gt; &amp; Urk</a>")
                .doesNotContain("<Noordoostpolder>")
                .doesNotContain("<de Griffier>");
        assertThat(notifications.latest(anna.id(), 10))
                .singleElement()
                .satisfies(n -> assertThat(n.emailedAt()).isNotNull());

        // nothing new: no e-mail at all, not an empty one
        assertThat(notifications.sendDigests()).isEqualTo(new DigestRun(false, 0, 0, 0));
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(notifications.latest(bram.id(), 10))
                .singleElement()
                .satisfies(n -> assertThat(n.emailedAt()).isNull());
    }

    @Test
    void aNotificationReadInTheApplicationIsNotMailed() {
        UserAccount cees =
                accounts.create("Cees", "cees-" + UUID.randomUUID() + "@example.test", DigestPreference.DAILY);
        Notification read = notifications.add(new NewNotification(
                cees.id(),
                NotificationKind.SAVED_SEARCH_MATCH,
                "Dijken",
                "Gelezen stuk",
                "https://example.test/1",
                null));
        assertThat(notifications.markRead(cees.id(), read.id())).isTrue();
        assertThat(notifications.markRead(cees.id(), read.id())).isFalse();
        int before = SMTP.getReceivedMessages().length;

        notifications.sendDigests();

        assertThat(SMTP.getReceivedMessages()).hasSize(before);
        assertThat(notifications.countUnread(cees.id())).isZero();
    }

    @Test
    void aNotificationOfAnotherUserCannotBeMarkedRead() {
        UserAccount eva = accounts.create("Eva", "eva-" + UUID.randomUUID() + "@example.test", DigestPreference.NONE);
        UserAccount frits =
                accounts.create("Frits", "frits-" + UUID.randomUUID() + "@example.test", DigestPreference.NONE);
        Notification mine = notifications.add(new NewNotification(
                eva.id(), NotificationKind.SAVED_SEARCH_MATCH, "Dijken", "Een stuk", "https://example.test/2", null));

        assertThat(notifications.markRead(frits.id(), mine.id())).isFalse();
        assertThat(notifications.markAllRead(frits.id())).isZero();
        assertThat(notifications.unread(eva.id(), 10)).containsExactly(mine);
    }

    private static void collect(Part part, Map<String, String> into) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, into);
            }
        } else if (content instanceof String text) {
            into.put(part.getContentType().replaceAll(";.*", "").strip().toLowerCase(), text);
        }
    }
}
