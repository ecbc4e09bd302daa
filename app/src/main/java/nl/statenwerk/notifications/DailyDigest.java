package nl.statenwerk.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.core.RecordTable;
import nl.statenwerk.council.Council;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work of the {@code daily-digest} job, which runs every quarter of an hour and mails whoever is due: a user whose
 * digest time has come on this Dutch day and who had no digest yet that day. The day is claimed in
 * {@code digest_schedule} before the e-mail goes out, so that two runs, two instances or a restart never mail a user
 * twice on one day; a failed e-mail gives the claim back, so the next run tries again. Each user's e-mail is sent
 * first and its notifications marked mailed after: a crash in between mails them once more the next day, which is
 * better than never. Only the kinds the user wants in the digest ({@link Delivery#APP_AND_DIGEST}) go in. A notification of a paper
 * that the user may no longer read when the digest goes out is left out of it (and marked mailed, so it stays out).
 */
final class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** More in one e-mail helps nobody; the rest goes the next day. */
    static final int MAX_PER_MAIL = 500;

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final DigestMail composer;
    private final NotificationsProperties properties;
    private final Viewers viewers;
    private final Council council;
    private final JdbcNotificationPreferences preferences;
    private final TransactionTemplate transactions;

    DailyDigest(
            Accounts accounts,
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mail,
            DigestMail composer,
            NotificationsProperties properties,
            Viewers viewers,
            Council council,
            JdbcNotificationPreferences preferences,
            TransactionTemplate transactions) {
        this.viewers = viewers;
        this.council = council;
        this.preferences = preferences;
        this.transactions = transactions;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.mail = mail;
        this.composer = composer;
        this.properties = properties;
    }

    DigestRun run(Instant at) {
        ZonedDateTime local = at.atZone(ZONE);
        LocalDate today = local.toLocalDate();
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("Mail is off (spring.mail.host is not set): the daily digest sends nothing");
            return new DigestRun(true, 0, 0, 0);
        }
        int mails = 0;
        int sent = 0;
        int failures = 0;
        for (UserAccount account : accounts.withDigest(DigestPreference.DAILY)) {
            NotificationSettings settings = preferences.settings(account.id(), account.digest());
            if (local.toLocalTime().isBefore(settings.digestAt())) {
                continue;
            }
            Claim claimed = claim(account.id(), today);
            if (claimed == null) {
                continue;
            }
            List<NotificationKind> kinds = settings.deliveries().entrySet().stream()
                    .filter(e -> e.getValue() == Delivery.APP_AND_DIGEST)
                    .map(Map.Entry::getKey)
                    .toList();
            List<Notification> pending = kinds.isEmpty() ? List.of() : pending(account.id(), kinds);
            if (pending.isEmpty()) {
                continue;
            }
            Viewer reader = viewers.of(account.id());
            List<Notification> readable =
                    pending.stream().filter(n -> mayRead(reader, n)).toList();
            if (readable.isEmpty()) {
                markMailed(pending.stream().map(Notification::id).toList());
                continue;
            }
            try {
                send(sender, account, composer.compose(account, readable));
            } catch (MailException | MessagingException | UnsupportedEncodingException e) {
                log.warn("Could not mail the daily digest to account {}: {}", account.id(), e.toString());
                release(account.id(), today, claimed);
                failures++;
                continue;
            }
            markMailed(pending.stream().map(Notification::id).toList());
            mails++;
            sent += readable.size();
        }
        log.info("Daily digest: {} e-mails with {} notifications, {} failed", mails, sent, failures);
        return new DigestRun(false, mails, sent, failures);
    }

    /** Whether the reader may read the paper a notification tells of, now; what is not a paper is public. */
    private boolean mayRead(Viewer reader, Notification notification) {
        if (notification.objectId() == null) {
            return true;
        }
        UUID id;
        try {
            id = UUID.fromString(notification.objectId());
        } catch (IllegalArgumentException e) {
            return true;
        }
        return council.paperAccess(id)
                .map(a -> reader.mayRead(a.level(), a.body(), a.owner(), a.readers()))
                .orElse(true);
    }

    /**
     * Takes this day's digest of a user, when nobody took it yet; in its own statement, committed at once, so that a
     * concurrent run sees it.
     *
     * @return the claim, or {@code null} when the day was taken already
     */
    private @Nullable Claim claim(UUID accountId, LocalDate today) {
        return transactions.execute(status -> {
            LocalDate previous = jdbc.sql("select last_sent_on from digest_schedule where account_id = :account")
                    .param("account", accountId)
                    .query(LocalDate.class)
                    .optional()
                    .orElse(null);
            if (previous != null && !previous.isBefore(today)) {
                return null;
            }
            int taken = jdbc.sql("""
                            update digest_schedule set last_sent_on = :today
                            where account_id = :account and (last_sent_on is null or last_sent_on < :today)""")
                    .param("today", today)
                    .param("account", accountId)
                    .update();
            if (taken == 0) {
                try {
                    jdbc.sql("insert into digest_schedule (account_id, last_sent_on) values (:account, :today)")
                            .param("account", accountId)
                            .param("today", today)
                            .update();
                } catch (DuplicateKeyException e) {
                    return null;
                }
            }
            return new Claim(previous);
        });
    }

    /** A day taken, and the day of the digest before it ({@code null} for a first). */
    private record Claim(@Nullable LocalDate previous) {}

    /** Gives a day back after a failed e-mail, unless another run took it since. */
    private void release(UUID accountId, LocalDate today, Claim claim) {
        transactions.executeWithoutResult(
                status -> jdbc.sql("update digest_schedule set last_sent_on = :previous where account_id = :account"
                                + " and last_sent_on = :today")
                        .param("previous", claim.previous(), Types.DATE)
                        .param("account", accountId)
                        .param("today", today)
                        .update());
    }

    /** Notifications read in the application before the digest went out need no e-mail: the user has seen them. */
    private List<Notification> pending(UUID accountId, List<NotificationKind> kinds) {
        return jdbc.sql("""
                        select * from notification
                        where account_id = :account and emailed_at is null and read_at is null and kind in (:kinds)
                        order by created_at, id limit :limit""")
                .param("account", accountId)
                .param("kinds", kinds.stream().map(Enum::name).toList())
                .param("limit", MAX_PER_MAIL)
                .query(JdbcNotifications.ROW)
                .list();
    }

    private void markMailed(List<UUID> ids) {
        jdbc.sql("update notification set emailed_at = :now where id in (:ids)")
                .param("now", RecordTable.now())
                .param("ids", ids)
                .update();
    }

    private void send(JavaMailSender sender, UserAccount account, DigestMail.Message message)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(properties.mailFrom());
        helper.setTo(new InternetAddress(account.email(), account.displayName(), "UTF-8"));
        helper.setSubject(message.subject());
        helper.setText(message.text(), message.html());
        sender.send(mime);
    }
}
