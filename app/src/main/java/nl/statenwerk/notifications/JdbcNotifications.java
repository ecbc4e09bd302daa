package nl.statenwerk.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.core.RecordTable;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
class JdbcNotifications implements Notifications {

    private static final int MAX_TOPIC = 200;
    private static final int MAX_TEXT = 2000;

    static final RowMapper<Notification> ROW = (rs, n) -> new Notification(
            rs.getObject("id", UUID.class),
            rs.getObject("account_id", UUID.class),
            NotificationKind.valueOf(rs.getString("kind")),
            rs.getString("topic"),
            rs.getString("title"),
            rs.getString("url"),
            rs.getString("object_id"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            instant(rs.getObject("read_at", OffsetDateTime.class)),
            instant(rs.getObject("emailed_at", OffsetDateTime.class)));

    private final JdbcClient jdbc;
    private final DailyDigest digest;
    private final JdbcNotificationPreferences preferences;
    private final Clock clock;

    JdbcNotifications(
            JdbcClient jdbc, DailyDigest digest, JdbcNotificationPreferences preferences, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.digest = digest;
        this.preferences = preferences;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public Notification add(NewNotification n) {
        if (!n.url().startsWith("https://") && !n.url().startsWith("http://")) {
            // the url becomes a link in the application and in e-mail: no javascript: or data: ever
            throw new IllegalArgumentException("A notification links to an http(s) url, not " + n.url());
        }
        OffsetDateTime now = RecordTable.now();
        Notification notification = new Notification(
                UUID.randomUUID(),
                n.accountId(),
                n.kind(),
                cut(n.topic(), MAX_TOPIC),
                cut(n.title(), MAX_TEXT),
                n.url(),
                n.objectId(),
                now.toInstant(),
                null,
                null);
        if (preferences.delivery(n.accountId(), n.kind()) == Delivery.OFF) {
            return new Notification(
                    notification.id(),
                    notification.accountId(),
                    notification.kind(),
                    notification.topic(),
                    notification.title(),
                    notification.url(),
                    notification.objectId(),
                    notification.createdAt(),
                    notification.createdAt(),
                    null);
        }
        jdbc.sql("""
                        insert into notification (id, account_id, kind, topic, title, url, object_id, created_at)
                        values (:id, :account, :kind, :topic, :title, :url, :object, :created)""")
                .param("id", notification.id())
                .param("account", notification.accountId())
                .param("kind", notification.kind().name())
                .param("topic", notification.topic())
                .param("title", notification.title())
                .param("url", notification.url())
                .param("object", notification.objectId(), java.sql.Types.VARCHAR)
                .param("created", now)
                .update();
        return notification;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Notification> unread(UUID accountId, int limit) {
        return jdbc.sql("""
                        select * from notification where account_id = :account and read_at is null
                        order by created_at desc, id limit :limit""")
                .param("account", accountId)
                .param("limit", checkLimit(limit))
                .query(ROW)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Notification> latest(UUID accountId, int limit) {
        return jdbc.sql("""
                        select * from notification where account_id = :account
                        order by created_at desc, id limit :limit""")
                .param("account", accountId)
                .param("limit", checkLimit(limit))
                .query(ROW)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Notification> page(UUID accountId, int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        return jdbc.sql("""
                        select * from notification where account_id = :account
                        order by case when read_at is null then 0 else 1 end, created_at desc, id
                        limit :limit offset :offset""")
                .param("account", accountId)
                .param("limit", checkLimit(limit))
                .param("offset", offset)
                .query(ROW)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(UUID accountId) {
        return jdbc.sql("select count(*) from notification where account_id = :account")
                .param("account", accountId)
                .query(Long.class)
                .single();
    }

    @Override
    @Transactional(readOnly = true)
    public long countUnread(UUID accountId) {
        return jdbc.sql("select count(*) from notification where account_id = :account and read_at is null")
                .param("account", accountId)
                .query(Long.class)
                .single();
    }

    @Override
    public boolean markRead(UUID accountId, UUID notificationId) {
        return jdbc.sql("""
                                update notification set read_at = :now
                                where id = :id and account_id = :account and read_at is null""")
                        .param("now", RecordTable.now())
                        .param("id", notificationId)
                        .param("account", accountId)
                        .update()
                == 1;
    }

    @Override
    public int markAllRead(UUID accountId) {
        return jdbc.sql("update notification set read_at = :now where account_id = :account and read_at is null")
                .param("now", RecordTable.now())
                .param("account", accountId)
                .update();
    }

    /** Not in one transaction: each user's e-mail is sent and marked on its own, so one failure holds up no other. */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DigestRun sendDigests() {
        return digest.run(clock.instant());
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DigestRun sendDigests(Instant at) {
        return digest.run(at);
    }

    private static int checkLimit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit is 1 to 1000, not " + limit);
        }
        return limit;
    }

    private static String cut(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
