package nl.statenwerk.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.core.RecordTable;
import nl.statenwerk.council.Council;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The work of the {@code daily-digest} job. Each user's e-mail is sent first and its notifications marked mailed
 * after: a crash in between mails them once more the next day, which is better than never. A notification of a paper
 * that the user may no longer read when the digest goes out is left out of it (and marked mailed, so it stays out).
 */
final class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    /** More in one e-mail helps nobody; the rest goes the next day. */
    static final int MAX_PER_MAIL = 500;

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final DigestMail composer;
    private final NotificationsProperties properties;
    private final Viewers viewers;
    private final Council council;

    DailyDigest(
            Accounts accounts,
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mail,
            DigestMail composer,
            NotificationsProperties properties,
            Viewers viewers,
            Council council) {
        this.viewers = viewers;
        this.council = council;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.mail = mail;
        this.composer = composer;
        this.properties = properties;
    }

    DigestRun run() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("Mail is off (spring.mail.host is not set): the daily digest sends nothing");
            return new DigestRun(true, 0, 0, 0);
        }
        int mails = 0;
        int sent = 0;
        int failures = 0;
        for (UserAccount account : accounts.withDigest(DigestPreference.DAILY)) {
            List<Notification> pending = pending(account.id());
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

    /** Notifications read in the application before the digest went out need no e-mail: the user has seen them. */
    private List<Notification> pending(UUID accountId) {
        return jdbc.sql("""
                        select * from notification
                        where account_id = :account and emailed_at is null and read_at is null
                        order by created_at, id limit :limit""")
                .param("account", accountId)
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
