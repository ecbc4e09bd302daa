package nl.statenwerk.notifications;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import nl.statenwerk.accounts.Accounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationsProperties.class)
class NotificationsConfiguration {

    static final String DAILY_DIGEST = "daily-digest";

    @Bean
    DailyDigest dailyDigest(
            Accounts accounts,
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mail,
            MessageSource messages,
            NotificationsProperties properties,
            nl.statenwerk.access.Viewers viewers,
            nl.statenwerk.council.Council council,
            JdbcNotificationPreferences preferences,
            TransactionTemplate transactions) {
        return new DailyDigest(
                accounts,
                jdbc,
                mail,
                new DigestMail(messages),
                properties,
                viewers,
                council,
                preferences,
                transactions);
    }

    /**
     * Every quarter of an hour, on the quarter: each user chooses the time of their digest, and the run mails those
     * whose time has come (see {@link DailyDigest}). A recurring db-scheduler task runs on one instance at a time;
     * the day each user was mailed is kept in the database, so nobody gets the digest twice in a day. Like every
     * task it is made before the modules it calls, so it looks them up when it runs.
     */
    @Bean
    RecurringTask<Void> dailyDigestTask(ObjectProvider<Notifications> notifications) {
        return Tasks.recurring(DAILY_DIGEST, Schedules.cron("0 */15 * * * *", DailyDigest.ZONE))
                .execute((instance, context) -> notifications.getObject().sendDigests());
    }
}
