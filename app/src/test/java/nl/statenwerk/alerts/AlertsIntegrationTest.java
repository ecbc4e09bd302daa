package nl.statenwerk.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.statenwerk.PaperBundle;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.ingest.ImportListener;
import nl.statenwerk.ingest.Importer;
import nl.statenwerk.notifications.DigestRun;
import nl.statenwerk.notifications.NewNotification;
import nl.statenwerk.notifications.Notification;
import nl.statenwerk.notifications.NotificationKind;
import nl.statenwerk.notifications.Notifications;
import nl.statenwerk.search.SearchIndex;
import nl.statenwerk.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** Each test has its own account, words and papers, so that the tests of this class share one database. */
@StatenwerkTest
@TestPropertySource(properties = "statenwerk.test.context=alerts")
@DirtiesContext
class AlertsIntegrationTest {

    @Autowired
    Importer importer;

    @Autowired
    SearchIndex index;

    @Autowired
    Council council;

    @Autowired
    Accounts accounts;

    @Autowired
    SavedSearches savedSearches;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewlyPublishedMatchBecomesOneNotificationAfterTheBaseline() throws Exception {
        PaperBundle bundle = new PaperBundle()
                .paper("old", "Motie windturbines Urk", "motie", "2024-01-10", null)
                .paper("other", "Motie fietspaden Urk", "motie", "2024-01-11", null);
        importAndIndex(bundle, "windturbines", 1);
        UserAccount anna = account("anna");
        SavedSearch saved = savedSearches.save(anna.id(), "Windturbines", SearchQuery.of("windturbines"), true);
        assertThat(saved.lastCheckedAt()).isNull();

        savedSearches.checkAlerts();

        // the paper that was there when the search was saved is no news
        assertThat(notifications.unread(anna.id(), 100)).isEmpty();
        assertThat(savedSearches.find(saved.id()).orElseThrow().lastCheckedAt()).isNotNull();

        bundle.paper("new", "Motie windturbines Lelystad", "motie", "2025-02-01", null)
                .paper("secret", "Motie windturbines Dronten", "motie", "2025-02-02", "geheim")
                .paper("unrelated", "Motie fietspaden Almere", "motie", "2025-02-03", null);
        importAndIndex(bundle, "windturbines", 2);
        assertThat(council.idOf(Paper.class, bundle.sourceId("secret"))).isPresent();

        savedSearches.checkAlerts();

        List<Notification> unread = notifications.unread(anna.id(), 100);
        assertThat(unread).hasSize(1);
        Notification notification = unread.getFirst();
        assertThat(notification.kind()).isEqualTo(NotificationKind.SAVED_SEARCH_MATCH);
        assertThat(notification.topic()).isEqualTo("Windturbines");
        assertThat(notification.title()).isEqualTo("Motie windturbines Lelystad");
        assertThat(notification.objectId())
                .isEqualTo(council.idOf(Paper.class, bundle.sourceId("new"))
                        .orElseThrow()
                        .toString());
        assertThat(notification.url()).startsWith("http").contains(notification.objectId());

        savedSearches.checkAlerts();
        savedSearches.checkAlerts();

        assertThat(notifications.latest(anna.id(), 100)).hasSize(1);
    }

    @Test
    void aMatchThatBecameSearchableOnlyAfterTheLastCheckIsStillNotified() throws Exception {
        UserAccount bram = account("bram");
        SavedSearch saved = savedSearches.save(bram.id(), "Zonneweides", SearchQuery.of("zonneweides"), true);
        savedSearches.checkAlerts();

        PaperBundle bundle = new PaperBundle().paper("z", "Motie zonneweides Dronten", "motie", "2025-03-01", null);
        importAndIndex(bundle, "zonneweides", 1);
        // as if the last check ran after the paper was published but before it was searchable (its text extracted)
        jdbc.sql("update saved_search set last_checked_at = :now where id = :id")
                .param("now", java.time.OffsetDateTime.now().plusSeconds(1))
                .param("id", saved.id())
                .update();

        savedSearches.checkAlerts();
        savedSearches.checkAlerts();

        assertThat(notifications.unread(bram.id(), 100))
                .extracting(Notification::title)
                .containsExactly("Motie zonneweides Dronten");
    }

