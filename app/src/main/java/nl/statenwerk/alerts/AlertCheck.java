package nl.statenwerk.alerts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.core.RecordTable;
import nl.statenwerk.notifications.NewNotification;
import nl.statenwerk.notifications.NotificationKind;
import nl.statenwerk.notifications.Notifications;
import nl.statenwerk.search.SearchIndex;
import nl.statenwerk.search.SearchQuery;
import nl.statenwerk.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work of the {@code check-alerts} job, one saved search at a time, each in its own transaction that holds the
 * search's row locked: two checks at once (two instances, or a job and a caller) take turns, and the second sees what
 * the first recorded.
 *
 * <p>A check asks the index for what was published since the last check less {@link AlertsProperties#overlap()}, so
 * that an object that became searchable late (its text extracted after the last check) is still found; the ids in
 * {@code saved_search_seen} keep the overlap from notifying anything twice. Only the index is asked, as the owner
 * of the saved search is at the time of the check ({@link Viewers#of}): a paper the owner may not read (any more) is
 * neither notified nor marked seen, so that it is notified should the owner be given it while it is in the window.
 */
final class AlertCheck {

    private static final Logger log = LoggerFactory.getLogger(AlertCheck.class);

    private static final int PAGE_SIZE = 100;

    /** More new matches than this in one check is a bulk import of old papers, not news: the rest is skipped. */
    static final int MAX_MATCHES = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SearchIndex index;
    private final Viewers viewers;
    private final Notifications notifications;
    private final AlertsProperties properties;

    AlertCheck(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            SearchIndex index,
            Viewers viewers,
            Notifications notifications,
            AlertsProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.index = index;
        this.viewers = viewers;
        this.notifications = notifications;
        this.properties = properties;
    }

    private enum Outcome {
        SKIPPED,
        BASELINE,
        CHECKED
    }

    private record Checked(Outcome outcome, int notified) {}

    AlertRun run() {
        List<UUID> ids = jdbc.sql("select id from saved_search where alerts order by created_at, id")
                .query(UUID.class)
                .list();
        int checked = 0;
        int baselines = 0;
        int notified = 0;
        int failed = 0;
        for (UUID id : ids) {
            try {
                Checked result = transaction.execute(tx -> check(id));
                if (result == null || result.outcome() == Outcome.SKIPPED) {
                    continue;
                }
                checked++;
                baselines += result.outcome() == Outcome.BASELINE ? 1 : 0;
                notified += result.notified();
            } catch (RuntimeException e) {
                log.warn("Could not check the alerts of saved search {}", id, e);
                failed++;
            }
        }
        if (checked > 0 || failed > 0) {
            log.info(
                    "Checked the alerts of {} saved searches: {} baselines, {} notifications, {} failed",
                    checked,
                    baselines,
                    notified,
                    failed);
        }
        return new AlertRun(checked, baselines, notified, failed);
    }

    private Checked check(UUID id) {
        SavedSearch search = jdbc.sql("select * from saved_search where id = :id and alerts for update")
                .param("id", id)
                .query(SavedSearchRows.ROW)
                .optional()
                .orElse(null);
        if (search == null) {
            return new Checked(Outcome.SKIPPED, 0); // deleted or turned off meanwhile
        }
        Instant now = RecordTable.now().toInstant();
        boolean baseline = search.lastCheckedAt() == null;
        // The baseline looks back the overlap too: what was published just before saving is no news to the user
        // either, and would otherwise be caught by the next check's overlap.
        Instant since = (baseline ? now : search.lastCheckedAt()).minus(properties.overlap());
        Set<String> seen = new HashSet<>(jdbc.sql("select object_id from saved_search_seen where saved_search_id = :id")
                .param("id", id)
                .query(String.class)
                .list());
        int notified = 0;
        for (SearchResult.Hit hit : matches(search, since)) {
            if (!seen.add(hit.id())) {
                continue;
            }
            jdbc.sql("insert into saved_search_seen (saved_search_id, object_id, seen_at) values (:id, :object, :now)")
                    .param("id", id)
                    .param("object", hit.id())
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .update();
            if (!baseline) {
                notifications.add(new NewNotification(
                        search.accountId(),
                        NotificationKind.SAVED_SEARCH_MATCH,
                        search.name(),
                        hit.title(),
                        hit.url(),
                        hit.id()));
                notified++;
            }
        }
        jdbc.sql("update saved_search set last_checked_at = :now where id = :id")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("id", id)
                .update();
        // An object seen before this check's window opened cannot be returned by this or any later check; the extra
        // overlap is for clocks of several instances that differ.
        jdbc.sql("delete from saved_search_seen where saved_search_id = :id and seen_at < :before")
                .param("id", id)
                .param("before", since.minus(properties.overlap()).atOffset(ZoneOffset.UTC))
                .update();
        return new Checked(baseline ? Outcome.BASELINE : Outcome.CHECKED, notified);
    }

    private List<SearchResult.Hit> matches(SavedSearch search, Instant since) {
        SearchQuery query = search.query().withSince(since).withSort(SearchQuery.Sort.DATE);
        Viewer owner = viewers.of(search.accountId());
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int page = 1; hits.size() < MAX_MATCHES; page++) {
            SearchResult result = index.search(query.withPage(page, PAGE_SIZE), owner);
            hits.addAll(result.hits());
            if (result.hits().size() < PAGE_SIZE || (long) page * PAGE_SIZE >= result.total()) {
                if (result.total() > MAX_MATCHES) {
                    log.warn(
                            "Saved search {} has {} new matches; only the first {} are notified",
                            search.id(),
                            result.total(),
                            MAX_MATCHES);
                }
                break;
            }
        }
        return hits;
    }
}
