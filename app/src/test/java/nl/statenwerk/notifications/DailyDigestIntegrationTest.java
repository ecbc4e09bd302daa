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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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
import org.springframework.context.ApplicationContext;
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

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    DailyDigest digest;

    @Autowired
    ApplicationContext context;

    /** Past every user's default digest time, on today's Dutch date. */
    private static final Instant LATE_TODAY = LocalDate.now(DailyDigest.ZONE)
            .atTime(23, 45)
            .atZone(DailyDigest.ZONE)
            .toInstant();

    private static Instant on(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(DailyDigest.ZONE).toInstant();
    }

    private static Map<NotificationKind, Delivery> all(Delivery delivery) {
        Map<NotificationKind, Delivery> deliveries = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            deliveries.put(kind, delivery);
        }
        return deliveries;
    }

    private Notification notify(UserAccount account, NotificationKind kind, String title) {
        return notifications.add(new NewNotification(
                account.id(), kind, "Onderwerp", title, "https://example.test/" + UUID.randomUUID(), null));
    }

    /** The e-mails to one user: the tests of this class share the mail server. */
    private static List<MimeMessage> mailsTo(UserAccount account) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0])
                    .getAddress()
                    .equals(account.email())) {
                mails.add(m);
            }
        }
        return mails;
    }

    private static List<String> subjectsTo(UserAccount account) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : mailsTo(account)) {
            subjects.add(m.getSubject());
        }
        return subjects;
    }

    private static MimeMessage mailTo(UserAccount account) throws Exception {
        return mailsTo(account).getFirst();
    }

    @Test
    void eachUserGetsTheDigestAtTheirOwnTimeAndNeverTwiceOnOneDayAlsoAfterARestart() throws Exception {
        UserAccount dirk =
                accounts.create("Dirk", "dirk-" + UUID.randomUUID() + "@example.test", DigestPreference.NONE);
        preferences.save(dirk.id(), new NotificationSettings(all(Delivery.APP_AND_DIGEST), LocalTime.of(9, 30)));
        assertThat(accounts.find(dirk.id()).orElseThrow().digest()).isEqualTo(DigestPreference.DAILY);
        LocalDate day = LocalDate.of(2031, 3, 10);
        notify(dirk, NotificationKind.AGENDA_PAPER, "Statenvoorstel wind");

        assertThat(notifications.sendDigests(on(day, 9, 15)).mailsSent()).isZero();
        assertThat(subjectsTo(dirk)).isEmpty();

        assertThat(notifications.sendDigests(on(day, 9, 30)).mailsSent()).isEqualTo(1);
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(subjectsTo(dirk)).hasSize(1);

        // later the same day, something new: it waits for tomorrow, also for an application that restarted (the job's
        // work made anew, with nothing in memory) and for a run that is late
        notify(dirk, NotificationKind.SAVED_SEARCH_MATCH, "Motie dijken");
        assertThat(notifications.sendDigests(on(day, 9, 45)).mailsSent()).isZero();
        DailyDigest restarted = new DailyDigest(
                accounts,
                context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class),
                context.getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class),
                new DigestMail(context),
                context.getBean(NotificationsProperties.class),
                context.getBean(nl.statenwerk.access.Viewers.class),
                context.getBean(nl.statenwerk.council.Council.class),
                context.getBean(JdbcNotificationPreferences.class),
                context.getBean(org.springframework.transaction.support.TransactionTemplate.class));
        assertThat(restarted.run(on(day, 23, 45)).mailsSent()).isZero();
        assertThat(subjectsTo(dirk)).hasSize(1);

        assertThat(restarted.run(on(day.plusDays(1), 9, 30)).notificationsSent())
                .isEqualTo(1);
        assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
        assertThat(subjectsTo(dirk)).hasSize(2);
    }

    @Test
    void onlyTheKindsChosenForTheDigestAreMailedAndAKindTurnedOffIsNotKept() throws Exception {
        UserAccount els = accounts.create("Els", "els-" + UUID.randomUUID() + "@example.test", DigestPreference.DAILY);
        assertThat(preferences.settings(els.id()).delivery(NotificationKind.WOO_DEADLINE))
                .as("a kind never set follows the account's digest preference")
                .isEqualTo(Delivery.APP_AND_DIGEST);
        Map<NotificationKind, Delivery> deliveries = all(Delivery.APP_AND_DIGEST);
        deliveries.put(NotificationKind.SAVED_SEARCH_MATCH, Delivery.APP);
        deliveries.put(NotificationKind.WOO_DEADLINE, Delivery.OFF);
        preferences.save(els.id(), new NotificationSettings(deliveries, LocalTime.of(7, 0)));

        notify(els, NotificationKind.SAVED_SEARCH_MATCH, "Alleen in de applicatie");
        notify(els, NotificationKind.WOO_DEADLINE, "Uitgezet");
        notify(els, NotificationKind.AGENDA_PAPER, "In het overzicht");

        assertThat(notifications.latest(els.id(), 10))
                .extracting(Notification::title)
                .containsExactlyInAnyOrder("Alleen in de applicatie", "In het overzicht");
        DigestRun run = notifications.sendDigests(on(LocalDate.of(2031, 4, 1), 7, 0));
        assertThat(run.notificationsSent()).isEqualTo(1);
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = mailTo(els);
        Map<String, String> parts = new TreeMap<>();
        collect(mail, parts);
        assertThat(parts.get("text/plain")).contains("In het overzicht").doesNotContain("Alleen in de applicatie");
        assertThat(notifications.unread(els.id(), 10))
                .filteredOn(n -> n.title().equals("Alleen in de applicatie"))
                .singleElement()
                .satisfies(n -> assertThat(n.emailedAt()).isNull());

        // nothing in the digest: the account's preference turns it off, for whatever else reads it
        preferences.save(els.id(), new NotificationSettings(all(Delivery.APP), LocalTime.of(7, 0)));
        assertThat(accounts.find(els.id()).orElseThrow().digest()).isEqualTo(DigestPreference.NONE);
    }

    @Test
    void aDigestTimeOffTheQuarterHourIsRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new NotificationSettings(all(Delivery.APP), LocalTime.of(7, 5)));
    }

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

        DigestRun run = notifications.sendDigests(LATE_TODAY);

        assertThat(run).isEqualTo(new DigestRun(false, 1, 1, 0));
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(subjectsTo(anna)).hasSize(1);
        MimeMessage mail = mailTo(anna);
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
        assertThat(notifications.sendDigests(LATE_TODAY)).isEqualTo(new DigestRun(false, 0, 0, 0));
        assertThat(subjectsTo(anna)).hasSize(1);
        assertThat(notifications.latest(bram.id(), 10))
                .singleElement()
                .satisfies(n -> assertThat(n.emailedAt()).isNull());
    }

    @Test
    void aNotificationReadInTheApplicationIsNotMailed() throws Exception {
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

        notifications.sendDigests(LATE_TODAY);

        assertThat(subjectsTo(cees)).isEmpty();
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