    @Test
    void aPaperThatBecomesPublicLaterIsNotifiedNeverWhileSecret() throws Exception {
        UserAccount cees = account("cees");
        savedSearches.save(cees.id(), "Stikstof", SearchQuery.of("stikstofdepositie"), true);
        savedSearches.checkAlerts();

        PaperBundle bundle = new PaperBundle()
                .paper("s", "Motie stikstofdepositie Urk", "motie", "2025-04-01", "vertrouwelijk")
                .paper("marker", "Motie stikstofmarker", "motie", "2025-04-01", null);
        importAndIndex(bundle, "stikstofmarker", 1);
        savedSearches.checkAlerts();
        assertThat(notifications.latest(cees.id(), 100)).isEmpty();
        assertThat(index.search(SearchQuery.of("stikstofdepositie")).total()).isZero();
    }

    @Test
    void alertsTurnedOffNotifyNothingAndTurnedOnStartFromANewBaseline() throws Exception {
        UserAccount dirk = account("dirk");
        SavedSearch saved = savedSearches.save(dirk.id(), "Veenweide", SearchQuery.of("veenweidegebied"), true);
        savedSearches.checkAlerts();
        savedSearches.setAlerts(dirk.id(), saved.id(), false);

        PaperBundle bundle = new PaperBundle().paper("v", "Motie veenweidegebied", "motie", "2025-05-01", null);
        importAndIndex(bundle, "veenweidegebied", 1);
        savedSearches.checkAlerts();
        assertThat(notifications.latest(dirk.id(), 100)).isEmpty();

        SavedSearch on = savedSearches.setAlerts(dirk.id(), saved.id(), true);
        assertThat(on.lastCheckedAt()).isNull();
        savedSearches.checkAlerts();
        savedSearches.checkAlerts();
        assertThat(notifications.latest(dirk.id(), 100)).isEmpty();
    }

    @Test
    void onlyTheOwnerChangesASavedSearch() {
        UserAccount eva = account("eva");
        UserAccount frits = account("frits");
        SavedSearch saved = savedSearches.save(eva.id(), "Dijken", SearchQuery.of("dijkversterking"), false);

        assertThatThrownBy(() -> savedSearches.rename(frits.id(), saved.id(), "Mijn dijken"))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> savedSearches.delete(frits.id(), saved.id()))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(savedSearches.of(frits.id())).isEmpty();

        assertThat(savedSearches
                        .rename(eva.id(), saved.id(), "  Dijkversterking ")
                        .name())
                .isEqualTo("Dijkversterking");
        assertThat(savedSearches.of(eva.id()))
                .singleElement()
                .satisfies(s -> assertThat(s.query().q()).isEqualTo("dijkversterking"));
        savedSearches.delete(eva.id(), saved.id());
        assertThat(savedSearches.find(saved.id())).isEmpty();
    }

    @Test
    void theAlertCheckAndTheDailyDigestAreScheduledWhenTheApplicationStarts() {
        PaperBundle.await(() -> jdbc.sql("select task_name from scheduled_tasks")
                .query(String.class)
                .list()
                .containsAll(List.of("check-alerts", "daily-digest")));
    }

    @Test
    void withoutAMailServerTheDigestSendsNothingAndKeepsTheNotificationsForLater() {
        UserAccount gijs = account("gijs");
        notifications.add(new NewNotification(
                gijs.id(), NotificationKind.SAVED_SEARCH_MATCH, "Dijken", "Een stuk", "https://example.test/3", null));

        assertThat(notifications.sendDigests()).isEqualTo(new DigestRun(true, 0, 0, 0));

        assertThat(notifications.unread(gijs.id(), 10))
                .singleElement()
                .satisfies(n -> assertThat(n.emailedAt()).isNull());
    }

    private UserAccount account(String name) {
        return accounts.create(name, name + "-" + UUID.randomUUID() + "@example.test", DigestPreference.DAILY);
    }

    private void importAndIndex(PaperBundle bundle, String word, long expected) throws Exception {
        assertThat(importer.importFrom(bundle.write(), ImportListener.NONE).problems())
                .isEmpty();
        PaperBundle.await(() -> index.search(SearchQuery.of(word)).total() == expected);
    }
}
