package nl.statenwerk.notifications;

import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
class JdbcNotificationPreferences implements NotificationPreferences {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;
    private final NotificationsProperties properties;

    JdbcNotificationPreferences(
            JdbcClient jdbc, Accounts accounts, AuditLog audit, NotificationsProperties properties) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public NotificationSettings settings(UUID accountId) {
        DigestPreference digest =
                accounts.find(accountId).map(UserAccount::digest).orElse(DigestPreference.NONE);
        return settings(accountId, digest);
    }

    NotificationSettings settings(UUID accountId, DigestPreference digest) {
        Delivery fallback = digest == DigestPreference.DAILY ? Delivery.APP_AND_DIGEST : Delivery.APP;
        Map<NotificationKind, Delivery> deliveries = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            deliveries.put(kind, fallback);
        }
        jdbc.sql("select kind, delivery from notification_setting where account_id = :account")
                .param("account", accountId)
                .query(rs -> {
                    // a kind no longer known (removed in an upgrade) is ignored rather than failing the page
                    for (NotificationKind kind : NotificationKind.values()) {
                        if (kind.name().equals(rs.getString("kind"))) {
                            deliveries.put(kind, Delivery.valueOf(rs.getString("delivery")));
                        }
                    }
                });
        String at = ownDigestTime(accountId);
        return new NotificationSettings(deliveries, at == null ? properties.digestTime() : LocalTime.parse(at));
    }

    /** The delivery of one kind for one user, the same as {@link #settings}'s but in one query. */
    Delivery delivery(UUID accountId, NotificationKind kind) {
        return jdbc.sql("""
                        select coalesce(
                            (select delivery from notification_setting where account_id = a.id and kind = :kind),
                            case when a.digest = 'DAILY' then 'APP_AND_DIGEST' else 'APP' end)
                        from user_account a where a.id = :account""")
                .param("account", accountId)
                .param("kind", kind.name())
                .query(String.class)
                .optional()
                .map(Delivery::valueOf)
                .orElse(Delivery.APP);
    }

    private @Nullable String ownDigestTime(UUID accountId) {
        return jdbc.sql("select digest_at from digest_schedule where account_id = :account")
                .param("account", accountId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    @Override
    public NotificationSettings save(UUID accountId, NotificationSettings settings) {
        if (accounts.find(accountId).isEmpty()) {
            throw new NoSuchElementException("No account " + accountId);
        }
        jdbc.sql("delete from notification_setting where account_id = :account")
                .param("account", accountId)
                .update();
        settings.deliveries()
                .forEach((kind, delivery) -> jdbc.sql("""
                        insert into notification_setting (account_id, kind, delivery)
                        values (:account, :kind, :delivery)""")
                        .param("account", accountId)
                        .param("kind", kind.name())
                        .param("delivery", delivery.name())
                        .update());
        String at = settings.digestAt().toString();
        if (jdbc.sql("update digest_schedule set digest_at = :at where account_id = :account")
                        .param("at", at)
                        .param("account", accountId)
                        .update()
                == 0) {
            jdbc.sql("insert into digest_schedule (account_id, digest_at) values (:account, :at)")
                    .param("account", accountId)
                    .param("at", at)
                    .update();
        }
        // the account's preference stays the one switch the rest of the application knows
        DigestPreference digest = settings.digestOn() ? DigestPreference.DAILY : DigestPreference.NONE;
        if (accounts.find(accountId).orElseThrow().digest() != digest) {
            accounts.setDigest(accountId, digest);
        }
        audit.record(AuditContext.within(ProcessingActivity.USER_SERVICES, Actor.account(accountId))
                .event(
                        "meldingen-ingesteld",
                        Instant.now(),
                        AuditEvent.Status.OK,
                        Subject.ofAccount("NotificationSettings", accountId, accountId),
                        summary(settings)));
        return settings(accountId);
    }

    private static String summary(NotificationSettings settings) {
        StringBuilder text = new StringBuilder("overzicht om ").append(settings.digestAt());
        settings.deliveries().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append(", ").append(e.getKey()).append('=').append(e.getValue()));
        return text.toString();
    }
}
